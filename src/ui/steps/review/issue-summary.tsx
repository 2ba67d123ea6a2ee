import type { Target } from '../../../core/schema/target';
import type { RowFilter, ValidationSummary } from '../../../core/session/types';
import { useI18n } from '../../i18n/i18n';

/** Counts by severity and by (field, problem); each is a filter for the table. */
export function IssueSummary({ target, validation, filter, onFilter }: { target: Target; validation: ValidationSummary; filter: RowFilter; onFilter: (f: RowFilter) => void }) {
  const { t, formatNumber } = useI18n();
  const same = (f: RowFilter) => JSON.stringify(f) === JSON.stringify(filter);
  const labelOf = (key: string | null) => (key === null ? t('review.wholeRow') : (target.fields.find((f) => f.key === key)?.label ?? key));
  const chip = (f: RowFilter, text: string, count: number, kind: string) => (
    <button type="button" className={`chip ${kind}`} aria-pressed={same(f)} onClick={() => onFilter(f)}>
      {text} <span className="count">{formatNumber(count)}</span>
    </button>
  );
  return (
    <div className="panel issue-summary">
      <div className="chips" role="group" aria-label={t('review.filterBySeverity')}>
        {chip({ kind: 'all' }, t('review.allRows'), validation.rows, 'all')}
        {chip({ kind: 'severity', severity: 'error' }, t('review.errorRows'), validation.errorRows, 'error')}
        {chip({ kind: 'severity', severity: 'warning' }, t('review.warningRows'), validation.warningRows, 'warning')}
        {chip({ kind: 'severity', severity: 'info' }, t('review.infoRows'), validation.changedRows, 'info')}
      </div>
      {validation.groups.length > 0 && (
        <>
          <h3>{t('review.byProblem')}</h3>
          <ul className="groups">
            {validation.groups.map((g) => {
              const f: RowFilter = { kind: 'issue', field: g.field, code: g.code };
              return (
                <li key={`${g.field}|${g.code}|${g.severity}`}>
                  <button type="button" className={`group ${g.severity}`} aria-pressed={same(f)} onClick={() => onFilter(f)}>
                    <span aria-hidden="true">{g.severity === 'error' ? '✖' : g.severity === 'warning' ? '⚠' : 'ℹ'} </span>
                    <span className="visually-hidden">{t(`review.status.${g.severity}`)}: </span>
                    <strong>{labelOf(g.field)}</strong> — {t(`issue.${g.code}`)} <span className="count">{formatNumber(g.count)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
