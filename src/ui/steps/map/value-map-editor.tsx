import { useEffect, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { Field, Target } from '../../../core/schema/target';
import type { FieldValues } from '../../../core/session/types';
import { useClient } from '../../client-context';
import { useI18n } from '../../i18n/i18n';
import { sourceOf, type MapFormValues } from './mapping-form';

const SHOWN = 50;

/**
 * The enum's value map: every distinct source value with its count, matched
 * to an allowed value before validation (names, synonyms, numbers, typos),
 * and changeable. Unmatched values are visible here, not after validation.
 */
export function ValueMapEditor({ index, target, field }: { index: number; target: Target; field: Field }) {
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

  useEffect(() => {
    let live = true;
    void client.call('fieldValues', { targetId: target.id, field: field.key, source: JSON.parse(sourceKey), valueMap: JSON.parse(mapKey) }).then((a) => live && setValues(a.value));
    return () => {
      live = false;
    };
  }, [client, target.id, field.key, sourceKey, mapKey]);

  if (values === null || field.type.kind !== 'enum') return null;
  const allowed = field.type.values.map((v) => v.value);
  const unmatched = values.values.filter((v) => v.to === null).length;
  const setMapping = (from: string, to: string) => {
    const next = valueMap.filter((e) => e.from !== from);
    if (to !== '') next.push({ from, to });
    setValue(`fields.${index}.valueMap`, next, { shouldDirty: true });
  };

  return (
    <details className="value-map" open={open ?? unmatched > 0} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {tn('map.values', values.distinct)}
        {unmatched > 0 ? (
          <span className="badge error">
            <span aria-hidden="true">✖ </span>
            {tn('map.valuesUnmatched', unmatched)}
          </span>
        ) : (
          <span className="badge ok">
            <span aria-hidden="true">✓ </span>
            {t('map.valuesAllMatched')}
          </span>
        )}
      </summary>
      <table className="value-map-table">
        <caption className="visually-hidden">{t('map.valueMapCaption', { field: field.label })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('map.valueFrom')}</th>
            <th scope="col">{t('map.valueCount')}</th>
            <th scope="col">{t('map.valueTo')}</th>
          </tr>
        </thead>
        <tbody>
          {values.values.slice(0, SHOWN).map((v) => (
            <tr key={v.from} className={v.to === null ? 'unmatched' : ''}>
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
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {values.values.length > SHOWN && <p className="muted small">{t('map.valuesMore', { count: values.values.length - SHOWN })}</p>}
    </details>
  );
}
