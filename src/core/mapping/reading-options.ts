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

export type { DateOrderEvidence };
export { inferDateOrder };
