import type { ReactNode } from 'react';
import type { Field, Target } from '../../../core/schema/target';
import type { FieldMatch } from '../../../core/mapping/auto-map';
import { useI18n } from '../../i18n/i18n';
import type { FieldRow } from './mapping-form';

/** Where each field of the form stands: as Ferry proposed it (with which confidence), set by the user, or without a source. */
type Standing = 'high' | 'medium' | 'low' | 'user' | 'none';

const STANDINGS: readonly Standing[] = ['high', 'medium', 'low', 'user', 'none'];

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
export function MapSummary({ target, rows, matches }: { target: Target; rows: readonly FieldRow[]; matches: readonly FieldMatch[] }) {
  const { t, tn, locale } = useI18n();
  const exported = target.fields.filter((f) => f.exported);
  const standing = new Map(exported.map((f) => [f.key, standingOf(rows.find((r) => r.field === f.key)!, matches.find((m) => m.field === f.key))]));
  const count = (s: Standing) => [...standing.values()].filter((x) => x === s).length;
  const toCheck = exported.filter((f) => standing.get(f.key) === 'low').concat(exported.filter((f) => standing.get(f.key) === 'medium'));
  const missingRequired = exported.filter((f) => f.required && standing.get(f.key) === 'none');
  return (
    <section className="panel map-summary" aria-labelledby="map-summary-title">
      <h3 id="map-summary-title">{t('map.summary.title')}</h3>
      <p>{t('map.summary.counts', { total: exported.length, parts: new Intl.ListFormat(locale, { type: 'conjunction' }).format(STANDINGS.filter((s) => count(s) > 0).map((s) => tn(`map.summary.${s}`, count(s)))) })}</p>
      <FieldLinks lead={t('map.summary.check')} fields={toCheck} badge={(f) => standing.get(f.key) === 'low' && <span className="badge confidence-low">{t('map.confidence.low')}</span>} />
      <FieldLinks lead={t('map.summary.required')} fields={missingRequired} />
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
