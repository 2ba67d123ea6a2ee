import Papa from 'papaparse';

/** The dialect Ferry always passes explicitly: papaparse never guesses. */
export interface CsvDialect {
  readonly delimiter: string;
  readonly newline: '\r\n' | '\n' | '\r';
}

/** One record as papaparse saw it. */
export interface TokenizedRow {
  readonly fields: string[];
  /** Offset just past the record (and its line break) in the tokenized text. */
  readonly end: number;
  /** papaparse met a quote it could not pair (InvalidQuotes / MissingQuotes). */
  readonly quoteError: boolean;
}

interface StepResult {
  /** In step mode papaparse's Parser hands over one record at a time. */
  data: string[][];
  errors: { code?: string }[];
  meta: { cursor: number };
}

/**
 * Tokenizes `text` with papaparse's parser (header:false, no typing, no
 * comments, fastMode off). Calls `onRow` for every complete record; return
 * false from it to stop. When `final` is false the trailing incomplete
 * record is left alone. Returns the offset where parsing stopped: the start
 * of the first record not delivered.
 */
export function tokenizeCsv(
  text: string,
  dialect: CsvDialect,
  final: boolean,
  onRow: (row: TokenizedRow) => boolean,
): number {
  let consumed = 0;
  const parser = new Papa.Parser({
    delimiter: dialect.delimiter,
    newline: dialect.newline,
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    comments: false,
    fastMode: false,
    step(results: StepResult) {
      const end = results.meta.cursor;
      const quoteError = results.errors.some((e) => e.code === 'InvalidQuotes' || e.code === 'MissingQuotes');
      const keepGoing = onRow({ fields: results.data[0] ?? [''], end, quoteError });
      if (keepGoing) consumed = end;
      else parser.abort();
    },
  } as Papa.ParseConfig);
  parser.parse(text, 0, !final);
  return consumed;
}
