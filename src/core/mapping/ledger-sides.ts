import { median } from './arithmetic';

/**
 * A ledger's two sides. In a customer's account each row is a charge or a payment, so its amount
 * stands in one of two columns (debit and credit), never both, and the rows each side fills tell
 * the other columns apart: a number on the charge rows is the invoice's, one on the payment rows
 * the payment's, and a word that changes with the side is the kind of entry. That holds in any
 * language and under any header ("Баған8" and "Баған9" of a Kazakh Excel sheet).
 */
export interface LedgerColumn {
  /** This column is a side of the file's split amount: the left one is the debit, the right one the credit. */
  readonly side: 'debit' | 'credit' | null;
  /** The column of the other side, when this one is a side. */
  readonly otherSide: number | null;
  /** Share of the debit side's rows this column fills. */
  readonly onDebit: number;
  /** Share of the credit side's rows this column fills. */
  readonly onCredit: number;
  /** Each of its few values, words, comes only on debit rows or only on credit rows, and both sides have some ("Sale", "Return", "Payment"). */
  readonly followsSide: boolean;
  /**
   * Words on nearly every row, coming back, some of them on both sides' rows: whom the entries
   * are with (a customer's name on their invoices and on their payments).
   */
  readonly acrossSides: boolean;
  /** Its values are written as money (see MONEY): an amount, whatever else it may be. */
  readonly money: boolean;
  /**
   * The file splits its amount into the two sides' columns. When it does not (one amount on every
   * row), the sides are told by the entries' own columns: an invoice's number on some rows, a
   * receipt's on the others; no column is then a side.
   */
  readonly split: boolean;
}

/**
 * A value written as money: with cents, or with its thousands grouped ("1 250 000,00", "12.654.000",
 * "1,25,000.00", "(40.00)"), after any currency sign or code around it ("€ 12,50", "0.00 Dr").
 */
const MONEY = /^[-+(]?\s*(?:\d{1,3}(?:[.,\s'’\u00A0\u202F]\d{2,3})*[.,\s'’\u00A0\u202F]\d{3}(?:[.,]\d{1,2})?|\d+[.,]\d{2})\s*\)?-?$/;
const AROUND = /^[^\d(+-]+|[^\d)-]+$/gu;
/** A date written with numbers ("03.06.2024", "12/06/24"), which MONEY could read as grouped thousands. */
const DATE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\.?$/;
/** Nothing, or a zero ("0", "0.00", "-"): a side left empty. */
const NOTHING = /^[^1-9\p{L}]*$/u;

/** Fewest rows a file's two sides must fill between them. */
const ROWS = 3;

/** Share of the rows that hold anything which the two sides must fill between them. */
const COVER = 0.8;

/** At most this share of another amount on every row, a column of money is a part of it (a tax, a fee), not a side. */
const SMALL_SHARE = 0.3;

/** The magnitude of money as written, for comparing the sides' sizes: digits only, the cents ignored. */
const size = (v: string) => Number(v.replace(/[.,]\d{1,2}\)?-?$/, '').replace(/\D/g, '')) || 0;

/** For each column, how it stands to the file's two sides (see {@link LedgerColumn}); null for every column when the file has none. */
export function ledgerSides(samples: readonly (readonly string[])[]): (LedgerColumn | null)[] {
  const none = samples.map(() => null);
  const rows = Math.max(0, ...samples.map((v) => v.length));
  const trimmed = samples.map((values) => values.map((v) => v.trim()));
  const filled = trimmed.map((values) => values.map((v) => !NOTHING.test(v)));
  const money = trimmed.map((values) => {
    const given = values.filter((v) => !NOTHING.test(v));
    return given.length >= 1 && given.every((v) => !DATE.test(v) && MONEY.test(v.replace(AROUND, '')));
  });
  const anything = Array.from({ length: rows }, (_, r) => trimmed.some((values) => (values[r] ?? '') !== ''));
  const rowsWithAnything = anything.filter(Boolean).length;
  // The pair of money columns filled on different rows that covers the most; of equals, the pair
  // that shares the most amounts (a payment settles an invoice to the cent), then the pair of the
  // nearest sizes (a tax beside its amount is a tenth of it).
  // Two columns that are each a small share of an amount filled on all their rows (a tax charged on
  // the invoices, one withheld from the payments) are no sides: that amount is the ledger's.
  const shareOfAnother = (a: number, b: number) =>
    money.some((m, c) => {
      if (!m || c === a || c === b) return false;
      return filled[a]!.every((fa, r) => {
        const fb = filled[b]![r] === true;
        if (!fa && !fb) return true;
        return filled[c]![r] === true && size(trimmed[fa ? a : b]![r]!) <= SMALL_SHARE * size(trimmed[c]![r]!);
      });
    });
  let best: { a: number; b: number; cover: number; shared: number; gap: number } | null = null;
  for (let a = 0; a < samples.length; a++) {
    if (!money[a]) continue;
    for (let b = a + 1; b < samples.length; b++) {
      if (!money[b]) continue;
      const [fa, fb] = [filled[a]!, filled[b]!];
      if (fa.some((f, r) => f && fb[r] === true)) continue;
      const cover = fa.filter(Boolean).length + fb.filter(Boolean).length;
      if (fa.every((f) => !f) || fb.every((f) => !f) || cover < ROWS || cover < COVER * rowsWithAnything) continue;
      if (shareOfAnother(a, b)) continue;
      const sizeOf = (c: number) => median(trimmed[c]!.filter((_, r) => filled[c]![r]).map(size));
      const gap = Math.abs(Math.log((sizeOf(a) + 1) / (sizeOf(b) + 1)));
      const inA = new Set(trimmed[a]!.filter((_, r) => fa[r]));
      const shared = new Set(trimmed[b]!.filter((v, r) => fb[r] && inA.has(v))).size;
      const better = best === null || cover > best.cover || (cover === best.cover && (shared > best.shared || (shared === best.shared && gap < best.gap)));
      if (better) best = { a, b, cover, shared, gap };
    }
  }
  const split = best !== null;
  const sides = best !== null ? { debit: filled[best.a]!, credit: filled[best.b]! } : sidesByEntries(filled, money, rowsWithAnything);
  if (sides === null) return none;
  const onSide = (rows: readonly boolean[], c: number) => {
    const sideRows = rows.flatMap((f, r) => (f ? [r] : []));
    return sideRows.filter((r) => (trimmed[c]![r] ?? '') !== '').length / sideRows.length;
  };
  return samples.map((_, c) => ({
    side: best === null ? null : c === best.a ? 'debit' : c === best.b ? 'credit' : null,
    otherSide: best === null ? null : c === best.a ? best.b : c === best.b ? best.a : null,
    onDebit: onSide(sides.debit, c),
    onCredit: onSide(sides.credit, c),
    followsSide: followsSide(trimmed[c]!, sides.debit, sides.credit),
    acrossSides: acrossSides(trimmed[c]!, sides.debit, sides.credit),
    money: money[c]!,
    split,
  }));
}

/**
 * A ledger's sides when its amount is one column: the rows of two columns (not money) filled on
 * different rows that cover the most, each on two rows or more (an invoice number on the charges, a
 * receipt number on the payments). The charges are the side on whose rows alone a column of money
 * is filled (a tax is charged, not paid); without one, the side of the first row (an account starts
 * with a charge). Null when no such pair covers the rows.
 */
function sidesByEntries(filled: readonly (readonly boolean[])[], money: readonly boolean[], rowsWithAnything: number): { debit: readonly boolean[]; credit: readonly boolean[] } | null {
  const count = (rows: readonly boolean[]) => rows.filter(Boolean).length;
  let best: { a: number; b: number; cover: number } | null = null;
  for (let a = 0; a < filled.length; a++) {
    if (money[a] || count(filled[a]!) < 2) continue;
    for (let b = a + 1; b < filled.length; b++) {
      if (money[b] || count(filled[b]!) < 2 || filled[a]!.some((f, r) => f && filled[b]![r] === true)) continue;
      const cover = count(filled[a]!) + count(filled[b]!);
      if (cover < ROWS || cover < COVER * rowsWithAnything) continue;
      if (best === null || cover > best.cover) best = { a, b, cover };
    }
  }
  if (best === null) return null;
  const [one, other] = [filled[best.a]!, filled[best.b]!];
  // Money filled on one side's rows alone (the sides share no row).
  const moneyOnlyOn = (rows: readonly boolean[]) => filled.some((f, c) => money[c] === true && count(f) >= 2 && f.every((x, r) => !x || rows[r] === true));
  const [onOne, onOther] = [moneyOnlyOn(one), moneyOnlyOn(other)];
  const charged = onOne !== onOther ? (onOne ? one : other) : one.findIndex(Boolean) < other.findIndex(Boolean) ? one : other;
  return charged === one ? { debit: one, credit: other } : { debit: other, credit: one };
}

/** Letters and no digit: a word or a name, not a number, a code or a date. */
const isWord = (v: string) => !/\d/.test(v) && /\p{L}/u.test(v);

/**
 * The sides each of the column's values comes on, over the rows of either side, and how many of
 * those rows it fills; null when a value is no word (a number, a code, a date).
 */
function sidesOfWords(values: readonly string[], debit: readonly boolean[], credit: readonly boolean[]): { sides: Map<string, Set<'debit' | 'credit'>>; rows: number; given: number } | null {
  const sides = new Map<string, Set<'debit' | 'credit'>>();
  let rows = 0;
  let given = 0;
  for (let r = 0; r < values.length; r++) {
    const side = debit[r] === true ? 'debit' : credit[r] === true ? 'credit' : null;
    if (side === null) continue;
    rows++;
    const v = values[r]!;
    if (v === '') continue;
    if (!isWord(v)) return null;
    given++;
    sides.set(v, (sides.get(v) ?? new Set()).add(side));
  }
  return { sides, rows, given };
}

/** Whether the column's few values, words, each come on one side's rows only, both sides having some. */
function followsSide(values: readonly string[], debit: readonly boolean[], credit: readonly boolean[]): boolean {
  const words = sidesOfWords(values, debit, credit);
  if (words === null) return false;
  const { sides, rows, given } = words;
  const all = [...sides.values()];
  return given >= 0.9 * rows && sides.size >= 2 && sides.size <= 6 && sides.size < given && all.every((s) => s.size === 1) && new Set(all.flatMap((s) => [...s])).size === 2;
}

/** Whether the column holds words on nearly every row of either side, coming back, some on both sides' rows. */
function acrossSides(values: readonly string[], debit: readonly boolean[], credit: readonly boolean[]): boolean {
  const words = sidesOfWords(values, debit, credit);
  if (words === null) return false;
  const { sides, rows, given } = words;
  return given >= 0.9 * rows && sides.size >= 2 && sides.size < given && [...sides.values()].some((s) => s.size === 2);
}
