import { useEffect, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { Field, Target } from '../../../core/schema/target';
import type { FieldValues } from '../../../core/session/types';
import { useClient } from '../../client-context';
import { useI18n } from '../../i18n/i18n';
import { optionsOf, sourceOf, type MapFormValues } from './mapping-form';

const SHOWN = 50;

/**
 * The enum's value map: every distinct source value with its count, matched
 * to an allowed value before validation (names, synonyms, numbers, typos),
 * and changeable. Unmatched values are visible here, not after validation.
 * For a field of codes, the values that are not valid as they are, each with
 * what the user says it stands for.
 */
export function ValueMapEditor({ index, target, field, onOpen }: { index: number; target: Target; field: Field; onOpen: (field: string, open: number) => void }) {
  const client = useClient();
  const { t, tn, formatNumber } = useI18n();
  const { control, setValue } = useFormContext<MapFormValues>();
  const row = useWatch({ control, name: `fields.${index}` });
  const [values, setValues] = useState<FieldValues | null>(null);
  // Open at first when some values are unmatched; afterwards it stays as the user leaves it (fixing the last value must not fold the table away).
  const [open, setOpen] = useState<boolean | null>(null);
  const valueMap = row.valueMap;
  // Keyed by content, not identity: the form hands out new arrays on every render.
  const sourceKey = JSON.stringify(sourceOf(row));
  const mapKey = JSON.stringify(valueMap);
  const optionsKey = JSON.stringify(optionsOf(row));

  useEffect(() => {
    let live = true;
    void client.call('fieldValues', { targetId: target.id, field: field.key, source: JSON.parse(sourceKey), valueMap: JSON.parse(mapKey), options: JSON.parse(optionsKey) }).then((a) => live && setValues(a.value));
    return () => {
      live = false;
    };
  }, [client, target.id, field.key, sourceKey, mapKey, optionsKey]);

  // How many values still need the user (unmatched, guesses to confirm, codes to translate), for the summary.
  const openCount = values === null ? 0 : values.kind === 'codes' ? values.values.filter((v) => v.how !== 'user').length : values.values.filter((v) => v.to === null || v.guessed).length;
  useEffect(() => {
    onOpen(field.key, openCount);
    return () => onOpen(field.key, 0);
  }, [onOpen, field.key, openCount]);

  const setMapping = (from: string, to: string) => {
    const next = valueMap.filter((e) => e.from !== from);
    if (to !== '') next.push({ from, to });
    setValue(`fields.${index}.valueMap`, next, { shouldDirty: true });
  };
  if (values === null) return null;
  if (values.kind === 'codes') return <CodeTranslations target={target} field={field} values={values} open={open} setOpen={setOpen} setMapping={setMapping} />;
  if (field.type.kind !== 'enum') return null;
  const allowed = field.type.values.map((v) => v.value);
  const unmatched = values.values.filter((v) => v.to === null).length;
  // Values Ferry guessed (a close spelling, a word they hold) are applied but not settled: they count until the user confirms them.
  const guessed = values.values.filter((v) => v.guessed).length;
  const openText = [unmatched > 0 ? tn('map.valuesUnmatched', unmatched) : '', guessed > 0 ? tn('map.valuesToConfirm', guessed) : ''].filter((x) => x !== '').join(', ');

  return (
    <details className="value-map" open={open ?? unmatched + guessed > 0} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {tn('map.values', values.distinct)}
        <OpenBadge open={unmatched + guessed} openText={openText} doneText={t('map.valuesAllMatched')} />
      </summary>
      <table className="value-map-table">
        <caption className="visually-hidden">{t('map.valueMapCaption', { field: field.label })}</caption>
        <ValuesHead />
        <tbody>
          {values.values.slice(0, SHOWN).map((v) => (
            <tr key={v.from} className={v.to === null || v.guessed ? 'unmatched' : ''}>
              <th scope="row">{v.from}</th>
              <td>{formatNumber(v.count)}</td>
              <td>
                <select aria-label={t('map.valueSelect', { value: v.from })} value={v.to ?? ''} onChange={(e) => setMapping(v.from, e.target.value)}>
                  <option value="">{t('map.valueNone')}</option>
                  {allowed.map((a) => (
                    <option key={a} value={a}>
                      {a}
                    </option>
                  ))}
                </select>{' '}
                <span className="muted small">{t(`map.how.${v.how}`)}</span>
                {v.guessed && v.to !== null && (
                  <>
                    {' '}
                    <button type="button" className="link-button" aria-label={t('map.confirmValueLabel', { from: v.from, to: v.to })} onClick={() => setMapping(v.from, v.to!)}>
                      {t('map.confirmValue')}
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {values.values.length > SHOWN && <p className="muted small">{t('map.valuesMore', { count: values.values.length - SHOWN })}</p>}
    </details>
  );
}

interface CodeTranslationsProps {
  readonly target: Target;
  readonly field: Field;
  readonly values: FieldValues;
  readonly open: boolean | null;
  readonly setOpen: (open: boolean) => void;
  readonly setMapping: (from: string, to: string) => void;
}

/** Codes written as words ("Card" for PayToolID 3): nothing but the user can know them, so each gets a box. */
function CodeTranslations({ target, field, values, open, setOpen, setMapping }: CodeTranslationsProps) {
  const { t, tn, formatNumber } = useI18n();
  const kind = t(`kind.${field.type.kind}`);
  if (values.unreadable !== undefined) return <p className="muted small">{tn('map.codesTooMany', values.unreadable, { kind })}</p>;
  if (values.values.length === 0) return null;
  const untranslated = values.values.filter((v) => v.how !== 'user').length;
  return (
    <details className="value-map" open={open ?? untranslated > 0} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {tn('map.codes', values.values.length, { kind })}
        <OpenBadge open={untranslated} openText={tn('map.codesUntranslated', untranslated)} doneText={t('map.codesAllTranslated')} />
      </summary>
      <p className="muted small">{t('map.codesHelp', { target: target.name })}</p>
      <table className="value-map-table">
        <caption className="visually-hidden">{t('map.codesCaption', { field: field.label })}</caption>
        <ValuesHead />
        <tbody>
          {values.values.map((v) => (
            <tr key={v.from} className={v.how === 'user' ? '' : 'unmatched'}>
              <th scope="row">{v.from}</th>
              <td>{formatNumber(v.count)}</td>
              <td>
                {/* Committed when the box is left, not on each key: every change re-reads the column. */}
                <input
                  key={v.to ?? ''}
                  type="text"
                  size={12}
                  aria-label={t('map.codeInput', { field: field.label, value: v.from })}
                  defaultValue={v.to ?? ''}
                  onBlur={(e) => e.currentTarget.value.trim() !== (v.to ?? '') && setMapping(v.from, e.currentTarget.value.trim())}
                  onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
                />{' '}
                <span className="muted small">{v.how === 'none' ? t('map.codeUntranslated') : t(`map.how.${v.how}`)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** How many values still need the user, or that none do. */
function OpenBadge({ open, openText, doneText }: { open: number; openText: string; doneText: string }) {
  return open > 0 ? (
    <span className="badge error">
      <span aria-hidden="true">✖ </span>
      {openText}
    </span>
  ) : (
    <span className="badge ok">
      <span aria-hidden="true">✓ </span>
      {doneText}
    </span>
  );
}

/** The columns of a value table: the value in the file, its rows, what it becomes. */
function ValuesHead() {
  const { t } = useI18n();
  return (
    <thead>
      <tr>
        <th scope="col">{t('map.valueFrom')}</th>
        <th scope="col">{t('map.valueCount')}</th>
        <th scope="col">{t('map.valueTo')}</th>
      </tr>
    </thead>
  );
}
