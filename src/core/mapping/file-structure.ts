import type { ColumnProfile } from './content-profile';
import type { FieldNames } from './field-names';
import { literalOf } from './field-names';
import { ENTITY_WORDS, headerOrdinal, headerTokens, isGenericHeader } from './header-tokens';

/*
 * Evidence from how a file is laid out rather than from one header or one column: numbered
 * positions, the leading column of ids, a name beside its id, values read by their neighbours.
 */

const shareOf = (p: ColumnProfile | undefined, key: string) => p?.shares.get(key) ?? 0;

/** Words of a header that names a numbered line of an address and nothing more ("Address line 3", "SoldToAddr3", "Postal Address 4"). */
const ADDRESS_LINE_WORDS = new Set(['address', 'line', 'street', 'postal', 'mailing', 'billing', 'shipping', 'sold', 'bill', 'ship', 'physical', 'delivery', 'invoice', 'customer']);

/**
 * Headers that say nothing of what their values are: meaningless ones ("Column C", "VAR4") and the
 * later lines of an address ("Address line 3", "ADDRESS4"), which old systems fill with the town,
 * the county or the postcode as each record's address happens to run.
 */
export function saysNothing(headers: readonly string[], tokenLists: readonly (readonly string[])[]): boolean[] {
  return headers.map((h, c) => {
    const tokens = tokenLists[c]!;
    return isGenericHeader(tokens) || (headerOrdinal(h) >= 2 && tokens.includes('address') && tokens.every((t) => ADDRESS_LINE_WORDS.has(t)));
  });
}

/**
 * Values that could be anything alone, read by the columns around them, under a header that says nothing (see {@link saysNothing}):
 * single names right beside given names ("Ana" | "Whitfield") are the family names; place names
 * next to postal codes, states, streets or countries are the town. Returns the shape, or null.
 */
export function besideItsKin(kind: string, c: number, meaningless: readonly boolean[], profiles: readonly ColumnProfile[]): string | null {
  const p = profiles[c];
  if (p === undefined || p.filled < 3 || p.wordy < 0.9 || meaningless[c] !== true) return null;
  const near = (distance: number, test: (q: ColumnProfile | undefined) => boolean) => [...Array(distance).keys()].some((d) => test(profiles[c - d - 1]) || test(profiles[c + d + 1]));
  if (kind === 'looks:family-name') {
    if (shareOf(p, 'looks:family-name') < 0.9 || shareOf(p, 'looks:given-name') >= 0.3) return null;
    return near(1, (q) => shareOf(q, 'looks:given-name') >= 0.6) ? 'family-name' : null;
  }
  if (kind === 'looks:locality') {
    const places = (q: ColumnProfile | undefined) => shareOf(q, 'looks:locality') >= 0.9 && !['looks:given-name', 'looks:company-name', 'looks:region', 'country'].some((k) => shareOf(q, k) >= 0.3);
    // Of two lines of place names, the first is the district or suburb and the second the town ("Kramerville", "Sandton").
    if (!places(p) || (meaningless[c + 1] === true && places(profiles[c + 1]) && (profiles[c + 1]?.wordy ?? 0) >= 0.9)) return null;
    return near(2, (q) => shareOf(q, 'looks:postal-code') >= 0.9 || shareOf(q, 'looks:region') >= 0.9 || shareOf(q, 'looks:street-address') >= 0.6 || shareOf(q, 'country') >= 0.9) ? 'locality' : null;
  }
  return null;
}

/** Words tools number their columns with, which name no field in such a family. */
const FAMILY_FILLERS = new Set(['name', 'text']);

/** A position as a number: "7" is 7, a spreadsheet's column "C" is 3 and "AB" 28. */
const positionNumber = (position: string) => (/^\d+$/.test(position) ? position : String([...position].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0)));

/**
 * Headers that number the columns with a word the target does not know ("Zone1" … "Zone8",
 * "Attr_1" … "Attr_9", "Data Item1" …, "Colonna A" … "Colonna M"): when most of a file's headers are one such family, each is a
 * position, whatever tool wrote it. Returns the positions' tokens by column.
 */
export function numberedPositions(headers: readonly string[], vocabulary: ReadonlySet<string>): Map<number, string[]> {
  const families = new Map<string, { column: number; number: string }[]>();
  headers.forEach((h, column) => {
    // Numbered, or lettered as spreadsheets name columns in their own language ("Colonna A", "Sarake B", "Kolonne AA").
    // The letter may come first, as in Hungarian ("A oszlop").
    // A scraper may name what it took from each numbered selection ("selection3_name", "selection1_url").
    const m = /^\s*(.*?)[\s_-]*(\d+)(?:_(?:name|text|url))?\s*$/.exec(h) ?? /^\s*(\p{L}.*?)\s+([A-Z]{1,2})\s*$/u.exec(h);
    const first = m === null ? /^\s*([A-Z]{1,2})\s+(\p{L}+)\s*$/u.exec(h) : null;
    const [prefix, number] = m !== null ? [m[1]!, m[2]!] : first !== null ? [first[2]!, first[1]!] : [null, null];
    if (prefix === null) return;
    families.set(prefix.toLowerCase(), [...(families.get(prefix.toLowerCase()) ?? []), { column, number }]);
  });
  const out = new Map<number, string[]>();
  // Words a tool numbers its columns with say nothing in such a family: MATLAB's "VarName1", an Access report's "Texte0" or "Tekst14".
  const known = (prefix: string) => headerTokens(prefix).some((w) => vocabulary.has(w) && !isGenericHeader([w]) && !FAMILY_FILLERS.has(w));
  for (const [prefix, members] of families) {
    if (members.length < 3 || members.length < headers.length / 2 || known(prefix)) continue;
    for (const { column, number } of members) out.set(column, [positionNumber(number)]);
  }
  // Segments and their numbered elements, as EDI and old record layouts name them (X12's "BPR02",
  // EDIFACT's "DTM_171_2380", a fixed-width file's "POS007-014", a survey's "RK01_02"): several families, together most
  // of the file, none a word the target knows.
  const elements = headers.flatMap((h, column) => {
    const m = /^\s*([A-Za-z]{2,6})(\d{2,3})(?:_\d{2,3})?\s*$/.exec(h) ?? /^\s*([A-Z]{3})(?:_[A-Z0-9]{1,3})*_(\d{4})\s*$/.exec(h) ?? /^\s*([A-Za-z]{2,6})(\d{2,4}-\d{2,4})\s*$/.exec(h);
    return m === null || known(m[1]!) ? [] : [{ column, number: m[2]!.replace(/-.*/, '') }];
  });
  if (elements.length >= 3 && elements.length >= headers.length / 2) for (const { column, number } of elements) if (!out.has(column)) out.set(column, [number]);
  return out;
}

/**
 * Headers a tool made up rather than a person wrote: field ids (Salesforce's "00N5g00000KzA1b",
 * Airtable's "fldq3Vw0bXk2LmN9a", Typeform's "JwWggjAKtOkA", Notion's "%3AqHs"), hashes
 * ("h_7b01de"), cell references ("R1C2"), a publisher prefix before a numbered column
 * ("cr8f1_col01"). They say nothing; a piece the target knows ("cr8f1_email") still does.
 */
export function isMachineName(header: string, vocabulary: ReadonlySet<string>): boolean {
  const h = header.trim();
  if (h === '' || /\s/.test(h)) return false;
  if (/%[0-9a-f]{2}/i.test(h) || /^r\d+c\d+$/i.test(h)) return true;
  const pieces = h.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g) ?? [];
  if (pieces.some((p) => p.length >= 3 && /[a-z]/i.test(p) && headerTokens(p).some((w) => vocabulary.has(w) && !isGenericHeader([w])))) return false;
  // A hash changes between letters and digits at random ("7b01de"); a month and a year ("Dec2023") once.
  const hashes = h.match(/[0-9a-f]{6,}/gi) ?? [];
  const hash = hashes.some((run) => (run.match(/\d+|[a-f]+/gi) ?? []).length >= 4);
  // A short id of both cases with a digit inside ("Xk0Qp", "wA4sM"), as app builders name columns.
  if (/^(?=.*[a-z])(?=.*[A-Z])[A-Za-z]+\d+[A-Za-z]+$/.test(h) && h.length <= 8) return true;
  // Runs of one or two characters, letters and digits mixed ("Kz", "A", "1", "b"): no one writes words so.
  const short = pieces.length >= 5 && pieces.join('').length / pieces.length < 3;
  return hash || short;
}

/** Pairs of columns [a, b] where b's header is a's plus id words only ("Projekt", "Projekt-Nr."). */
export function idTwins(tokenLists: readonly (readonly string[])[]): [number, number][] {
  const out: [number, number][] = [];
  tokenLists.forEach((a, i) => {
    // Of "Sagsnavn / kreditor" and "Sags-/kreditornr.", the name's words are the thing named.
    const named = a.filter((t) => t !== 'name');
    if (named.length === 0 || a.some((t) => ID_WORDS.has(t))) return;
    tokenLists.forEach((b, k) => {
      if (k === i) return;
      // A compound the lexicon does not split: Finnish "Osakasnumero" beside "Osakas".
      if (named.length === 1 && b.length === 1 && b[0]!.startsWith(named[0]!) && NUMBER_SUFFIX.test(b[0]!.slice(named[0]!.length))) out.push([i, k]);
      if (b.length <= named.length) return;
      if (named.every((t) => b.includes(t)) && b.every((t) => named.includes(t) || ID_WORDS.has(t))) out.push([i, k]);
    });
  });
  return out;
}

/** The endings that make a compound a number of what it begins with ("osakas" + "numero", "kunde" + "nnummer"). */
const NUMBER_SUFFIX = /^(?:n?numero|n?nummer|nr|nro|numer|cislo|tunnus|id|kode|kod|szam)$/;

/** Words that say "identifier". */
export const ID_WORDS = new Set(['id', 'number', 'code', 'reference', 'key']);

/**
 * The file's leading column when it reads as the records' own ids, or -1: the first column with
 * values, all different, under a header made of an id word, words of the id field's own names and
 * at most one word the target does not know ("ID", "Slip ID", "Staff Code", "Entry #"). Exports put
 * the record's key first; a person reads it so without knowing what a "slip" is. A column counting
 * 0, 1, 2 or 1, 2, 3 numbers the rows instead.
 */
export function leadingIdColumn(headers: readonly string[], tokenLists: readonly (readonly string[])[], profiles: readonly ColumnProfile[], idNames: FieldNames): number {
  const c = profiles.findIndex((p) => p.filled > 0);
  if (c < 0 || !profiles[c]!.unique || profiles[c]!.rowNumbers || idNames.not.has(literalOf(headers[c]!))) return -1;
  const tokens = tokenLists[c]!;
  const ids = tokens.filter((t) => ID_WORDS.has(t));
  // Besides id words: the record's own words ("Contact Code" for an entity) or one the target does not know ("Slip ID").
  const others = tokens.filter((t) => !ID_WORDS.has(t) && !idNames.words.has(t));
  // Or the record's noun alone ("Customer", "Kunde") over codes ("C000214", "10-1004"): an ERP's list leads with its key.
  const nounOverCodes = ids.length === 0 && tokens.length === 1 && ENTITY_WORDS.has(tokens[0]!) && idNames.words.has(tokens[0]!) && profiles[c]!.numeric >= 0.8;
  if ((ids.length === 0 && !nounOverCodes) || others.length > 1 || others.some((t) => idNames.vocabulary.has(t))) return -1;
  return c;
}
