import { useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { tableFeatures, useTable, type ColumnDef } from '@tanstack/react-table';
import { issueMessage } from '../../../core/messages';
import type { Issue } from '../../../core/issues';
import type { RowFilter, RowView, ValidationSummary } from '../../../core/session/types';
import type { TargetListing } from '../../../worker/protocol';
import { useI18n } from '../../i18n/i18n';
import { IssueSummary } from './issue-summary';
import { useRowPages } from './use-row-pages';
import { StepSection } from '../../components/step-section';

interface Props {
  readonly target: TargetListing;
  readonly validation: ValidationSummary;
  readonly onBack: () => void;
  readonly onContinue: () => void;
}

const features = tableFeatures({});
const ROW_ESTIMATE = 34;

type Slot = { readonly index: number; readonly view: RowView | undefined };

const worst = (issues: readonly Issue[]) => (issues.some((i) => i.severity === 'error') ? 'error' : issues.some((i) => i.severity === 'warning') ? 'warning' : issues.length > 0 ? 'info' : 'ok');
const ICON: Record<string, string> = { error: '✖', warning: '⚠', info: 'ℹ', ok: '✓' };

/** Step 4: every row as it will be written, each problem on its cell with its reason; filter by problem. */
export function ReviewStep({ target, validation, onBack, onContinue }: Props) {
  const { t, tn, locale, formatNumber } = useI18n();
  const [filter, setFilter] = useState<RowFilter>(validation.errorRows > 0 ? { kind: 'severity', severity: 'error' } : { kind: 'all' });
  const { total, row, ensure } = useRowPages(filter);
  const scrollRef = useRef<HTMLDivElement>(null);
  const fields = useMemo(() => target.target.fields.map((f, i) => ({ field: f, index: i })), [target.target]);
  const message = (i: Issue) => issueMessage(i, target.target, locale);

  const virtualizer = useVirtualizer({ count: total ?? 0, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_ESTIMATE, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  if (items.length > 0) ensure(items[0]!.index, items[items.length - 1]!.index);
  const slots: Slot[] = items.map((it) => ({ index: it.index, view: row(it.index) }));

  const columns = useMemo<ColumnDef<typeof features, Slot>[]>(
    () => [
      {
        id: 'line',
        header: () => t('review.line'),
        cell: ({ row: r }) => {
          const v = r.original.view;
          if (v === undefined) return '…';
          const w = worst(v.issues);
          return (
            <span className={`status ${w}`}>
              <span aria-hidden="true">{ICON[w]} </span>
              {v.line}
              <span className="visually-hidden"> {t(`review.status.${w}`)}</span>
            </span>
          );
        },
      },
      {
        id: 'problems',
        header: () => t('review.problems'),
        cell: ({ row: r }) => {
          const v = r.original.view;
          if (v === undefined || v.issues.length === 0) return '';
          return (
            <ul className="row-problems">
              {v.issues.map((i, k) => (
                <li key={k} className={i.severity}>
                  <span aria-hidden="true">{ICON[i.severity]} </span>
                  {i.field !== null && <strong>{target.target.fields.find((f) => f.key === i.field)?.label}: </strong>}
                  {message(i)}
                </li>
              ))}
            </ul>
          );
        },
      },
      ...fields.map(
        ({ field, index }): ColumnDef<typeof features, Slot> => ({
          id: field.key,
          header: () => field.label,
          cell: ({ row: r }) => {
            const v = r.original.view;
            if (v === undefined) return '';
            const issues = v.issues.filter((i) => i.field === field.key);
            const w = worst(issues);
            return issues.length === 0 ? (
              v.cells[index]
            ) : (
              <span className={`cell-issue ${w}`} title={issues.map(message).join('\n')}>
                <span aria-hidden="true">{ICON[w]} </span>
                {v.cells[index] === '' ? <em className="muted">{t('review.empty')}</em> : v.cells[index]}
                <span className="visually-hidden"> ({issues.map(message).join(' ')})</span>
              </span>
            );
          },
        }),
      ),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- message depends on locale, listed
    [fields, locale, t, target.target],
  );

  const table = useTable({ features, columns, data: slots, getRowId: (s) => String(s.index) });
  const headerGroups = table.getHeaderGroups();
  const tableRows = table.getRowModel().rows;
  const padTop = items[0]?.start ?? 0;
  const padBottom = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;

  return (
    <StepSection title={t('step.review.title')} wide>
      <p className="lede">
        {tn('review.lede', validation.rows, { clean: formatNumber(validation.cleanRows + validation.infoRows), warnings: formatNumber(validation.warningRows), errors: formatNumber(validation.errorRows) })}
      </p>
      <IssueSummary target={target.target} validation={validation} filter={filter} onFilter={setFilter} />
      <p className="muted" role="status" aria-live="polite">
        {total === null ? t('review.loading') : tn('review.showing', total)}
      </p>
      <div className="grid-scroll" ref={scrollRef} tabIndex={0} role="region" aria-label={t('review.tableLabel')}>
        <table className="grid" aria-rowcount={(total ?? 0) + 1}>
          <thead>
            {headerGroups.map((g) => (
              <tr key={g.id} aria-rowindex={1}>
                {g.headers.map((h) => (
                  <th key={h.id} scope="col">
                    <table.FlexRender header={h} />
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {padTop > 0 && (
              <tr aria-hidden="true">
                <td style={{ height: padTop }} colSpan={fields.length + 2} />
              </tr>
            )}
            {tableRows.map((r) => {
              const slot = r.original;
              const w = slot.view === undefined ? 'loading' : worst(slot.view.issues);
              return (
                <tr key={r.id} data-index={slot.index} ref={virtualizer.measureElement} aria-rowindex={slot.index + 2} className={`row-${w}`}>
                  {r.getAllCells().map((c) => (
                    <td key={c.id}>
                      <table.FlexRender cell={c} />
                    </td>
                  ))}
                </tr>
              );
            })}
            {padBottom > 0 && (
              <tr aria-hidden="true">
                <td style={{ height: padBottom }} colSpan={fields.length + 2} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <div className="actions">
        <button type="button" onClick={onBack}>
          {t('review.backToMapping')}
        </button>
        <button type="button" className="primary" onClick={onContinue}>
          {validation.errorRows > 0 ? tn('review.continueWithErrors', validation.errorRows) : t('review.continue')}
        </button>
      </div>
    </StepSection>
  );
}
