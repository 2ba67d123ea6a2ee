import { useId } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { translatesValues, type Field, type Target } from '../../../core/schema/target';
import type { FieldMatch } from '../../../core/mapping/auto-map';
import type { ColumnInfo, FieldEvidence } from '../../../core/session/types';
import { reasonMessage } from '../../../core/messages/problems';
import { useI18n } from '../../i18n/i18n';
import { evidenceFor, type MapFormValues } from './mapping-form';
import { ReadingOptions } from './reading-options';
import { ValueMapEditor } from './value-map-editor';

interface Props {
  readonly index: number;
  readonly target: Target;
  readonly field: Field;
  readonly columns: readonly ColumnInfo[];
  readonly match: FieldMatch | undefined;
  readonly evidence: FieldEvidence | undefined;
  /** Other fields using each column, to warn when a column feeds two fields. */
  readonly usedBy: ReadonlyMap<number, readonly string[]>;
  /** The mapped fields this one is derived from when it has no source (Amount from Debit and Credit). */
  readonly derivedFrom: readonly string[];
  /** Told how many of the field's values still need the user. */
  readonly onOpenValues: (field: string, open: number) => void;
  /** Fields this one goes only together with that have no source. */
  readonly missingPartners: readonly string[];
  /** The file's first data rows, cell by column, to preview combined columns. */
  readonly firstRows: readonly (readonly string[])[];
}

const sample = (c: ColumnInfo) => c.samples.slice(0, 3).map((s) => (s.length > 24 ? `${s.slice(0, 23)}…` : s)).join(', ');

/**
 * Columns combined into one field, in the order the user ticks them (family name first, if they
 * like), with the separator shown and the first rows' result previewed.
 */
function JoinColumns({ index, columns, chosen, separator, firstRows }: { index: number; columns: readonly ColumnInfo[]; chosen: readonly string[]; separator: string; firstRows: readonly (readonly string[])[] }) {
  const { t } = useI18n();
  const { register, setValue, formState } = useFormContext<MapFormValues>();
  const toggle = (c: string, on: boolean) =>
    setValue(`fields.${index}.columns`, on ? [...chosen.filter((x) => x !== c), c] : chosen.filter((x) => x !== c), { shouldDirty: true, shouldValidate: formState.isSubmitted });
  const previews = firstRows.map((r) => chosen.map((c) => (r[Number(c)] ?? '').trim()).filter((v) => v !== '').join(separator)).filter((v) => v !== '');
  const nameOf = (c: string) => columns[Number(c)]?.name ?? c;
  return (
    <fieldset className="join">
      <legend>{t('map.joinLegend')}</legend>
      <div className="join-columns">
        {columns.map((c) => (
          <label key={c.index} className="checkbox">
            <input type="checkbox" checked={chosen.includes(String(c.index))} onChange={(e) => toggle(String(c.index), e.target.checked)} />
            {c.name}
          </label>
        ))}
      </div>
      <label className="inline">
        <span>{t('map.separator')}</span>
        <input type="text" size={4} {...register(`fields.${index}.separator`)} />
        <span className="muted small">{separator === ' ' ? t('map.separatorSpace') : separator === '' ? t('map.separatorNone') : ''}</span>
      </label>
      {chosen.length > 0 && (
        <p className="muted small" aria-live="polite">
          {t('map.joinOrder', { columns: chosen.map(nameOf).join(' + ') })}
          {previews.length > 0 && ` ${t('map.joinPreview', { values: previews.slice(0, 3).map((v) => `“${v}”`).join(', ') })}`}
        </p>
      )}
    </fieldset>
  );
}

/** One target field: where its value comes from, why Ferry proposed it, and how to read it. */
export function FieldRow({ index, target, field, columns, match, evidence, usedBy, derivedFrom, onOpenValues, missingPartners, firstRows }: Props) {
  const { t, tn, locale, formatList: list } = useI18n();
  const { register, formState, control, setValue } = useFormContext<MapFormValues>();
  const row = useWatch({ control, name: `fields.${index}` });
  const selectId = useId();
  const descId = useId();
  const errorId = useId();
  const error = formState.errors.fields?.[index]?.mode?.message;
  const value = row.mode === 'column' ? row.column : row.mode === 'none' ? '' : `:${row.mode}`;
  const otherUsers = row.mode === 'column' && row.column !== '' ? (usedBy.get(Number(row.column)) ?? []).filter((k) => k !== field.key) : [];
  const labelOf = (key: string) => target.fields.find((f) => f.key === key)?.label ?? key;
  const dirty = formState.dirtyFields.fields?.[index];
  const changedByUser = dirty?.mode === true || dirty?.column === true || dirty?.constant === true;
  const taught = match?.reasons.find((r) => r.kind === 'profile-constant');
  const choose = (v: string) => {
    const mode = v === '' ? 'none' : v === ':constant' ? 'constant' : v === ':join' ? 'join' : 'column';
    const options = { shouldDirty: true, shouldValidate: formState.isSubmitted };
    setValue(`fields.${index}.mode`, mode, options);
    if (mode === 'column') setValue(`fields.${index}.column`, v, options);
  };

  return (
    <div className={`field-row${error !== undefined ? ' has-error' : ''}`} data-field={field.key}>
      <div className="field-name">
        <label htmlFor={selectId}>
          <strong>{field.label}</strong>
          {field.required && (
            <>
              {' '}
              <span className="badge required">{t('map.required')}</span>
            </>
          )}
        </label>
        <p className="muted small" id={descId}>
          {field.description}
          {field.example !== undefined && field.example !== '' && ` ${t('map.example', { example: field.example })}`}
        </p>
      </div>
      <div className="field-source">
        <select
          id={selectId}
          value={value}
          aria-describedby={`${descId}${error !== undefined ? ` ${errorId}` : ''}`}
          aria-invalid={error !== undefined}
          onChange={(e) => choose(e.target.value)}
        >
          <option value="">{t('map.notInFile')}</option>
          <optgroup label={t('map.columns')}>
            {columns.map((c) => (
              <option key={c.index} value={String(c.index)}>
                {c.samples.length > 0 ? t('map.columnOption', { name: c.name, samples: sample(c) }) : t('map.columnEmpty', { name: c.name })}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('map.other')}>
            <option value=":constant">{t('map.constant')}</option>
            <option value=":join">{t('map.join')}</option>
          </optgroup>
        </select>
        {error !== undefined && (
          <p className="field-error" id={errorId} role="alert">
            <span aria-hidden="true">✖ </span>
            {t(error as 'map.error.requiredUnmapped')}
          </p>
        )}
        {otherUsers.length > 0 && (
          <p className="field-warning">
            <span aria-hidden="true">⚠ </span>
            {t('map.alsoUsedBy', { fields: otherUsers.map(labelOf).join(', ') })}
          </p>
        )}
        {missingPartners.length > 0 && (
          <p className="field-warning">
            <span aria-hidden="true">⚠ </span>
            {tn('map.missingPartners', missingPartners.length, { fields: list(missingPartners.map(labelOf)) })}
          </p>
        )}
        {row.mode === 'constant' && (
          <label className="inline">
            <span>{t('map.constantLabel')}</span>
            {field.type.kind === 'enum' ? (
              <select {...register(`fields.${index}.constant`)}>
                <option value="">{t('map.chooseValue')}</option>
                {field.type.values.map((v) => (
                  <option key={v.value} value={v.value}>
                    {v.value}
                  </option>
                ))}
              </select>
            ) : (
              <input type="text" {...register(`fields.${index}.constant`)} />
            )}
          </label>
        )}
        {row.mode === 'join' && <JoinColumns index={index} columns={columns} chosen={row.columns} separator={row.separator} firstRows={firstRows} />}
        {row.mode !== 'none' && <ReadingOptions index={index} field={field} evidence={evidenceFor(row, evidence)} />}
        {translatesValues(field.type) && (row.mode === 'column' || row.mode === 'join') && <ValueMapEditor index={index} target={target} field={field} onOpen={onOpenValues} />}
      </div>
      <div className="field-confidence">
        {changedByUser ? (
          <span className="badge user">{t('map.yourChoice')}</span>
        ) : match !== undefined && match.confidence !== null && row.mode === 'column' && row.column === String(match.column) ? (
          <>
            <span className={`badge confidence-${match.confidence}`}>{t(`map.confidence.${match.confidence}`)}</span>
            <p className="muted small">{match.reasons.map((r) => reasonMessage(r, field.label, locale)).join('; ')}</p>
          </>
        ) : taught !== undefined && row.mode === 'constant' && row.constant === taught.value ? (
          <>
            <span className="badge confidence-high">{t('map.remembered')}</span>
            <p className="muted small">{reasonMessage(taught, field.label, locale)}</p>
          </>
        ) : row.mode === 'none' && derivedFrom.length > 0 ? (
          <>
            <span className="badge confidence-high">{t('map.derived')}</span>
            <p className="muted small">{t('map.derivedFrom', { fields: list(derivedFrom.map(labelOf)) })}</p>
          </>
        ) : (
          row.mode === 'none' && <span className="muted small">{t('map.noProposal')}</span>
        )}
      </div>
    </div>
  );
}
