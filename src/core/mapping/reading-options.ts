import { inferDateOrder, type DateOrderEvidence } from '../grammar/date';
import { parseNumber } from '../grammar/number';
import type { DecimalSeparator } from '../grammar/types';

/** Evidence for a column's decimal separator. */
export interface DecimalEvidence {
  /** Values that only read one way with a decimal comma (e.g. 12,5 or 1.234,56). */
  readonly comma: number;
  /** Values that only read one way with a decimal point (e.g. 12.5 or 1,234.56). */
  readonly point: number;
  /** Values such as 1,234 that read either way. */
  readonly either: number;
  readonly separator: DecimalSeparator | null;
  readonly example: string | null;
}

/** Decides a column's decimal separator from the values that can only be read one way. */
export function inferDecimalSeparator(values: Iterable<string>): DecimalEvidence {
  let comma = 0;
  let point = 0;
  let either = 0;
  let commaExample: string | null = null;
  let pointExample: string | null = null;
  for (const raw of values) {
    if (raw.trim() === '') continue;
    const p = parseNumber(raw, { decimalSeparator: undefined, currency: true });
    if (p === 'ambiguous-decimal') either++;
    else if (typeof p !== 'string' && p.decimalSeparator === ',') {
      comma++;
      commaExample ??= raw.trim();
    } else if (typeof p !== 'string' && p.decimalSeparator === '.') {
      point++;
      pointExample ??= raw.trim();
    }
  }
  const separator = comma > 0 && point === 0 ? ',' : point > 0 && comma === 0 ? '.' : null;
  return { comma, point, either, separator, example: separator === ',' ? commaExample : separator === '.' ? pointExample : null };
}

/**
 * Where a column's day/month order was guessed from when none of its own values decides: another
 * date column of the same file that does, or amounts written with a decimal comma, as in the
 * countries that write the day first.
 */
export type DateOrderGuess = { readonly kind: 'other-column' | 'decimal-comma'; readonly column: string; readonly example: string; readonly order: 'DMY' | 'MDY' };

/** A date written with numbers and a separator, perhaps with a time: "05/03/2024", "5.3.24 14:00" (not "01 45 67 89 10"). */
const NUMERIC_DATE = /^\d{1,2}([-/.])\d{1,2}\1(?:\d{4}|\d{2})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?$/;

/**
 * The file's day/month order, from its other columns (name and sampled values): a column of dates
 * that decides (and none deciding otherwise), else a decimal comma in an amount column; null when
 * nothing in the file says. Only columns whose values are nearly all numeric dates count: phone
 * numbers and version strings also read as day, month and year.
 */
export function guessDateOrder(columns: readonly { name: string; values: readonly string[] }[]): DateOrderGuess | null {
  const dateColumns = columns.filter((c) => {
    const filled = c.values.filter((v) => v.trim() !== '');
    return filled.length > 0 && filled.filter((v) => NUMERIC_DATE.test(v.trim())).length >= 0.8 * filled.length;
  });
  const decided = dateColumns.map((c) => ({ c, ev: inferDateOrder(c.values) })).filter(({ ev }) => (ev.order === 'DMY' || ev.order === 'MDY') && ev.example !== null);
  const orders = new Set(decided.map(({ ev }) => ev.order));
  if (orders.size === 1) {
    const { c, ev } = decided[0]!;
    return { kind: 'other-column', column: c.name, example: ev.example!, order: ev.order as 'DMY' | 'MDY' };
  }
  if (orders.size > 1) return null;
  for (const c of columns) {
    const ev = inferDecimalSeparator(c.values);
    if (ev.separator === ',' && ev.example !== null && ev.comma >= 2) return { kind: 'decimal-comma', column: c.name, example: ev.example, order: 'DMY' };
  }
  return null;
}

export type { DateOrderEvidence };
export { inferDateOrder };
