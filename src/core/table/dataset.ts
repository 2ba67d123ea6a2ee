import type { SourceLine } from '../brand';
import { nameColumns, type SourceColumn } from './header-row';
import { RecordFlag, type RawTable } from './raw-table';

/**
 * A raw table seen through a header choice: the header record names the
 * columns, the records before it are preamble, the records after it are the
 * data rows (RowIndex 0 is the first record after the header).
 */
export class Dataset {
  readonly columns: readonly SourceColumn[];
  readonly rowCount: number;
  /** Fields in the header record (0 without a header row). */
  readonly headerWidth: number;
  private readonly first: number;

  constructor(
    readonly table: RawTable,
    /** Record index of the header, or -1 when the file has no header row. */
    readonly headerRecord: number,
  ) {
    this.columns = nameColumns(table, headerRecord);
    this.first = headerRecord + 1;
    this.rowCount = Math.max(0, table.recordCount - this.first);
    this.headerWidth = headerRecord >= 0 ? table.fieldCount(headerRecord) : table.width;
  }

  cell(row: number, column: number): string {
    return this.table.cell(this.first + row, column);
  }

  line(row: number): SourceLine {
    return this.table.line(this.first + row);
  }

  fieldCount(row: number): number {
    return this.table.fieldCount(this.first + row);
  }

  malformedQuotes(row: number): boolean {
    return (this.table.flags(this.first + row) & RecordFlag.malformedQuotes) !== 0;
  }

  /** Physical lines of the records above the header (titles, notes) plus the header's own. */
  preambleLines(): number[] {
    const lines: number[] = [];
    for (let r = 0; r < this.first; r++) lines.push(this.table.line(r));
    return lines;
  }

  /** Up to `limit` values of a column, for profiling and display. */
  sample(column: number, limit: number): string[] {
    const out: string[] = [];
    for (let r = 0; r < this.rowCount && out.length < limit; r++) out.push(this.cell(r, column));
    return out;
  }
}
