import { issue } from '../issues';
import { accept, reject, type Read } from './types';

/** JSON text; an object when the field says so. The value is kept as written (no re-serialising that could alter numbers). */
export function readJson(raw: string, shape: 'object' | 'any'): Read {
  const s = raw.trim();
  let parsed: unknown;
  try {
    parsed = JSON.parse(s);
  } catch (e) {
    const at = /position (\d+)/.exec(e instanceof Error ? e.message : '');
    return reject(issue('not-json', at === null ? {} : { position: Number(at[1]) }));
  }
  if (shape === 'object' && (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))) return reject(issue('json-not-object'));
  return accept(s);
}

const DAYS = /^(?:net\s*|n\s*)?(\d{1,4})(?:\s*(?:days?|d|jours?|j|tage?|dias?|días))?(?:\s*net)?$/i;

/** A number of days, as payment terms are written: "30", "30 days", "Net 30", "N30", "30 jours", "30j". */
export function readDays(raw: string, max: number | undefined): Read {
  const m = DAYS.exec(raw.trim().replace(/\s+/g, ' '));
  if (m === null) return reject(issue('not-days'));
  const n = Number(m[1]);
  if (max !== undefined && n > max) return reject(issue('above-maximum', { max: String(max) }));
  return accept(String(n));
}
