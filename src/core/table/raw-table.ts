/**
 * The columnar raw table: every record of a source file as the exact strings
 * the file holds, with its original line number. Rows are stored in blocks;
 * inside a block each column is one string plus a Uint32Array of cell ends,
 * so a million-row file costs a few large strings instead of ten million
 * small ones (see shared/research/perf.md, "GC matters more than the parser").
 */
import { sourceLine, type SourceLine } from '../brand';

const BLOCK_BITS = 13;
const BLOCK_SIZE = 1 << BLOCK_BITS; // 8,192 records
const BLOCK_MASK = BLOCK_SIZE - 1;

/** Per-record flags. */
export const RecordFlag = {
  /** A quote could not be paired; the line was read with quotes taken literally. */
  malformedQuotes: 1,
} as const;

interface ColumnChunk {
  readonly text: string;
  readonly ends: Uint32Array;
}

interface Block {
  readonly columns: readonly (ColumnChunk | undefined)[];
}

/** Read access to a raw table. */
export interface RawTable {
  /** Records stored (blank lines are not records). */
  readonly recordCount: number;
  /** Largest field count of any record. */
  readonly width: number;
  /** The exact cell text ('' past the record's last field). */
  cell(record: number, column: number): string;
  /** How many fields the record had in the file. */
  fieldCount(record: number): number;
  /** 1-based physical line (or sheet row) where the record starts. */
  line(record: number): SourceLine;
  flags(record: number): number;
}

function growUint32(a: Uint32Array<ArrayBuffer>, min: number): Uint32Array<ArrayBuffer> {
  if (a.length >= min) return a;
  const b = new Uint32Array(Math.max(min, a.length * 2));
  b.set(a);
  return b;
}

/** Builds a {@link RawTable} one record at a time. */
export class RawTableBuilder implements RawTable {
  private readonly blocks: Block[] = [];
  private pending: string[][] = []; // column -> cells of the open block
  private pendingCount = 0;
  private lines = new Uint32Array(1024);
  private counts = new Uint32Array(1024);
  private recordFlags = new Uint8Array(1024);
  private n = 0;
  private maxWidth = 0;

  get recordCount(): number {
    return this.n;
  }

  get width(): number {
    return this.maxWidth;
  }

  append(fields: readonly string[], line: number, flags = 0): void {
    const i = this.n;
    this.lines = growUint32(this.lines, i + 1);
    this.counts = growUint32(this.counts, i + 1);
    if (this.recordFlags.length <= i) {
      const f = new Uint8Array(this.recordFlags.length * 2);
      f.set(this.recordFlags);
      this.recordFlags = f;
    }
    this.lines[i] = line;
    this.counts[i] = fields.length;
    this.recordFlags[i] = flags;
    if (fields.length > this.maxWidth) this.maxWidth = fields.length;
    const slot = this.pendingCount;
    for (let c = 0; c < fields.length; c++) {
      let col = this.pending[c];
      if (col === undefined) {
        col = new Array<string>(slot).fill('');
        this.pending[c] = col;
      }
      col.length = slot; // pad when earlier records had fewer fields
      col.push(fields[c]!);
    }
    this.pendingCount++;
    this.n++;
    if (this.pendingCount === BLOCK_SIZE) this.flush();
  }

  /** Seals the open block (called automatically; call once at the end). */
  flush(): void {
    if (this.pendingCount === 0) return;
    const count = this.pendingCount;
    const columns: (ColumnChunk | undefined)[] = [];
    for (let c = 0; c < this.pending.length; c++) {
      const cells = this.pending[c];
      if (cells === undefined) {
        columns.push(undefined);
        continue;
      }
      const ends = new Uint32Array(count);
      let at = 0;
      for (let r = 0; r < count; r++) {
        const v = cells[r];
        if (v !== undefined) at += v.length;
        ends[r] = at;
      }
      cells.length = count;
      columns.push({ text: cells.join(''), ends });
    }
    this.blocks.push({ columns });
    this.pending = [];
    this.pendingCount = 0;
  }

  cell(record: number, column: number): string {
    const block = this.blocks[record >>> BLOCK_BITS];
    if (block === undefined) return this.pendingCell(record, column);
    const chunk = block.columns[column];
    if (chunk === undefined) return '';
    const i = record & BLOCK_MASK;
    const start = i === 0 ? 0 : chunk.ends[i - 1]!;
    return chunk.text.slice(start, chunk.ends[i]);
  }

  private pendingCell(record: number, column: number): string {
    const i = record - this.blocks.length * BLOCK_SIZE;
    return this.pending[column]?.[i] ?? '';
  }

  fieldCount(record: number): number {
    return this.counts[record] ?? 0;
  }

  line(record: number): SourceLine {
    return sourceLine(this.lines[record] ?? 0);
  }

  flags(record: number): number {
    return this.recordFlags[record] ?? 0;
  }
}
