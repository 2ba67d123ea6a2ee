/**
 * How Excel's stored values become the strings Ferry works with: numbers as
 * Excel shows them in General format (15 significant digits, never an
 * exponent), integers exactly as stored, dates as ISO calendar strings
 * computed without any `Date` object (so no time zone can shift them).
 */
import { civilFromDays } from '../../text/civil-date';

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58]);
const BUILTIN_TIME_FORMATS = new Set([18, 19, 20, 21, 32, 33, 45, 46, 47, 55, 56]);

export type NumberFormatKind = 'number' | 'date' | 'datetime' | 'time';

/** Classifies a number format: does it display a date, a time, both, or a number? */
export function classifyNumberFormat(id: number, code: string | undefined): NumberFormatKind {
  if (code === undefined) {
    if (BUILTIN_DATE_FORMATS.has(id)) return id === 22 ? 'datetime' : 'date';
    if (BUILTIN_TIME_FORMATS.has(id)) return 'time';
    return 'number';
  }
  // Drop quoted literals, escapes, padding, colours and locale tags before looking for tokens.
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/[\\_*]./g, '')
    .replace(/\[(?:\$[^\]]*|[A-Za-z]+\d*)\]/g, '')
    .split(';')[0]!
    .toLowerCase();
  if (bare === 'general' || bare === '@') return 'number';
  const hasTime = /am\/pm|a\/p|[hs]/.test(bare) || /\[[hms]+\]/i.test(code);
  const tokens = bare.replace(/am\/pm|a\/p/g, '');
  const hasDate = /[yd]/.test(tokens) || (/m/.test(tokens) && !hasTime);
  if (hasDate && hasTime) return 'datetime';
  if (hasDate) return 'date';
  if (hasTime) return 'time';
  return 'number';
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');


/** Day count since 1970-01-01 for a civil date. */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const EPOCH_1900 = daysFromCivil(1899, 12, 30); // serial 0 with Excel's 1900-02-29 bug folded in for serial >= 61
const EPOCH_1904 = daysFromCivil(1904, 1, 1);

/**
 * An Excel serial date as an ISO string. Serial 60 is Excel's fictitious
 * 1900-02-29 and is returned as that (impossible) date; serials before it
 * are shifted by the day Excel wrongly counts.
 */
export function serialToIso(serial: number, kind: 'date' | 'datetime' | 'time', date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2958465) return null;
  let whole = Math.floor(serial);
  let seconds = Math.round((serial - whole) * 86400);
  if (seconds === 86400) {
    whole += 1;
    seconds = 0;
  }
  const time = `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
  if (kind === 'time') return time;
  let days: number;
  if (date1904) days = EPOCH_1904 + whole;
  else {
    // Excel's fictitious 1900-02-29: written as such, so the date grammar reports it as a date that does not exist.
    if (whole === 60) return kind === 'date' ? '1900-02-29' : `1900-02-29T${time}`;
    days = EPOCH_1900 + (whole < 60 ? whole + 1 : whole);
  }
  const [y, m, d] = civilFromDays(days);
  const date = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  return kind === 'date' && seconds === 0 ? date : `${date}T${time}`;
}

/** Writes a finite number's decimal expansion without an exponent. */
function plainDecimal(digits: string, exponent: number, negative: boolean): string {
  // value = 0.d1d2d3... × 10^exponent
  let s: string;
  if (exponent <= 0) s = `0.${'0'.repeat(-exponent)}${digits}`;
  else if (exponent >= digits.length) s = digits + '0'.repeat(exponent - digits.length);
  else s = `${digits.slice(0, exponent)}.${digits.slice(exponent)}`;
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return (negative ? '-' : '') + s;
}

/**
 * A stored numeric cell as Excel displays it in General format: integers
 * exactly as stored (no precision lost where the file has it), other values
 * rounded to 15 significant digits, never in exponent form.
 */
export function excelNumberText(stored: string): string {
  const t = stored.trim();
  if (/^-?\d+$/.test(t)) return t.replace(/^(-?)0+(?=\d)/, '$1');
  const n = Number(t);
  if (!Number.isFinite(n)) return t;
  if (n === 0) return '0';
  const [mantissa, exp] = Math.abs(n).toPrecision(15).split('e') as [string, string | undefined];
  const [intPart, fracPart = ''] = mantissa.split('.') as [string, string | undefined];
  const digits = (intPart + fracPart).replace(/^0+/, '');
  const leadingZeros = (intPart + fracPart).length - (intPart + fracPart).replace(/^0+/, '').length;
  const exponent = intPart.length - leadingZeros + (exp === undefined ? 0 : Number(exp));
  return plainDecimal(digits.replace(/0+$/, '') || '0', exponent, n < 0);
}
