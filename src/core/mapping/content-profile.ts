import type { Field, Target } from '../schema/target';
import { compileFieldCodec } from '../grammar/field-codec';
import type { FieldType } from '../schema/target';
import type { IssueCode } from '../issues';
import { isFullName, LOOKS_LIKE } from './value-shapes';
import { isUnixTimestamp } from '../grammar/date';
import { compileEnum, enumByWords, readEnum } from '../grammar/enum';
import { arithmeticBetween, type ColumnArithmetic } from './arithmetic';
import { ledgerSides, type LedgerColumn } from './ledger-sides';

/** Refusals that still say "this is that kind of value": a choice to make, or a detail wrong. */
const RIGHT_KIND = new Set<IssueCode>(['ambiguous-date', 'ambiguous-decimal', 'tax-id-checksum', 'impossible-date', 'too-many-decimals', 'time-not-allowed', 'implausible-year', 'leading-zeros-removed', 'email-display-name-removed', 'days-from-month-end']);

/** The type without its limits: content evidence asks "is this an amount?", not "is it in range?". */
function kindOnly(type: FieldType): FieldType {
  switch (type.kind) {
    case 'integer':
      return { kind: 'integer' };
    case 'decimal':
      return type.percent === undefined ? { kind: 'decimal' } : { kind: 'decimal', percent: type.percent };
    case 'text':
      return { kind: 'text' };
    case 'days':
      return { kind: 'days' };
    default:
      return type;
  }
}

/** What a column's values look like, as the share (0..1) of non-empty values each grammar accepts, and how its numbers relate to other columns'. */
export interface ColumnProfile extends ColumnArithmetic {
  /** Non-empty values looked at. */
  readonly filled: number;
  /** Distinct non-empty values among them. */
  readonly distinct: number;
  /** Share of values accepted, keyed by content key (see {@link contentKey}). */
  readonly shares: ReadonlyMap<string, number>;
  /** The values count up by one, row after row (1, 2, 3 or 00017, 00018): row numbers, whatever else they look like. */
  readonly counter: boolean;
  /** A counter from 0 or 1: the rows' numbers (a dataframe's index), not ids. */
  readonly rowNumbers: boolean;
  /** No value repeats (among the distinct values counted), and there are at least three. */
  readonly unique: boolean;
  /** Share of values that are mostly digits ("2024-0112", "C-1001"; not "cus_QbX81mDz3K" or "Card"). */
  readonly numeric: number;
  /** Share of values that are words: letters and no digit ("Card", "Bank transfer"). */
  readonly wordy: number;
  /** Share of values that are yes/no flags in some language ("Y", "Oui", "false", "1"). */
  readonly flags: number;
  /** Share of values that are a bare number not led by 0 ("34127785", "1250.00"): an id, a count or an amount more often than a phone number. */
  readonly bareNumbers: number;
  /** Share of values that are amounts with cents ("486.40", "-1 250,00"): never an id or a name. */
  readonly amounts: number;
  /** Share of values that are numbers with a fraction, as tools write floats ("1250.0", "865.4", "486.40"): ids and counts have none. */
  readonly fractions: number;
  /** The letters nearly every value starts with before its digits ("INV" of "INV-2291", "INV-2292"), upper-cased, or null. */
  readonly idPrefix: string | null;
  /** Share of values that are numbers of four digits or fewer ("1042", "75"): they meet other columns' values by chance. */
  readonly shortNumbers: number;
  /**
   * Share of values that are names: of a company ("Copperleaf Bakery", see value-shapes' company-name) or
   * anything of two to six capitalised words ("Riverbend Medical Plaza", "Joanne Whitlam", "HARTLEY & SONS").
   */
  readonly names: number;
  /** Share of values that are a person's full name ("Elena Marquez", "Ferrand Michel"), without a company's words. */
  readonly persons: number;
  /** Share of values that read as Unix timestamps ("1770023647"): dates under a date's header, ids under any other. */
  readonly epochs: number;
  /** Row by row (of the sample), whether the cell holds something other than nothing or a zero ("0", "0.00", "-"). */
  readonly filledRows: readonly boolean[];
  /**
   * Other columns of unique values that hold every value of this one, on other rows: this column
   * points at other records of the file ("Parent account" 402 where "Code" is 402 on another row).
   */
  readonly refersTo: readonly number[];
  /**
   * For a column of names, the other columns that hold one code per name, row by row: "Clave" is 12
   * wherever "Nombre" is Ferretería El Tornillo, and 27 wherever it is Abarrotes Doña Lupita. They are
   * the named records' ids. Empty for any other column.
   */
  readonly codes: readonly number[];
  /** How the column stands to the file's debit and credit columns, when it has a pair (see {@link ledgerSides}). */
  readonly ledger: LedgerColumn | null;
}

/** Two to six words, each capitalised or a joiner ("Park & Lowe CPA", "Banque de France"), and no digit. */
const PROPER_NAME = /^\p{Lu}[\p{L}'’.,-]*(?:\s+(?:&|and|of|the|de|del|della|di|da|do|dos|das|du|des|la|le|et|und|y|e|van|von|der|den|ten|ter|het|\p{Lu}[\p{L}'’.,()-]*)){1,5}$/u;

const FLAG = /^(?:y|n|yes|no|true|false|t|f|1|0|x|oui|non|o|ja|nein|j|wahr|falsch|si|sí|vrai|faux|verdadero|falso|waar|onwaar|nee)$/i;

/** At least as many digits as letters, and some digits. */
function mostlyDigits(v: string): boolean {
  const digits = v.replace(/\D/g, '').length;
  return digits > 0 && digits >= v.replace(/[^\p{L}]/gu, '').length;
}

/** Whether the values, in row order, are consecutive whole numbers. */
function isCounter(values: readonly string[]): boolean {
  let previous: number | undefined;
  let seen = 0;
  for (const v of values) {
    const t = v.trim();
    if (t === '') continue;
    if (!/^\d{1,9}$/.test(t)) return false;
    const n = Number(t);
    if (previous !== undefined && n !== previous + 1) return false;
    previous = n;
    seen++;
  }
  return seen >= 3;
}

/**
 * The content a field expects, as a key shared by fields of the same kind
 * ("email", "date", "enum:<target>.<field>", "taxId:in-gstin"), or null for
 * free text, where content says nothing.
 */
export function contentKey(target: Target, field: Field): string | null {
  const t = field.type;
  switch (t.kind) {
    case 'text':
      return t.looksLike === undefined ? null : `looks:${t.looksLike}`;
    case 'integer':
      return t.looksLike === undefined ? 'integer' : `looks:${t.looksLike}`;
    case 'reference':
      return null;
    case 'enum':
      return `enum:${target.id}.${field.key}`;
    case 'taxId':
      return `taxId:${t.scheme}`;
    case 'json':
      return `json:${t.shape}`;
    case 'decimal':
      // A rate held as a fraction also reads "4.65% p.a.".
      return t.percent === undefined ? 'decimal' : 'decimal:percent';
    default:
      return t.kind;
  }
}

/** Content that can only refute: anything but a full name may be a family name, so it never proposes a column. */
export const NEGATIVE_ONLY = (key: string) => key === 'looks:family-name';

/** Content kinds strong enough to map a column whose header says nothing. */
export const DISTINCTIVE = (key: string) => /^(email|country|currency|json:object|taxId:(?!any)|enum:|looks:(?!family-name|locality))/.test(key);

/**
 * Positive-only evidence: a text column that does not look like this is still a fine text column
 * (a company called "Harbour View" has no legal form; a Spanish NIF written without its "ES" is
 * still the VAT number, only unverifiable). Honorifics are a closed list: a "Title" column of
 * job titles is not the name title. A family name is anything but a full name or a value with
 * digits: "Michel Ferrand" under "Nom" is both names in one cell, "Jan 12, 2024" under "Last
 * updated" a date.
 */
export const POSITIVE_ONLY = (key: string) => (key.startsWith('looks:') && key !== 'looks:honorific' && key !== 'looks:family-name') || key === 'taxId:any-vat';

/** A number of five digits, with or without a fraction: what an Excel date serial looks like. */
const SERIAL_NUMBER = /^\d{5}(?:\.\d+)?$/;

/** YYYYMMDD from 1900 to 2099. */
const COMPACT_DATE = /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;

/**
 * Not a phone number, whatever some numbering plan allows: fewer than six digits (a postcode, "821
 * 09"), or letters other than an extension's ("ZK-2023-014" is a code).
 */
const NO_PHONE = /^(?!(?:\D*\d){6})|^(?=.*\p{L})(?!.*\d\s*(?:ext|x|poste|durchwahl|dw)\.?\s*\d+$)/iu;

/** An empty cell, a zero amount ("0.00", "$ 0,00") or a dash: no digit but zeros, and no word. */
const NOTHING = /^[^1-9\p{L}]*$/u;

const MAX_DISTINCT = 300;
/** Distinct values read before deciding a kind is clearly absent (or clearly present) and stopping. */
const PROBE = 24;

/**
 * Profiles columns against every content key the given targets use: each
 * distinct value is read once by each grammar, weighted by how often it
 * occurs, most frequent first; a kind that none (or all) of the first few
 * values has is settled there. Cost is columns × kinds × a few dozen values.
 */
export function profileColumns(samples: readonly (readonly string[])[], targets: readonly Target[]): ColumnProfile[] {
  /** Each reader is given a distinct value and how often it occurs. */
  const readers = new Map<string, (raw: string, occurs: number) => boolean>();
  for (const target of targets) {
    for (const field of target.fields) {
      const key = contentKey(target, field);
      if (key === null || readers.has(key)) continue;
      if ((field.type.kind === 'text' || field.type.kind === 'integer') && field.type.looksLike !== undefined) {
        readers.set(key, LOOKS_LIKE[field.type.looksLike]);
        continue;
      }
      if (field.type.kind === 'enum') {
        // A kind said in a phrase ("VAT invoice", "Outgoing credit note") is that kind's value too,
        // when it comes back as kinds do: a job title that says "Sales" once is not a list's value.
        // A compound that ends in a kind ("Vorschussrechnung", "Beitragsrechnung") is one even once.
        const lookup = compileEnum(field.type.values, field.type.acceptNumbers);
        readers.set(key, (raw, n) => readEnum(raw, lookup, undefined).ok || ((n >= 2 || !/\s/.test(raw.trim())) && enumByWords(raw, lookup) !== null));
        continue;
      }
      const codec = compileFieldCodec({ ...field, type: kindOnly(field.type) }, {}, []);
      // Accepted outright, or refused only for want of a column-level choice (day/month order, decimal
      // separator). A value read only with a warning (an unverifiable VAT number, say) is no evidence.
      // A compact date ("20250331", as LEDES and SAP write them) is a date, not an amount. A bare
      // number such as 60613 is a postal code or an id far more often than an Excel date serial.
      const refused = key === 'decimal' ? COMPACT_DATE : key === 'date' ? SERIAL_NUMBER : key === 'phone' ? NO_PHONE : null;
      readers.set(key, (raw) => {
        if (refused !== null && refused.test(raw.trim())) return false;
        const r = codec.check(raw);
        return r.ok ? r.notes.every((n) => RIGHT_KIND.has(n.code)) : r.issues.every((i) => RIGHT_KIND.has(i.code));
      });
    }
  }
  const pointers = referencesBetween(samples);
  const arithmetic = arithmeticBetween(samples);
  const sides = ledgerSides(samples);
  const profiles = samples.map((values, column) => {
    const counts = new Map<string, number>();
    let filled = 0;
    for (const v of values) {
      const t = v.trim();
      if (t === '') continue;
      filled++;
      if (counts.size < MAX_DISTINCT || counts.has(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    // Most frequent values first, so a probe of the first few speaks for most rows.
    const byCount = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    const shares = new Map<string, number>();
    for (const [key, accepts] of readers) {
      let hit = 0;
      let seen = 0;
      for (let i = 0; i < byCount.length; i++) {
        const [value, n] = byCount[i]!;
        if (accepts(value, n)) hit += n;
        seen += n;
        // Clear either way after the probe: the remaining (rarer) values cannot change the verdict much.
        if (i + 1 === PROBE && (hit === 0 || hit === seen)) break;
      }
      if (seen > 0) shares.set(key, hit / seen);
    }
    let flagged = 0;
    let epochs = 0;
    let bare = 0;
    let amounts = 0;
    let fractions = 0;
    let short = 0;
    let names = 0;
    let persons = 0;
    const prefixes = new Map<string, number>();
    for (const [value, n] of byCount) {
      const prefix = /^([A-Za-z]{2,5})[-_/.]?\d{2,}(?:[-_/.]\d+)*$/.exec(value)?.[1]?.toUpperCase();
      if (prefix !== undefined) prefixes.set(prefix, (prefixes.get(prefix) ?? 0) + n);
      if (/^\d{1,4}$/.test(value)) short += n;
      if (PROPER_NAME.test(value) || LOOKS_LIKE['company-name'](value)) names += n;
      if (isFullName(value) && !LOOKS_LIKE['company-name'](value)) persons += n;
      if (/^[-+(]?[\d\s.,'’]*\d[.,]\d{2}\)?$/.test(value)) amounts += n;
      if (/^[-+(]?\s*[$€£]?\s*[\d\s.,'’]*\d[.,]\d{1,2}\s*[$€£]?\)?$/.test(value)) fractions += n;
      if (FLAG.test(value)) flagged += n;
      if (isUnixTimestamp(value)) epochs += n;
      if (/^[1-9]\d*(?:[.,]\d+)?$/.test(value)) bare += n;
    }
    const [commonPrefix, prefixed] = [...prefixes].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
    const unique = filled >= 3 && byCount.every(([, n]) => n === 1);
    let numeric = 0;
    let wordy = 0;
    for (const [value, n] of byCount) {
      if (mostlyDigits(value)) numeric += n;
      else if (!/\d/.test(value) && /\p{L}/u.test(value)) wordy += n;
    }
    const counted = byCount.reduce((sum, [, n]) => sum + n, 0);
    const counter = isCounter(values);
    const first = values.find((v) => v.trim() !== '')?.trim();
    return { filled, distinct: counts.size, shares, counter, rowNumbers: counter && (first === '0' || first === '1'), unique, numeric: counted === 0 ? 0 : numeric / counted, wordy: counted === 0 ? 0 : wordy / counted, flags: filled === 0 ? 0 : flagged / filled, epochs: filled === 0 ? 0 : epochs / filled, bareNumbers: filled === 0 ? 0 : bare / filled, amounts: filled === 0 ? 0 : amounts / filled, fractions: filled === 0 ? 0 : fractions / filled, idPrefix: filled >= 2 && prefixed >= 0.9 * filled ? commonPrefix : null, shortNumbers: filled === 0 ? 0 : short / filled, names: filled === 0 ? 0 : names / filled, persons: filled === 0 ? 0 : persons / filled, filledRows: values.map((v) => !NOTHING.test(v)), refersTo: pointers[column] ?? [], codes: [] as number[], ledger: sides[column] ?? null, ...arithmetic[column]! };
  });
  return profiles.map((p, column) => (p.names >= 0.8 ? { ...p, codes: codesOf(column, samples) } : p));
}

/** A code: a value with a digit that is neither a date nor an amount ("12", "HAR0012", "901.245.778-1"). */
const CODE = (v: string) => /\d/.test(v) && !/^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/.test(v) && !/\d[.,]\d{2}$/.test(v) && !/\s/.test(v);

/**
 * The columns that pair with the names of `column` one to one, row by row, over at least three
 * rows where a name comes back (a pairing of values that never repeat proves nothing), and whose
 * every value is a code.
 */
function codesOf(column: number, samples: readonly (readonly string[])[]): number[] {
  const names = samples[column]!;
  const out: number[] = [];
  samples.forEach((values, d) => {
    if (d === column) return;
    const forward = new Map<string, string>();
    const backward = new Map<string, string>();
    let rows = 0;
    for (let r = 0; r < names.length; r++) {
      const name = names[r]!.trim();
      const code = (values[r] ?? '').trim();
      if (name === '') continue;
      if (code === '' || !CODE(code) || (forward.get(name) ?? code) !== code || (backward.get(code) ?? name) !== name) return;
      forward.set(name, code);
      backward.set(code, name);
      rows++;
    }
    if (rows >= 3 && forward.size >= 2 && forward.size < rows) out.push(d);
  });
  return out;
}

/**
 * For each column, the columns it points into: each of its values is a value of the other column,
 * whose values are all different and not the rows' numbers, and is not that column's value on the
 * same row (a record is not its own parent). Values of two characters or fewer prove nothing; a
 * fifth of the values may point at rows a sample of a long file does not hold.
 */
function referencesBetween(samples: readonly (readonly string[])[]): number[][] {
  const keyed = samples.map((values) => {
    const trimmed = values.map((v) => v.trim());
    const filled = trimmed.filter((v) => v !== '');
    const set = new Set(filled);
    const rowNumbers = isCounter(values) && (filled[0] === '0' || filled[0] === '1');
    return { trimmed, set, unique: filled.length >= 3 && set.size === filled.length && !rowNumbers };
  });
  const targets = keyed.flatMap((b, d) => (b.unique ? [d] : []));
  return keyed.map((a, c) => {
    const values = [...a.set];
    if (values.length === 0 || values.length > MAX_DISTINCT || values.some((v) => v.length <= 2)) return [];
    // Most, not all: a sample of a long file may miss the row a value points at.
    const allowedMisses = Math.floor(0.2 * values.length);
    const out: number[] = [];
    for (const d of targets) {
      const b = keyed[d]!;
      if (d === c || b.set.size <= values.length) continue;
      let misses = 0;
      for (const v of values) if (!b.set.has(v) && ++misses > allowedMisses) break;
      if (misses <= allowedMisses && a.trimmed.every((v, r) => v === '' || v !== b.trimmed[r])) out.push(d);
    }
    return out;
  });
}
