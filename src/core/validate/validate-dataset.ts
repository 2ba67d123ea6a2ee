import type { RowIndex } from '../brand';
import type { Dataset } from '../table/dataset';
import { issue, SEVERITY_RANK, type Issue } from '../issues';
import { fold } from '../text/fold';
import { RE2JS } from 're2js';
import type { CompiledTarget } from './compile';
import { evaluateRow, type RowEvaluation } from './evaluate-row';
import { IssueIndex } from './issue-index';

/** Rows per key, storing a plain number until a key repeats. */
class KeyRows {
  private readonly map = new Map<string, number | number[]>();
  add(key: string, row: number): void {
    const had = this.map.get(key);
    if (had === undefined) this.map.set(key, row);
    else if (typeof had === 'number') this.map.set(key, [had, row]);
    else had.push(row);
  }
  rows(key: string): readonly number[] {
    const had = this.map.get(key);
    return had === undefined ? [] : typeof had === 'number' ? [had] : had;
  }
  has(key: string): boolean {
    return this.map.has(key);
  }
  *repeated(): Generator<readonly number[]> {
    for (const v of this.map.values()) if (typeof v !== 'number') yield v;
  }
}

interface UniqueCheck {
  readonly kind: 'unique';
  readonly field: number;
  readonly caseInsensitive: boolean;
  readonly keys: KeyRows;
}
interface UnlessCheck {
  readonly kind: 'unique-unless';
  readonly field: number;
  readonly unless: number;
  readonly severity: 'error' | 'warning';
  readonly keys: KeyRows;
}
interface GroupCheck {
  readonly kind: 'one-per-group';
  readonly field: number;
  readonly value: string;
  readonly groupBy: readonly number[];
  readonly severity: 'error' | 'warning';
  readonly keys: KeyRows;
}
interface ReferenceCheck {
  readonly kind: 'reference';
  readonly field: number;
  readonly referenced: number;
  readonly external: RE2JS | null;
}
type CrossCheck = UniqueCheck | UnlessCheck | GroupCheck | ReferenceCheck;

const uniqueKey = (v: string, caseInsensitive: boolean) => (caseInsensitive ? v.normalize('NFC').toLowerCase() : v.normalize('NFC'));

/** Cross-row checks of a target, built from its fields and file rules. */
function crossChecks(ct: CompiledTarget): CrossCheck[] {
  const checks: CrossCheck[] = [];
  for (const cf of ct.fields) {
    if (cf.field.unique !== 'no') checks.push({ kind: 'unique', field: cf.index, caseInsensitive: cf.field.unique === 'case-insensitive', keys: new KeyRows() });
    const t = cf.field.type;
    if (t.kind === 'reference' && (t.target === 'self' || t.target === ct.target.id)) {
      const referenced = ct.indexOf.get(t.field);
      if (referenced !== undefined) checks.push({ kind: 'reference', field: cf.index, referenced, external: t.externalPattern === undefined ? null : RE2JS.compile(`^(?:${t.externalPattern})$`) });
    }
  }
  for (const rule of ct.fileRules) {
    if (rule.kind === 'unique-unless') checks.push({ kind: 'unique-unless', field: ct.indexOf.get(rule.field)!, unless: ct.indexOf.get(rule.unless)!, severity: rule.severity, keys: new KeyRows() });
    else checks.push({ kind: 'one-per-group', field: ct.indexOf.get(rule.field)!, value: rule.value, groupBy: rule.groupBy.map((f) => ct.indexOf.get(f)!), severity: rule.severity, keys: new KeyRows() });
  }
  return checks;
}

function groupKey(values: readonly (string | null)[], groupBy: readonly number[]): string | null {
  const parts = groupBy.map((i) => values[i]);
  if (parts.every((p) => p === null || p === undefined)) return null;
  return parts.map((p) => fold(p ?? '')).join('\u0000');
}

export interface ValidationHooks {
  readonly onProgress?: (rowsDone: number) => void;
  readonly isCancelled?: () => boolean;
  /** Lets a worker handle messages (cancel, page requests) during a long run. */
  readonly yieldNow?: () => Promise<void>;
}

const YIELD_EVERY_MS = 40;

/** The result of validating a whole dataset against a compiled target. */
export class Validation {
  private constructor(
    readonly ct: CompiledTarget,
    readonly dataset: Dataset,
    readonly index: IssueIndex,
    private readonly checks: readonly CrossCheck[],
    private readonly referencedKeys: ReadonlyMap<number, ReadonlySet<string>>,
  ) {}

  /**
   * Validates every row: field grammars, derivations and record rules row by
   * row, then uniqueness, identity, per-group and in-file reference rules
   * across rows. Returns null when cancelled.
   */
  static async run(ct: CompiledTarget, dataset: Dataset, hooks: ValidationHooks = {}): Promise<Validation | null> {
    const index = new IssueIndex(dataset.rowCount);
    const checks = crossChecks(ct);
    const referenced = new Map<number, Set<string>>();
    for (const c of checks) if (c.kind === 'reference' && !referenced.has(c.referenced)) referenced.set(c.referenced, new Set());
    const refValues: { check: ReferenceCheck; row: number; value: string }[] = [];
    let lastYield = performance.now();

    for (let row = 0; row < dataset.rowCount; row++) {
      const ev = evaluateRow(ct, dataset, row);
      for (const i of ev.issues) index.add(row, i.field, i.code, i.severity);
      for (const [field, set] of referenced) {
        const v = ev.values[field];
        if (v !== null && v !== undefined) set.add(v);
      }
      for (const c of checks) collect(c, ev, row, refValues);
      if ((row & 1023) === 1023) {
        hooks.onProgress?.(row + 1);
        if (hooks.isCancelled?.() === true) return null;
        if (hooks.yieldNow !== undefined && performance.now() - lastYield > YIELD_EVERY_MS) {
          await hooks.yieldNow();
          lastYield = performance.now();
        }
      }
    }
    const validation = new Validation(ct, dataset, index, checks, referenced);
    validation.markCrossRow(refValues);
    hooks.onProgress?.(dataset.rowCount);
    return validation;
  }

  private markCrossRow(refValues: readonly { check: ReferenceCheck; row: number; value: string }[]): void {
    for (const c of this.checks) {
      if (c.kind === 'reference') continue;
      const key = this.ct.fields[c.field]!.field.key;
      const code = c.kind === 'unique' ? 'duplicate' : c.kind === 'unique-unless' ? 'ambiguous-identity' : 'one-per-group';
      const severity = c.kind === 'unique' ? 'error' : c.severity;
      for (const rows of c.keys.repeated()) for (const r of rows) this.index.add(r, key, code, severity);
    }
    for (const { check, row, value } of refValues) {
      if (!this.referencedKeys.get(check.referenced)!.has(value)) this.index.add(row, this.ct.fields[check.field]!.field.key, 'unknown-reference', 'error');
    }
  }

  /** Every issue of one row, with values and params, in field order (row-level first). */
  rowIssues(row: RowIndex): Issue[] {
    const ev = evaluateRow(this.ct, this.dataset, row);
    const out: Issue[] = ev.issues.map((i) => ({ row, field: i.field, code: i.code, severity: i.severity, value: i.value, params: i.params ?? {} }));
    for (const c of this.checks) {
      const extra = this.crossIssue(c, ev, row);
      if (extra !== null) out.push(extra);
    }
    const order = new Map(this.ct.fields.map((f, i) => [f.field.key, i]));
    return out.sort((a, b) => (a.field === null ? -1 : (order.get(a.field) ?? 0)) - (b.field === null ? -1 : (order.get(b.field) ?? 0)) || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  }

  /** The evaluated values of a row (for display and export). */
  evaluate(row: number): RowEvaluation {
    return evaluateRow(this.ct, this.dataset, row);
  }

  /** True when the row has an error and must not be exported. */
  isError(row: number): boolean {
    return this.index.rowRank[row] === SEVERITY_RANK.error;
  }

  private crossIssue(c: CrossCheck, ev: RowEvaluation, row: RowIndex): Issue | null {
    const cf = this.ct.fields[c.field]!;
    const value = ev.values[c.field];
    if (value === null || value === undefined) return null;
    const raw = ev.raw[c.field]!;
    const lines = (rows: readonly number[]) => rows.filter((r) => r !== row).map((r) => this.dataset.line(r));
    switch (c.kind) {
      case 'unique': {
        const rows = c.keys.rows(uniqueKey(value, c.caseInsensitive));
        return rows.length > 1 ? { row, field: cf.field.key, code: 'duplicate', severity: 'error', value: raw, params: { lines: lines(rows) } } : null;
      }
      case 'unique-unless': {
        if (ev.values[c.unless] !== null) return null;
        const rows = c.keys.rows(fold(value));
        return rows.length > 1 ? { row, field: cf.field.key, code: 'ambiguous-identity', severity: c.severity, value: raw, params: { lines: lines(rows), unless: this.ct.fields[c.unless]!.field.key } } : null;
      }
      case 'one-per-group': {
        if (value !== c.value) return null;
        const key = groupKey(ev.values, c.groupBy);
        const rows = key === null ? [] : c.keys.rows(key);
        return rows.length > 1 ? { row, field: cf.field.key, code: 'one-per-group', severity: c.severity, value: raw, params: { lines: lines(rows) } } : null;
      }
      case 'reference': {
        if (c.external?.matches(value) === true || this.referencedKeys.get(c.referenced)!.has(value)) return null;
        const d = issue('unknown-reference', { field: this.ct.fields[c.referenced]!.field.key });
        return { row, field: cf.field.key, code: d.code, severity: d.severity, value: raw, params: d.params ?? {} };
      }
    }
  }
}

function collect(c: CrossCheck, ev: RowEvaluation, row: number, refValues: { check: ReferenceCheck; row: number; value: string }[]): void {
  const value = ev.values[c.field];
  if (value === null || value === undefined) return;
  switch (c.kind) {
    case 'unique':
      c.keys.add(uniqueKey(value, c.caseInsensitive), row);
      break;
    case 'unique-unless':
      if (ev.values[c.unless] === null) c.keys.add(fold(value), row);
      break;
    case 'one-per-group': {
      if (value !== c.value) break;
      const key = groupKey(ev.values, c.groupBy);
      if (key !== null) c.keys.add(key, row);
      break;
    }
    case 'reference':
      if (c.external?.matches(value) !== true) refValues.push({ check: c, row, value });
      break;
  }
}
