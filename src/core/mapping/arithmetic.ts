import { parseNumber } from '../grammar/number';
import { inferDecimalSeparator } from './reading-options';
import { readDate } from '../grammar/date';
import type { DateOrder } from '../grammar/types';
import { readCurrency } from '../grammar/currency';

/**
 * How a file's number columns relate row by row. A line's amount is its quantity times its price, a
 * tax is one of a few rates of an amount: that holds in any language and under any header, so it
 * tells a file's numbers apart where nothing else does ("Kolona6", "Kolona7", "Kolona8" of an
 * invoice's lines in a Serbian Excel sheet).
 */
export interface ColumnArithmetic {
  /**
   * The pairs of other columns whose product this column is on the rows that have all three, the
   * smaller factor first (the hours or units before the price per unit).
   */
  readonly products: readonly (readonly [number, number])[];
  /**
   * The columns of which this one is a tax, row by row at one of a few rates (20% and 5.5%, say),
   * each with the column that adds the two up (the amount after tax), or null.
   */
  readonly taxOf: readonly { readonly base: number; readonly rates: readonly number[]; readonly gross: number | null }[];
  /** The two or three columns just before this one that it adds up, row by row (net, tax: gross), or null. */
  readonly sumOf: readonly number[] | null;
  /** The columns of dates this one's dates are on or after, row by row, and later on most rows (a due date after an invoice's). */
  readonly laterThan: readonly number[];
  /**
   * The column before this one that adds up net and tax, of which this one is what is left: never
   * more, the same on some rows, less on others (an invoice's balance after a part payment), or null.
   */
  readonly remainderOf: number | null;
  /**
   * The column of currency codes beside which this one is an exchange rate: exactly 1 on every row
   * in the file's main currency, and another positive number on the rows in any other; or null.
   */
  readonly rateOf: number | null;
}

/** Standard and reduced rates of VAT, GST and sales taxes, in percent: a share of an amount at none of them is no tax. */
const TAX_RATES = [2.1, 2.5, 3, 3.7, 4, 5, 5.5, 6, 7, 7.7, 8, 8.1, 9, 10, 12, 13, 13.5, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 25.5, 27];

/** Rows looked at: enough for a relation to show, few enough for a file of a hundred number columns. */
const ROWS = 200;

/** Share of rows that may break a relation (a discount line, a price rounded to the cent). */
const BREAKS = 0.1;

/** Rows that must show a relation: with both factors other than 0 and 1 for a product, at a rate above 0 for a tax. */
const SHOWN = 2;

/** Equal up to a cent and a tiny relative error (a price rounded to the cent times a quantity). */
const same = (x: number, y: number) => Math.abs(x - y) <= 0.011 + 1e-4 * Math.abs(y);

/**
 * A column's values as numbers, row by row: amounts read with the column's decimal separator
 * ("12.000,00", "1 250.50", "(40.00)"), durations written "2:30" as hours; null for an empty cell
 * or anything else. Null for a column whose values are not nearly all numbers (dates, ids, words).
 */
function numbersOf(values: readonly string[]): (number | null)[] | null {
  const rows = values.slice(0, ROWS);
  // A column whose first values are no numbers is not read at all: most columns are words, dates or codes.
  const first = rows.filter((v) => v.trim() !== '').slice(0, 5);
  if (first.some((v) => !/^[^\p{L}]*\d[^\p{L}]*(?:\p{L}{1,3})?$/u.test(v.trim()))) return null;
  const separator = inferDecimalSeparator(rows).separator ?? undefined;
  let filled = 0;
  let read = 0;
  const out = rows.map((raw) => {
    const v = raw.trim();
    if (v === '') return null;
    filled++;
    const hm = /^(\d+):([0-5]\d)$/.exec(v);
    if (hm !== null) {
      read++;
      return Number(hm[1]) + Number(hm[2]) / 60;
    }
    const p = parseNumber(v, { decimalSeparator: separator, currency: true });
    if (typeof p === 'string') return null;
    read++;
    const n = Number(`${p.int}.${p.frac || '0'}`);
    return p.negative ? -n : n;
  });
  return filled >= 3 && read >= 0.9 * filled ? out : null;
}

/** Whether `c` is `a` times `b` on the rows that have all three, shown on rows where neither factor is 0 or ±1. */
function isProduct(a: readonly (number | null)[], b: readonly (number | null)[], c: readonly (number | null)[]): boolean {
  let agree = 0;
  let shown = 0;
  let breaks = 0;
  const allowed = Math.floor(BREAKS * c.length);
  for (let r = 0; r < c.length; r++) {
    // Most triples break on their first rows: a quick no before the count.
    if (agree === 0 && breaks > 1) return false;
    const x = a[r];
    const y = b[r];
    const z = c[r];
    if (x == null || y == null || z == null) continue;
    if (!same(x * y, z)) {
      if (++breaks > allowed) return false;
      continue;
    }
    agree++;
    if (Math.abs(x) !== 1 && Math.abs(y) !== 1 && x !== 0 && y !== 0) shown++;
  }
  return shown >= SHOWN && agree >= 3 && breaks <= BREAKS * (agree + breaks);
}

/** The rates (in percent) at which `t` is a tax of `base` on the rows that have both, or null. */
function taxRates(t: readonly (number | null)[], base: readonly (number | null)[]): number[] | null {
  let agree = 0;
  let shown = 0;
  let breaks = 0;
  const rates = new Set<number>();
  const allowed = Math.floor(BREAKS * t.length);
  for (let r = 0; r < t.length; r++) {
    if (agree === 0 && breaks > 1) return null;
    const x = t[r];
    const b = base[r];
    if (x == null || b == null || Math.abs(b) < 1) continue;
    const rate = x === 0 ? 0 : TAX_RATES.find((p) => same((b * p) / 100, x));
    if (rate === undefined) {
      if (++breaks > allowed) return null;
      continue;
    }
    agree++;
    if (rate > 0) {
      rates.add(rate);
      shown++;
    }
  }
  return shown >= SHOWN && agree >= 3 && rates.size <= 4 && breaks <= BREAKS * (agree + breaks) ? [...rates].sort((a, b) => b - a) : null;
}

/** The middle of some numbers (0 for none). */
export const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** The middle size of a column's numbers, signs aside. */
const middleSize = (values: readonly (number | null)[]) => median(values.flatMap((v) => (v == null ? [] : [Math.abs(v)])));

/** For each column (see {@link ColumnArithmetic}), from the columns' sampled values. */
export function arithmeticBetween(samples: readonly (readonly string[])[]): ColumnArithmetic[] {
  const numbers = samples.map(numbersOf);
  const numeric = numbers.flatMap((n, c) => (n === null ? [] : [c]));
  const medians = numbers.map((n) => (n === null ? 0 : middleSize(n)));
  const out = samples.map(() => ({ products: [] as (readonly [number, number])[], taxOf: [] as { base: number; rates: number[]; gross: number | null }[], sumOf: null as number[] | null, laterThan: [] as number[], remainderOf: null as number | null, rateOf: null as number | null }));
  for (const [i, a] of numeric.entries()) {
    for (const b of numeric.slice(i + 1)) {
      const [small, large] = medians[a]! <= medians[b]! ? [a, b] : [b, a];
      for (const c of numeric) if (c !== a && c !== b && isProduct(numbers[a]!, numbers[b]!, numbers[c]!)) out[c]!.products.push([small, large]);
    }
  }
  for (const t of numeric) {
    const bases = numeric.flatMap((b) => {
      const rates = b === t ? null : taxRates(numbers[t]!, numbers[b]!);
      return rates === null ? [] : [{ base: b, rates }];
    });
    // Of an amount before tax and the same after it (where 20% of the net is also 16.67% of the
    // gross, and 25% of it exactly 20%), the tax is of the one that the other is the sum of with it.
    const withGross = bases.map(({ base, rates }) => ({ base, rates, gross: numeric.find((g) => g !== base && g !== t && isSum(numbers[g]!, numbers[base]!, numbers[t]!)) ?? null }));
    const net = withGross.filter((b) => b.gross !== null);
    out[t]!.taxOf.push(...(net.length > 0 ? net : withGross));
  }
  for (const [a, b] of laterDates(samples)) out[a]!.laterThan.push(b);
  for (const c of numeric) {
    for (const n of [2, 3]) {
      const parts = Array.from({ length: n }, (_, k) => c - n + k);
      if (parts[0]! < 0 || parts.some((p) => numbers[p] == null)) continue;
      if (addsUp(numbers[c]!, parts.map((p) => numbers[p]!))) {
        out[c]!.sumOf = parts;
        break;
      }
    }
  }
  // What is left of an amount after tax: of a payment and the balance that add up to it, the later column.
  for (const g of numeric) {
    if (out[g]!.sumOf === null) continue;
    const left = numeric.filter((c) => c > g && isRemainder(numbers[c]!, numbers[g]!));
    const balance = left.findLast((c) => left.some((p) => p < c && isSum(numbers[g]!, numbers[p]!, numbers[c]!))) ?? (left.length === 1 ? left[0]! : undefined);
    if (balance !== undefined) out[balance]!.remainderOf = g;
  }
  for (const codes of samples.flatMap((values, k) => (isCurrencyColumn(values) ? [k] : []))) {
    for (const c of numeric) if (isRate(numbers[c]!, samples[codes]!)) out[c]!.rateOf = codes;
  }
  return out;
}

/** Three or more ISO currency codes, two of them or more different. */
function isCurrencyColumn(values: readonly string[]): boolean {
  const codes = values.slice(0, ROWS).map((v) => v.trim()).filter((v) => v !== '');
  return codes.length >= 3 && codes.every((v) => readCurrency(v).ok) && new Set(codes.map((v) => v.toUpperCase())).size >= 2;
}

/** Whether `rate` is 1 on every row in the most frequent currency of `codes` and another positive number on every row in another one. */
function isRate(rate: readonly (number | null)[], codes: readonly string[]): boolean {
  const keys = codes.slice(0, ROWS).map((code) => code.trim().toUpperCase());
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  let home = 0;
  let foreign = 0;
  for (let r = 0; r < rate.length; r++) {
    const [x, code] = [rate[r], keys[r]];
    if (x == null || code === undefined || code === '') continue;
    if (code === main ? x !== 1 : x === 1 || x <= 0) return false;
    if (code === main) home++;
    else foreign++;
  }
  return home >= 2 && foreign >= 1;
}

/** Whether `part` is never more than `whole` nor below 0, the same on some rows and less on others, on three rows or more that have both. */
function isRemainder(part: readonly (number | null)[], whole: readonly (number | null)[]): boolean {
  let equal = 0;
  let less = 0;
  for (let r = 0; r < part.length; r++) {
    const [x, w] = [part[r], whole[r]];
    if (x == null || w == null) continue;
    if (x < 0 || w < 0 || (x > w && !same(x, w))) return false;
    if (same(x, w)) equal++;
    else less++;
  }
  return equal >= 1 && less >= 1 && equal + less >= 3;
}

/** Whether `total` is the sum of `parts` of its own sign on the rows that have them all, shown on rows where two parts or more are not 0. */
function addsUp(total: readonly (number | null)[], parts: readonly (readonly (number | null)[])[]): boolean {
  let agree = 0;
  let shown = 0;
  for (let r = 0; r < total.length; r++) {
    const x = total[r];
    const ys = parts.map((p) => p[r]);
    if (x == null || ys.some((y) => y == null)) continue;
    // Parts of the total's sign, or 0: a gross less a fee adds up to the net, but the net is no amount after tax.
    if (!same(ys.reduce((a, y) => a! + y!, 0)!, x) || ys.some((y) => y! * x < 0)) return false;
    agree++;
    if (ys.filter((y) => y !== 0).length >= 2) shown++;
  }
  return agree >= 3 && shown >= SHOWN;
}

/** Whether `total` is `a` plus `b` on the rows that have all three. */
function isSum(total: readonly (number | null)[], a: readonly (number | null)[], b: readonly (number | null)[]): boolean {
  let agree = 0;
  for (let r = 0; r < total.length; r++) {
    const [x, y, z] = [total[r], a[r], b[r]];
    if (x == null || y == null || z == null) continue;
    if (!same(y + z, x)) return false;
    agree++;
  }
  return agree >= 3;
}

const NUMERIC_DATE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\.?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;

/** A column's values as ISO dates read with one day-month order, or null when any value is no date in it. */
function datesOf(values: readonly string[], order: DateOrder): (string | null)[] | null {
  const out: (string | null)[] = [];
  for (const v of values.slice(0, ROWS)) {
    if (v.trim() === '') {
      out.push(null);
      continue;
    }
    // Written with numbers and separators: not a serial number, an id or a year alone.
    if (!NUMERIC_DATE.test(v.trim())) return null;
    const r = readDate(v, false, order);
    if (!r.ok) return null;
    out.push(r.value);
  }
  return out;
}

/**
 * Pairs [later, earlier] of date columns where one is on or after the other on every row that has
 * both, and after it on most (a due date 30 days after the invoice's): read with the day-month order
 * under which both columns are dates.
 */
function laterDates(samples: readonly (readonly string[])[]): [number, number][] {
  const read = (['DMY', 'MDY'] as const).map((order) => samples.map((values) => (values.some((v) => /\d/.test(v)) && values.filter((v) => v.trim() !== '').length >= 3 ? datesOf(values, order) : null)));
  const out: [number, number][] = [];
  for (let a = 0; a < samples.length; a++) {
    for (let b = 0; b < samples.length; b++) {
      if (a === b) continue;
      const dates = read.find((byOrder) => byOrder[a] != null && byOrder[b] != null);
      if (dates === undefined) continue;
      const [x, y] = [dates[a]!, dates[b]!];
      let both = 0;
      let after = 0;
      let before = false;
      for (let r = 0; r < x.length; r++) {
        if (x[r] == null || y[r] == null) continue;
        both++;
        if (x[r]! < y[r]!) before = true;
        else if (x[r]! > y[r]!) after++;
      }
      if (!before && both >= 3 && after > both / 2) out.push([a, b]);
    }
  }
  return out;
}
