import { SEVERITY_RANK, type IssueCode, type Severity } from '../issues';

/** Rows carrying one (field, code) pair, kept as a growable Uint32Array. */
class RowList {
  rows = new Uint32Array(16);
  length = 0;
  push(row: number): void {
    if (this.length > 0 && this.rows[this.length - 1] === row) return; // once per row
    if (this.length === this.rows.length) {
      const grown = new Uint32Array(this.rows.length * 2);
      grown.set(this.rows);
      this.rows = grown;
    }
    this.rows[this.length++] = row;
  }
}

export interface IssueGroup {
  readonly field: string | null;
  readonly code: IssueCode;
  readonly severity: Severity;
  /** Rows with this issue. */
  readonly count: number;
}

/**
 * Issues stored apart from rows: for every (field, code, severity) the rows
 * that carry it, plus each row's worst severity. Details (values, params,
 * messages) are recomputed for the rows on screen or in the report, so a
 * million-row file with every row wrong costs a few megabytes here.
 */
export class IssueIndex {
  private readonly groups = new Map<string, { field: string | null; code: IssueCode; severity: Severity; list: RowList }>();
  /** 0 none, then SEVERITY_RANK: 1 info, 2 warning, 3 error. */
  readonly rowRank: Uint8Array;

  constructor(rowCount: number) {
    this.rowRank = new Uint8Array(rowCount);
  }

  add(row: number, field: string | null, code: IssueCode, severity: Severity): void {
    const key = `${field ?? ''}\u0000${code}\u0000${severity}`;
    let g = this.groups.get(key);
    if (g === undefined) {
      g = { field, code, severity, list: new RowList() };
      this.groups.set(key, g);
    }
    g.list.push(row);
    const rank = SEVERITY_RANK[severity];
    if (rank > this.rowRank[row]!) this.rowRank[row] = rank;
  }

  /** Groups, errors first, then by how many rows they touch. */
  summary(): IssueGroup[] {
    return [...this.groups.values()]
      .map((g) => ({ field: g.field, code: g.code, severity: g.severity, count: g.list.length }))
      .sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || b.count - a.count);
  }

  /** Rows (ascending) carrying `code` on `field`; `field` undefined means any field. */
  rowsWith(filter: { field?: string | null; code?: IssueCode; severity?: Severity }): Uint32Array {
    const lists: Uint32Array[] = [];
    for (const g of this.groups.values()) {
      if (filter.field !== undefined && g.field !== filter.field) continue;
      if (filter.code !== undefined && g.code !== filter.code) continue;
      if (filter.severity !== undefined && g.severity !== filter.severity) continue;
      lists.push(g.list.rows.subarray(0, g.list.length));
    }
    if (lists.length === 1) return lists[0]!.slice();
    const seen = new Uint8Array(this.rowRank.length);
    for (const l of lists) for (const r of l) seen[r] = 1;
    let n = 0;
    for (let r = 0; r < seen.length; r++) if (seen[r] === 1) n++;
    const out = new Uint32Array(n);
    let k = 0;
    for (let r = 0; r < seen.length; r++) if (seen[r] === 1) out[k++] = r;
    return out;
  }

  count(rank: number): number {
    let n = 0;
    for (const r of this.rowRank) if (r === rank) n++;
    return n;
  }
}
