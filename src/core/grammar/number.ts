import Big from 'big.js';
import cc from 'currency-codes';
import { issue, warning, type IssueDraft } from '../issues';
import { accept, reject, type DecimalSeparator, type Read } from './types';

/** A number read from text: sign, integer digits and fraction digits, never a float. */
export interface ParsedNumber {
  readonly negative: boolean;
  readonly int: string;
  readonly frac: string;
  /** The integer part had leading zeros ("00123"). */
  readonly leadingZeros: boolean;
  /** Which reading of a separator decided the value, when it could matter. */
  readonly decimalSeparator: DecimalSeparator | null;
}

const CURRENCY_SYMBOLS = /(?:US\$|AU?\$|CA?\$|NZ\$|HK\$|S\$|R\$|RD\$|MX\$|NT\$|S\/\.?|[$€£¥₹₩₽¢₺₪฿₫₱]|\b(?:CHF|Fr\.|kr|zł|Bs\.)(?![\p{L}]))/gu;
// An ISO 4217 code before or after the amount ("EUR 12", "USD -3.10", "12 CHF"). Three letters
// joined to digits by a hyphen are a document's number ("INV-2291", "PMT-0412"), never an amount.
const CURRENCY_CODE_START = /^[A-Z]{3}(?=[\s\d(+.])/;
const CURRENCY_CODE_END = /(?<=[\d\s).])[A-Z]{3}$/;
const isoCode = (code: string) => (cc.code(code) !== undefined ? '' : code);
const GROUPING_SPACES = /[\s\u00A0\u202F\u2009']/g;
const MINUS = /[\u2212\u2012\u2013]/g;

export type NumberError = 'not-a-number' | 'scientific-notation' | 'ambiguous-decimal';

/**
 * Reads "$1,234.50", "1 234,56", "1.234,56", "(250.00)", "-250", "250-",
 * "EUR 12", "12 €", "250.00 CR" into sign and digits. A single separator
 * followed by exactly three digits ("1,234") is ambiguous unless the column's
 * decimal separator is known.
 */
const PLAIN = /^(-?)(\d+)(?:\.(\d+))?$/;
const GROUPED: Record<string, RegExp> = {
  '.': /^(?:\d{1,3}(?:\.\d{3})*|\d{1,2}(?:\.\d{2})*\.\d{3})$/,
  ',': /^(?:\d{1,3}(?:,\d{3})*|\d{1,2}(?:,\d{2})*,\d{3})$/,
};

export function parseNumber(raw: string, options: { decimalSeparator?: DecimalSeparator | undefined; currency: boolean }): ParsedNumber | NumberError {
  const plain = PLAIN.exec(raw);
  // The common case, "1234" or "-12.50", without the grammar's detours; "1.234" stays ambiguous below.
  if (plain !== null && !(plain[3] !== undefined && plain[3].length === 3 && plain[2]!.length <= 3 && plain[2]![0] !== '0' && options.decimalSeparator !== '.')) {
    const int = plain[2]!;
    const stripped = int.replace(/^0+(?=\d)/, '');
    return { negative: plain[1] === '-', int: stripped, frac: plain[3] ?? '', leadingZeros: int.length > 1 && int[0] === '0', decimalSeparator: plain[3] === undefined ? null : '.' };
  }
  let s = raw.trim().replace(MINUS, '-');
  let negative = false;
  const crdr = /\s*\b(CR|DR|Cr|Dr)\.?$/.exec(s);
  if (crdr !== null && options.currency) {
    negative = crdr[1]!.toUpperCase() === 'CR';
    s = s.slice(0, crdr.index);
  }
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = !negative;
    s = s.slice(1, -1).trim();
  }
  if (options.currency) {
    s = s.replace(CURRENCY_SYMBOLS, ' ').trim();
    s = s.replace(CURRENCY_CODE_START, isoCode).replace(CURRENCY_CODE_END, isoCode).trim();
  }
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = !negative;
    s = s.slice(1, -1).trim();
  }
  if (s.endsWith('-')) {
    negative = !negative;
    s = s.slice(0, -1).trim();
  } else if (s.startsWith('-') || s.startsWith('+')) {
    if (s[0] === '-') negative = !negative;
    s = s.slice(1).trim();
    if (options.currency) s = s.replace(CURRENCY_SYMBOLS, '').trim();
  }
  if (/^\d+(?:[.,]\d+)?[eE][+-]?\d+$/.test(s)) return 'scientific-notation';
  s = s.replace(GROUPING_SPACES, '');
  if (!/^(?:\d[\d.,]*|[.,]\d+)$/.test(s)) return 'not-a-number';
  const dots = count(s, '.');
  const commas = count(s, ',');
  let decimal: DecimalSeparator | null = null;
  let grouping: string | null = null;
  if (dots > 0 && commas > 0) {
    decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    grouping = decimal === '.' ? ',' : '.';
    if (count(s, decimal) > 1) return 'not-a-number';
  } else if (dots + commas > 1) {
    grouping = dots > 0 ? '.' : ',';
  } else if (dots + commas === 1) {
    const sep = dots === 1 ? '.' : ',';
    const after = s.length - s.indexOf(sep) - 1;
    const before = s.indexOf(sep);
    const couldGroup = after === 3 && before >= 1 && before <= 3 && s[0] !== '0';
    if (!couldGroup) decimal = sep;
    else if (options.decimalSeparator !== undefined) {
      if (options.decimalSeparator === sep) decimal = sep;
      else grouping = sep;
    } else return 'ambiguous-decimal';
  }
  let intPart = s;
  let frac = '';
  if (decimal !== null) {
    const at = s.lastIndexOf(decimal);
    intPart = s.slice(0, at);
    frac = s.slice(at + 1);
    if (!/^\d*$/.test(frac)) return 'not-a-number';
  }
  if (grouping !== null) {
    // Thousands (1,234,567) or the Indian lakh/crore grouping (12,34,567).
    if (!GROUPED[grouping]!.test(intPart)) return 'not-a-number';
    intPart = intPart.split(grouping).join('');
  }
  if (!/^\d*$/.test(intPart) || (intPart === '' && frac === '')) return 'not-a-number';
  const stripped = intPart.replace(/^0+(?=\d)/, '');
  const usedSeparator = decimal ?? (grouping === '.' ? ',' : grouping === ',' ? '.' : null);
  return {
    negative,
    int: stripped === '' ? '0' : stripped,
    frac,
    leadingZeros: intPart.length > 1 && intPart.startsWith('0'),
    decimalSeparator: usedSeparator,
  };
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i !== -1; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

const canonical = (p: ParsedNumber, frac: string) => {
  const body = frac === '' ? p.int : `${p.int}.${frac}`;
  const zero = /^0(\.0*)?$/.test(body);
  return p.negative && !zero ? `-${body}` : body;
};

function rangeIssue(value: string, min: string | undefined, max: string | undefined): IssueDraft | null {
  const v = new Big(value);
  if (min !== undefined && v.lt(min)) return issue('below-minimum', { min });
  if (max !== undefined && v.gt(max)) return issue('above-maximum', { max });
  return null;
}

/** Integers: digits only in the output, "12.00" accepted as 12, "1.5" refused, leading zeros dropped with a warning. */
export function readInteger(raw: string, min?: string, max?: string): Read {
  let p = parseNumber(raw, { decimalSeparator: undefined, currency: false });
  if (p === 'ambiguous-decimal') {
    // "1,042": the thousands reading is whole, the decimal one is not, so only one reading is an integer.
    const whole = (['.', ','] as const).map((sep) => parseNumber(raw, { decimalSeparator: sep, currency: false })).filter((x) => typeof x !== 'string' && !/[1-9]/.test(x.frac));
    p = whole.length === 1 ? whole[0]! : 'ambiguous-decimal';
  }
  if (typeof p === 'string') return reject(issue(p === 'scientific-notation' || p === 'ambiguous-decimal' ? p : 'not-an-integer'));
  if (/[1-9]/.test(p.frac)) return reject(issue('not-whole'));
  const value = canonical(p, '');
  const range = rangeIssue(value, min, max);
  if (range !== null) return reject(range);
  return accept(value, p.leadingZeros ? [warning('leading-zeros-removed', { written: raw.trim() })] : undefined);
}

/** Decimals and money: exact decimal strings with "." as separator, checked with decimal arithmetic. */
export function readDecimal(
  raw: string,
  type: { min?: string | undefined; max?: string | undefined; maxScale?: number | undefined; percent?: 'fraction' | undefined },
  decimalSeparator: DecimalSeparator | undefined,
): Read {
  const percentage = type.percent === 'fraction' ? PERCENTAGE.exec(raw.trim()) : null;
  const read = parseNumber(percentage === null ? raw : percentage[1]!, { decimalSeparator, currency: true });
  if (typeof read === 'string') return reject(issue(read));
  const p = percentage === null ? read : hundredth(read);
  const frac = p.frac.replace(/0+$/, '').length > (type.maxScale ?? Infinity) ? null : p.frac;
  if (frac === null) return reject(issue('too-many-decimals', { maxScale: type.maxScale ?? 0 }));
  const value = canonical(p, frac);
  const range = rangeIssue(value, type.min, type.max);
  if (range !== null) return reject(range);
  return accept(value);
}

/** A rate written as a percentage, per year or not: "4.65%", "4,65 % p.a.", "3.5% per annum", "2 % jährlich". */
const PERCENTAGE = /^(.*\d)\s*%\s*(?:p\.?\s?a\.?|per annum|pa|annual|annuel|par an|jährlich|anual|annuo|per jaar|p\.?\s?j\.?)?$/i;

/** The number divided by 100, exactly: its point moved two digits to the left. */
function hundredth(p: ParsedNumber): ParsedNumber {
  const digits = p.int.padStart(3, '0');
  return { ...p, int: digits.slice(0, -2).replace(/^0+(?=\d)/, ''), frac: digits.slice(-2) + p.frac };
}

/** Writes a canonical decimal with exactly `scale` fraction digits (pads; trims only zeros). */
export function formatDecimal(value: string, scale: number | undefined): string {
  if (scale === undefined) return value;
  const [int, frac = ''] = value.split('.') as [string, string | undefined];
  const trimmed = frac.replace(/0+$/, '');
  const digits = trimmed.length > scale ? trimmed : trimmed.padEnd(scale, '0');
  return digits === '' ? int : `${int}.${digits}`;
}
