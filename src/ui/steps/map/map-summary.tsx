import type { ReactNode } from 'react';
import type { Field, Target } from '../../../core/schema/target';
import type { FieldMatch } from '../../../core/mapping/auto-map';
import type { FieldEvidence } from '../../../core/session/types';
import { useI18n } from '../../i18n/i18n';
import { dateOrderGuessed, derivedFrom, evidenceFor, type FieldRow } from './mapping-form';

/** Where each field of the form stands: as Ferry proposed it (with which confidence), set by the user, or without a source. */
type Standing = 'high' | 'medium' | 'low' | 'user' | 'derived' | 'none';

const STANDINGS: readonly Standing[] = ['high', 'medium', 'low', 'user', 'derived', 'none'];

export function standingOf(row: FieldRow, match: FieldMatch | undefined): Standing {
  if (row.mode === 'none') return 'none';
  if (row.mode === 'column' && match !== undefined && match.confidence !== null && row.column === String(match.column)) return match.confidence;
  return 'user';
}

/** Puts the keyboard on a field's source select, scrolled into view. */
export function focusField(key: string) {
  const select = document.querySelector<HTMLSelectElement>(`[data-field="${CSS.escape(key)}"] select`);
  // Optional: a DOM without layout (jsdom) has no scrolling.
  select?.scrollIntoView?.({ block: 'center' });
  select?.focus();
}

/**
 * What Ferry proposed, in one place: how many fields it matched with each confidence, and the ones
 * to check first (low, then medium), each a button that goes to its row. On a target of forty
 * fields this is where a person starts.
 */
interface SummaryProps {
  readonly target: Target;
  readonly rows: readonly FieldRow[];
  readonly matches: readonly FieldMatch[];
  readonly evidence: readonly FieldEvidence[];
  /** Per field, how many of its values still need the user. */
  readonly openValues: ReadonlyMap<string, number>;
}

export function MapSummary({ target, rows, matches, evidence, openValues }: SummaryProps) {
  const { t, tn, formatNumber, formatList } = useI18n();
  const exported = target.fields.filter((f) => f.exported);
  const standing = new Map(
    exported.map((f) => {
      const s = standingOf(rows.find((r) => r.field === f.key)!, matches.find((m) => m.field === f.key));
      return [f.key, s === 'none' && derivedFrom(target, f.key, rows).length > 0 ? 'derived' : s];
    }),
  );
  const count = (s: Standing) => [...standing.values()].filter((x) => x === s).length;
  const toCheck = exported.filter((f) => standing.get(f.key) === 'low').concat(exported.filter((f) => standing.get(f.key) === 'medium'));
  const missingRequired = exported.filter((f) => f.required && standing.get(f.key) === 'none');
  const rowOf = (key: string) => rows.find((r) => r.field === key)!;
  const withOpenValues = target.fields.filter((f) => (openValues.get(f.key) ?? 0) > 0 && rowOf(f.key).mode !== 'none');
  // Dates none of whose values decides the order (and none contradicts another), with no order chosen; and orders guessed from the rest of the file.
  const undecidedDates = target.fields.filter((f) => {
    const row = rowOf(f.key);
    const ev = evidenceFor(row, evidence.find((e) => e.field === f.key))?.dateOrder;
    return ev !== undefined && ev.order === null && ev.either > 0 && ev.dayFirst + ev.monthFirst === 0 && row.mode !== 'none' && row.dateOrder === '';
  });
  const guessedDates = target.fields.filter((f) => {
    const row = rowOf(f.key);
    return row.mode !== 'none' && dateOrderGuessed(row, evidenceFor(row, evidence.find((e) => e.field === f.key)));
  });
  return (
    <section className="panel map-summary" aria-labelledby="map-summary-title">
      <h3 id="map-summary-title">{t('map.summary.title')}</h3>
      <p>{t('map.summary.counts', { total: exported.length, parts: formatList(STANDINGS.filter((s) => count(s) > 0).map((s) => tn(`map.summary.${s}`, count(s)))) })}</p>
      <FieldLinks lead={t('map.summary.check')} fields={toCheck} badge={(f) => standing.get(f.key) === 'low' && <span className="badge confidence-low">{t('map.confidence.low')}</span>} />
      <FieldLinks lead={t('map.summary.required')} fields={missingRequired} />
      <FieldLinks lead={t('map.summary.values')} fields={withOpenValues} badge={(f) => <span className="badge error">{formatNumber(openValues.get(f.key) ?? 0)}</span>} />
      <FieldLinks lead={t('map.summary.dateOrder')} fields={undecidedDates} />
      <FieldLinks lead={t('map.summary.dateGuessed')} fields={guessedDates} />
    </section>
  );
}

/** A sentence naming fields, each a button that takes the keyboard to its row; nothing when there are none. */
export function FieldLinks({ lead, fields, badge }: { lead: ReactNode; fields: readonly Field[]; badge?: (field: Field) => ReactNode }) {
  if (fields.length === 0) return null;
  return (
    <p>
      {lead}{' '}
      {fields.map((f, i) => (
        <span key={f.key}>
          {i > 0 && ', '}
          <button type="button" className="link-button" onClick={() => focusField(f.key)}>
            {f.label}
          </button>
          {badge?.(f)}
        </span>
      ))}
    </p>
  );
}
