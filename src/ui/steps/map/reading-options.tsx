import { useId } from 'react';
import { useFormContext } from 'react-hook-form';
import type { Field } from '../../../core/schema/target';
import type { FieldEvidence } from '../../../core/session/types';
import { useI18n } from '../../i18n/i18n';
import type { MapFormValues } from './mapping-form';

/** Per-column reading choices where values alone cannot decide: date order, decimal separator. Ferry's guess and its evidence are shown. */
export function ReadingOptions({ index, field, evidence }: { index: number; field: Field; evidence: FieldEvidence | undefined }) {
  const { t, tn } = useI18n();
  const { register } = useFormContext<MapFormValues>();
  const id = useId();
  if (field.type.kind === 'date') {
    const ev = evidence?.dateOrder;
    return (
      <div className="reading-option">
        <label htmlFor={id}>{t('map.dateOrder')}</label>
        <select id={id} {...register(`fields.${index}.dateOrder`)}>
          <option value="">{t('map.dateOrder.auto')}</option>
          <option value="DMY">{t('map.dateOrder.DMY')}</option>
          <option value="MDY">{t('map.dateOrder.MDY')}</option>
          <option value="YMD">{t('map.dateOrder.YMD')}</option>
          <option value="UNIX">{t('map.dateOrder.UNIX')}</option>
        </select>
        {ev !== undefined && (
          <p className="muted small">
            {ev.order !== null && ev.example !== null
              ? t('map.dateEvidence', { example: ev.example, order: t(`map.dateOrder.${ev.order}`) })
              : evidence?.taughtBy !== undefined
                ? t('map.readingTaught', { profile: evidence.taughtBy })
                : evidence?.guessedFrom !== undefined
                ? t(`map.dateGuess.${evidence.guessedFrom.kind}`, { order: t(`map.dateOrder.${evidence.guessedFrom.order}`), column: evidence.guessedFrom.column, example: evidence.guessedFrom.example })
                : ev.dayFirst > 0 && ev.monthFirst > 0
                ? t('map.dateEvidenceConflict', { dayFirst: tn('map.dateConflict.dayFirst', ev.dayFirst), monthFirst: tn('map.dateConflict.monthFirst', ev.monthFirst) })
                : ev.either > 0
                  ? tn('map.dateEvidenceNone', ev.either)
                  : ''}
            {ev.twoDigitYears > 0 && ` ${t('map.twoDigitYears')}`}
          </p>
        )}
      </div>
    );
  }
  if (field.type.kind === 'decimal') {
    const ev = evidence?.decimal;
    return (
      <div className="reading-option">
        <label htmlFor={id}>{t('map.decimalSeparator')}</label>
        <select id={id} {...register(`fields.${index}.decimalSeparator`)}>
          <option value="">{t('map.decimal.auto')}</option>
          <option value=".">{t('map.decimal.point')}</option>
          <option value=",">{t('map.decimal.comma')}</option>
        </select>
        {ev !== undefined && ev.separator !== null && ev.example !== null && <p className="muted small">{t('map.decimalEvidence', { example: ev.example, separator: ev.separator === ',' ? t('map.decimal.comma') : t('map.decimal.point') })}</p>}
        {ev !== undefined && ev.separator === null && evidence?.taughtBy !== undefined && <p className="muted small">{t('map.readingTaught', { profile: evidence.taughtBy })}</p>}
        {ev !== undefined && ev.separator === null && evidence?.taughtBy === undefined && ev.either > 0 && <p className="muted small">{tn('map.decimalEvidenceNone', ev.either)}</p>}
      </div>
    );
  }
  return null;
}
