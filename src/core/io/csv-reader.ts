import type { RawTableBuilder} from '../table/raw-table';
import { RecordFlag } from '../table/raw-table';
import { tokenizeCsv, type CsvDialect } from './csv-tokenizer';
import { LineBreakCounter } from './line-breaks';

export interface CsvReadStats {
  /** Blank lines skipped (empty, spaces only, or delimiters only). */
  readonly blankLines: number;
  /** The first blank lines' numbers (capped). */
  readonly blankLineNumbers: readonly number[];
  /** Lines whose quotes could not be paired, read with quotes taken literally. */
  readonly malformedQuoteLines: readonly number[];
  /** Physical lines in the file. */
  readonly lines: number;
  /** Lines taken by Excel's `sep=` directive (0 or 1). */
  readonly directiveLines: number;
}

const LINE_LIST_CAP = 1000;

/**
 * Streams decoded text into a {@link RawTableBuilder}. The dialect is fixed
 * up front (never guessed per chunk). Records keep the physical line they
 * start on. A quote that papaparse cannot pair does not swallow the rest of
 * the file: that one physical line is re-read with quotes taken literally,
 * flagged, and parsing resumes on the next line.
 */
export class CsvReader {
  private pending = '';
  private pendingLine = 1;
  /** Don't re-tokenize a stalled record until the buffer doubles (keeps a runaway quote linear). */
  private retryAt = 0;
  private skipSepLine: boolean;
  private blankLines = 0;
  private readonly blankLineNumbers: number[] = [];
  private readonly malformedQuoteLines: number[] = [];
  /** 1 when an Excel `sep=` line was dropped (it still counts as a line). */
  private sepLines = 0;
  private endsWithBreak = false;
  private sawText = false;
  private nextLine = 1;

  constructor(
    private readonly dialect: CsvDialect,
    private readonly table: RawTableBuilder,
    options: { skipSepLine: boolean },
  ) {
    this.skipSepLine = options.skipSepLine;
  }

  push(text: string): void {
    if (text.length === 0) return;
    this.sawText = true;
    const last = text.charCodeAt(text.length - 1);
    this.endsWithBreak = last === 10 || last === 13;
    this.pending += text;
    if (this.pending.length < this.retryAt) return;
    this.consume(false);
  }

  end(): CsvReadStats {
    this.consume(true);
    this.table.flush();
    return {
      blankLines: this.blankLines,
      blankLineNumbers: this.blankLineNumbers,
      malformedQuoteLines: this.malformedQuoteLines,
      lines: !this.sawText ? 0 : this.endsWithBreak ? this.nextLine - 1 : this.nextLine,
      directiveLines: this.sepLines,
    };
  }

  private consume(final: boolean): void {
    let text = this.pending;
    if (this.skipSepLine) {
      const nl = /\r\n|\n|\r/.exec(text);
      // A CR at the very end may be the first half of a CRLF: wait for the next chunk.
      if ((nl === null || (nl[0] === '\r' && nl.index === text.length - 1)) && !final) return;
      const cut = nl === null ? text.length : nl.index + nl[0].length;
      text = text.slice(cut);
      this.pendingLine += nl === null ? 0 : 1;
      this.sepLines = 1;
      this.skipSepLine = false;
    }
    let start = 0;
    let line = this.pendingLine;
    const breaks = new LineBreakCounter(text);
    for (;;) {
      let recoverAt = -1;
      const sliceStart = start;
      tokenizeCsv(text.slice(sliceStart), this.dialect, final, (row) => {
        if (row.quoteError) {
          recoverAt = start;
          return false;
        }
        const end = sliceStart + row.end;
        const isPhantom = final && end === text.length && row.fields.length === 1 && row.fields[0] === '' && start === end;
        if (!isPhantom) this.record(row.fields, line, 0);
        line += breaks.count(start, end);
        start = end;
        return true;
      });
      if (recoverAt === -1) break;
      // Re-read the offending physical line literally and carry on after it.
      const nl = text.indexOf(this.dialect.newline, recoverAt);
      if (nl === -1 && !final) break; // wait for the rest of the line
      const lineEnd = nl === -1 ? text.length : nl;
      const next = nl === -1 ? text.length : nl + this.dialect.newline.length;
      this.record(text.slice(recoverAt, lineEnd).split(this.dialect.delimiter), line, RecordFlag.malformedQuotes);
      if (this.malformedQuoteLines.length < LINE_LIST_CAP) this.malformedQuoteLines.push(line);
      line += breaks.count(recoverAt, next);
      start = next;
      if (start >= text.length) break;
    }
    this.nextLine = line;
    if (final) {
      this.pending = '';
      return;
    }
    const stalled = start === 0;
    this.pending = text.slice(start);
    this.pendingLine = line;
    this.retryAt = stalled ? this.pending.length * 2 : 0;
  }

  private record(fields: string[], line: number, flags: number): void {
    let blank = true;
    for (let i = 0; i < fields.length; i++) {
      if (fields[i]!.trim() !== '') {
        blank = false;
        break;
      }
    }
    if (blank) {
      this.blankLines++;
      if (this.blankLineNumbers.length < LINE_LIST_CAP) this.blankLineNumbers.push(line);
      return;
    }
    this.table.append(fields, line, flags);
  }
}
