import { tokenizeCsv, type CsvDialect } from './csv-tokenizer';

export const CANDIDATE_DELIMITERS = [',', ';', '\t', '|'] as const;

export interface DialectGuess extends CsvDialect {
  /** The file starts with Excel's `sep=X` line, which set the delimiter. */
  readonly sepLine: boolean;
  /** How the delimiter was chosen, for display. */
  readonly evidence: 'sep-line' | 'consistent-fields' | 'single-column' | 'override';
  /** Share of sampled records with the modal field count (0..1). */
  readonly consistency: number;
  /** Modal field count for the chosen delimiter. */
  readonly fieldsPerRow: number;
}

const SEP_LINE = /^"?sep=(.)"?(\r\n|\n|\r|$)/;

/** The line ending used most in `text` (ties favour CRLF, then LF). */
export function detectNewline(text: string): CsvDialect['newline'] {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
  }
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) !== 10) cr++;
  }
  if (crlf >= lf && crlf >= cr && crlf > 0) return '\r\n';
  if (cr > lf) return '\r';
  return '\n';
}

/**
 * Detects delimiter and line ending from a decoded prefix of the file (up to
 * a few hundred records, never a single small chunk). Each candidate is
 * tokenized quote-aware; the winner gives the most records the same field
 * count, then the most fields.
 */
export function sniffDialect(prefix: string, complete: boolean): DialectGuess {
  const sep = SEP_LINE.exec(prefix);
  const newline = detectNewline(prefix);
  if (sep !== null && sep[1] !== undefined && sep[1] !== '"') {
    const body = prefix.slice(sep[0].length);
    const stats = fieldStats(body, { delimiter: sep[1], newline }, complete);
    return { delimiter: sep[1], newline, sepLine: true, evidence: 'sep-line', ...stats };
  }
  let best: DialectGuess | null = null;
  for (const delimiter of CANDIDATE_DELIMITERS) {
    const stats = fieldStats(prefix, { delimiter, newline }, complete);
    if (stats.fieldsPerRow < 2) continue;
    const guess: DialectGuess = { delimiter, newline, sepLine: false, evidence: 'consistent-fields', ...stats };
    if (best === null || score(guess) > score(best)) best = guess;
  }
  return best ?? { delimiter: ',', newline, sepLine: false, evidence: 'single-column', consistency: 1, fieldsPerRow: 1 };
}

const score = (g: DialectGuess) => g.consistency * 1000 + Math.min(g.fieldsPerRow, 999);

const SAMPLE_RECORDS = 500;

function fieldStats(text: string, dialect: CsvDialect, complete: boolean): { consistency: number; fieldsPerRow: number } {
  const counts = new Map<number, number>();
  let records = 0;
  tokenizeCsv(text, dialect, complete, ({ fields }) => {
    const blank = fields.every((f) => f.trim() === '');
    if (!blank) {
      counts.set(fields.length, (counts.get(fields.length) ?? 0) + 1);
      records++;
    }
    return records < SAMPLE_RECORDS;
  });
  let mode = 0;
  let modeCount = 0;
  for (const [n, c] of counts) {
    if (c > modeCount || (c === modeCount && n > mode)) {
      mode = n;
      modeCount = c;
    }
  }
  return { consistency: records === 0 ? 0 : modeCount / records, fieldsPerRow: mode };
}
