import { columnLetter } from './column-letter';
import type { RawTable } from './raw-table';

/** A source column as the user sees it. */
export interface SourceColumn {
  readonly index: number;
  /** The header cell exactly as written ('' when empty or when there is no header row). */
  readonly original: string;
  /** A unique, non-empty name for display and for mapping profiles. */
  readonly name: string;
  /** Why `name` differs from `original`, if it does. */
  readonly naming: 'as-written' | 'empty-header' | 'duplicate-header' | 'beyond-header' | 'no-header-row';
}

const SCAN_RECORDS = 30;
const LOOKAHEAD = 50;

const DATA_LIKE = [
  /^[-+(]?\s*[$€£¥]?\s*\d[\d\s.,']*\)?\s*[-€$£%]?$/, // numbers, money
  /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/, // dates
  /^[^\s@]+@[^\s@]+\.[^\s@]+$/, // e-mail addresses
];

const looksLikeData = (value: string) => DATA_LIKE.some((re) => re.test(value.trim()));

function nonEmptyCells(table: RawTable, record: number): string[] {
  const out: string[] = [];
  for (let c = 0; c < table.fieldCount(record); c++) {
    const v = table.cell(record, c).trim();
    if (v !== '') out.push(v);
  }
  return out;
}

function modalWidth(table: RawTable, from: number): number {
  const counts = new Map<number, number>();
  const to = Math.min(table.recordCount, from + LOOKAHEAD);
  for (let r = from; r < to; r++) {
    const w = nonEmptyCells(table, r).length;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = -1;
  for (const [w, c] of counts) if (c > bestCount || (c === bestCount && w > best)) [best, bestCount] = [w, c];
  return best;
}

/**
 * A header row of column positions, as dataframe and query tools write it ("0,1,2,3" or "1,2,3,4"
 * across the whole width, with a prefix: Snowflake's "$1,$2,$3", or zero-padded: IBM i's
 * "00001,00002"): numbers, but headers all the same.
 */
function numbersColumns(table: RawTable, record: number): boolean {
  const width = table.fieldCount(record);
  if (width < 3) return false;
  const first = /^(\D{0,3}?)(0*[01])$/.exec(table.cell(record, 0).trim());
  if (first === null) return false;
  const [, prefix, start] = first;
  // Zero-padded as IBM i's derived columns are ("00001,00002,00003"): every number as wide as the first.
  for (let c = 0; c < width; c++) if (table.cell(record, c).trim() !== `${prefix}${String(Number(start) + c).padStart(start!.length, '0')}`) return false;
  return true;
}

/** The filled cells of column `c` in the records after `record`, as far as the look-ahead goes. */
function valuesBelow(table: RawTable, record: number, c: number): string[] {
  const out: string[] = [];
  for (let r = record + 1; r < Math.min(table.recordCount, record + 1 + LOOKAHEAD); r++) {
    const v = table.cell(r, c).trim();
    if (v !== '') out.push(v);
  }
  return out;
}

/** How many of those cells are filled, and how many of them are data (numbers, dates, e-mails) or words. */
function kindsBelow(table: RawTable, record: number, c: number): { filled: number; data: number; words: number } {
  const values = valuesBelow(table, record, c);
  const data = values.filter(looksLikeData).length;
  const words = values.filter((v) => !looksLikeData(v) && /\p{L}/u.test(v)).length;
  return { filled: values.length, data, words };
}

/**
 * A first record of different whole numbers over columns of words: field ids as some databases
 * export them ("3,6,7,8" over "Harbor Point Logistics LLC", "Dallas"), not a record. A number in a
 * column of names is no value of it.
 */
function idsOverWords(table: RawTable, record: number): boolean {
  const width = table.fieldCount(record);
  const ids = new Set<string>();
  let overWords = 0;
  for (let c = 0; c < width; c++) {
    const id = table.cell(record, c).trim();
    // A named column among the ids ("_ragicId") is a header too; a value of data is not.
    if (!/^\d{1,9}$/.test(id)) {
      if (id === '' || looksLikeData(id)) return false;
      continue;
    }
    if (ids.has(id)) return false;
    ids.add(id);
    const { filled, words } = kindsBelow(table, record, c);
    if (filled > 0 && words >= 0.8 * filled) overWords++;
  }
  return width >= 3 && ids.size >= width / 2 && overWords >= width / 2;
}

/**
 * A record whose cells are of another kind than the values below them, column by column: a name over
 * numbers, dates or e-mails ("id" over 2214, "date_created" over 2024-08-05) or a number over words
 * (a form's field ids: "1" over company names, "4.3" over cities). At least half its cells turn so,
 * and no two are the same; a record of data is of its columns' kind.
 */
function kindsChangeBelow(table: RawTable, record: number): boolean {
  const seen = new Set<string>();
  let turns = 0;
  for (let c = 0; c < table.fieldCount(record); c++) {
    const cell = table.cell(record, c).trim();
    if (cell === '') continue;
    // Headers are all different: "3,3,3" over words is a record.
    if (seen.has(cell)) return false;
    seen.add(cell);
    const { filled, data, words } = kindsBelow(table, record, c);
    if (filled === 0) continue;
    const label = /\p{L}/u.test(cell) && !looksLikeData(cell);
    if ((label && data >= 0.8 * filled) || (looksLikeData(cell) && words >= 0.8 * filled)) turns++;
  }
  return seen.size >= 3 && turns >= seen.size / 2;
}

/** A value's shape: letters and digits as their classes, runs collapsed ("Vestergade 14" and "Havnegade 3" are both "Aa 9"). */
const shapeOf = (value: string) => value.trim().replace(/\p{Lu}/gu, 'A').replace(/\p{Ll}/gu, 'a').replace(/\d/g, '9').replace(/(.)\1+/g, '$1');

/**
 * A first record of the same shapes as the values below it, column by column, words and numbers
 * mixed among them ("Vestergade 14" over "Havnegade 3", "DK31447718" over "DK29871204"): a record of
 * data some tools write with no header row. Headers are words; a year over amounts matches no mixed shape.
 */
function shapedLikeBelow(table: RawTable, record: number): boolean {
  let cells = 0;
  let alike = 0;
  let mixed = 0;
  for (let c = 0; c < table.fieldCount(record); c++) {
    const cell = table.cell(record, c).trim();
    if (cell === '') continue;
    cells++;
    const shape = shapeOf(cell);
    const below = valuesBelow(table, record, c);
    if (below.length === 0 || below.filter((v) => shapeOf(v) === shape).length < below.length / 3) continue;
    alike++;
    if (/\p{L}/u.test(cell) && /\d/.test(cell)) mixed++;
  }
  return cells >= 3 && alike >= 0.5 * cells && mixed >= 2;
}

/**
 * Finds the record that holds the column headers: the first record, scanning
 * down past title and metadata rows, whose cells are filled about as wide as
 * the data below it and do not look like data themselves. Returns -1 when
 * the very first record already looks like data (no header row).
 */
export function detectHeaderRecord(table: RawTable): number {
  const n = table.recordCount;
  if (n === 0) return -1;
  const scan = Math.min(n, SCAN_RECORDS);
  for (let r = 0; r < scan; r++) {
    const cells = nonEmptyCells(table, r);
    const below = r + 1 < n ? modalWidth(table, r + 1) : cells.length;
    const wideEnough = cells.length >= Math.max(1, Math.ceil(below * 0.5)) && (cells.length >= 2 || below <= 1);
    if (!wideEnough) continue;
    const dataLike = cells.filter(looksLikeData).length > cells.length / 2;
    if (r === 0 && n > 1 && !dataLike && shapedLikeBelow(table, r)) return -1;
    if (!dataLike || numbersColumns(table, r) || idsOverWords(table, r) || kindsChangeBelow(table, r)) return r;
    if (r === 0 && n > 1) return -1;
  }
  return 0;
}

/**
 * Names every column of the table for the given header record: headers as
 * written where they are usable, "Column C" where empty, numbered where
 * repeated. `__proto__` and friends are ordinary names: nothing here keys an
 * object by a header.
 */
export function nameColumns(table: RawTable, headerRecord: number): SourceColumn[] {
  const width = table.width;
  const headerWidth = headerRecord >= 0 ? table.fieldCount(headerRecord) : 0;
  const seen = new Map<string, number>();
  const columns: SourceColumn[] = [];
  for (let c = 0; c < width; c++) {
    const original = headerRecord >= 0 && c < headerWidth ? table.cell(headerRecord, c) : '';
    const cleaned = original.normalize('NFC').replace(/\s+/g, ' ').trim();
    let name: string;
    let naming: SourceColumn['naming'];
    if (headerRecord < 0) {
      name = `Column ${columnLetter(c)}`;
      naming = 'no-header-row';
    } else if (c >= headerWidth) {
      name = `Column ${columnLetter(c)}`;
      naming = 'beyond-header';
    } else if (cleaned === '') {
      name = `Column ${columnLetter(c)}`;
      naming = 'empty-header';
    } else {
      name = cleaned;
      naming = 'as-written';
    }
    const key = name.toLowerCase();
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count > 1) {
      name = `${name} (${count})`;
      naming = naming === 'as-written' ? 'duplicate-header' : naming;
    }
    columns.push({ index: c, original, name, naming });
  }
  return columns;
}
