/** RFC 4180 writing with an explicit dialect: every row gets every column. */
export interface CsvDialectOut {
  readonly delimiter: string;
  readonly lineEnding: '\r\n' | '\n';
  readonly quoting: 'minimal' | 'all';
}

/** Quotes a cell when it holds the delimiter, a quote, a line break, or surrounding spaces (or always, if asked). */
export function csvCell(value: string, dialect: CsvDialectOut): string {
  const needs =
    dialect.quoting === 'all' ||
    value.includes(dialect.delimiter) ||
    value.includes('"') ||
    value.includes('\n') ||
    value.includes('\r') ||
    (value.length > 0 && (value.charCodeAt(0) === 32 || value.charCodeAt(value.length - 1) === 32));
  return needs ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(cells: readonly string[], dialect: CsvDialectOut): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) line += dialect.delimiter;
    line += csvCell(cells[i]!, dialect);
  }
  return line + dialect.lineEnding;
}

const FORMULA_START = /^[=+\-@\t\r\0]/;
/** A signed plain number ("-250", "+33 1 42 14 20 00") is not a formula payload and keeps its sign. */
const PLAIN_NUMBER = /^[+-]?\d[\d .,]*$/;

/**
 * Spreadsheet formula guard (OWASP CSV injection): a cell that a spreadsheet
 * would evaluate gets a leading apostrophe. Plain signed numbers are left
 * alone, so amounts and phone numbers survive.
 */
export function guardFormula(value: string): { value: string; guarded: boolean } {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? { value: `'${value}`, guarded: true } : { value, guarded: false };
}

/**
 * Collects output text in chunks of a few hundred lines, so a large export
 * never becomes one giant string (see research/perf.md §5).
 */
export class ChunkedText {
  readonly chunks: string[] = [];
  private lines: string[] = [];
  private bytes = 0;

  push(line: string): void {
    this.lines.push(line);
    this.bytes += line.length;
    if (this.lines.length >= 256) this.flush();
  }

  flush(): void {
    if (this.lines.length === 0) return;
    this.chunks.push(this.lines.join(''));
    this.lines = [];
  }

  /** Characters written so far. */
  get size(): number {
    return this.bytes;
  }

  finish(): string[] {
    this.flush();
    return this.chunks;
  }
}
