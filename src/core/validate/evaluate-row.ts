import Big from 'big.js';
import type { Dataset } from '../table/dataset';
import { info, issue, warning, type IssueDraft } from '../issues';
import type { CompiledTarget } from './compile';

/** An issue found on one row before it is tied to the row number. */
export interface RowIssue extends IssueDraft {
  /** Target field key, or null for the whole row. */
  readonly field: string | null;
  /** The source text the issue is about. */
  readonly value: string;
}

export interface RowEvaluation {
  /** Canonical value per target field (index as in the target), null when empty. */
  readonly values: (string | null)[];
  /** The source text per field (joined columns or constant), '' when unmapped. */
  readonly raw: string[];
  readonly issues: RowIssue[];
}

const EXCEL_ERROR = /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/;

const isNegative = (v: string) => v.startsWith('-');
const abs = (v: string) => (isNegative(v) ? v.slice(1) : v);

/** The raw text a field gets from a row: one column, several joined, or a constant. */
export function sourceText(ct: CompiledTarget, dataset: Dataset, row: number, fieldIndex: number): string {
  const source = ct.fields[fieldIndex]!.source;
  switch (source.kind) {
    case 'none':
      return '';
    case 'constant':
      return source.value;
    case 'columns': {
      if (source.columns.length === 1) return dataset.cell(row, source.columns[0]!);
      const parts: string[] = [];
      for (const c of source.columns) {
        const v = dataset.cell(row, c).trim();
        if (v !== '') parts.push(v);
      }
      return parts.join(source.separator);
    }
  }
}

/**
 * Evaluates one row: reads every mapped field through its compiled schema,
 * runs the target's derivations (visibly), then required fields and record
 * rules. Cross-row rules (uniqueness, references) are not here: they need
 * the whole file and live in the validation pass.
 */
export function evaluateRow(ct: CompiledTarget, dataset: Dataset, row: number): RowEvaluation {
  const n = ct.fields.length;
  const values: (string | null)[] = new Array<string | null>(n).fill(null);
  const raw: string[] = new Array<string>(n).fill('');
  const issues: RowIssue[] = [];
  const add = (field: string | null, value: string, draft: IssueDraft) => issues.push({ ...draft, field, value });

  const fields = dataset.fieldCount(row);
  if (dataset.malformedQuotes(row)) add(null, '', issue('malformed-quotes'));
  if (dataset.headerRecord >= 0 && fields < dataset.headerWidth) add(null, '', warning('too-few-fields', { expected: dataset.headerWidth, found: fields }));
  else if (dataset.headerRecord >= 0 && fields > dataset.headerWidth) {
    let extra = false;
    for (let c = dataset.headerWidth; c < fields; c++) if (dataset.cell(row, c).trim() !== '') extra = true;
    if (extra) add(null, '', warning('too-many-fields', { expected: dataset.headerWidth, found: fields }));
  }

  for (let i = 0; i < n; i++) {
    const text = sourceText(ct, dataset, row, i);
    raw[i] = text;
    const trimmed = text.trim();
    if (trimmed === '') continue;
    const key = ct.fields[i]!.field.key;
    if (EXCEL_ERROR.test(trimmed)) {
      add(key, text, issue('excel-error-value', { written: trimmed }));
      continue;
    }
    const outcome = ct.fields[i]!.codec.check(trimmed);
    if (outcome.ok) {
      values[i] = outcome.value;
      for (const note of outcome.notes) add(key, text, note);
    } else {
      for (const d of outcome.issues) add(key, text, d);
    }
  }

  applyDerivations(ct, values, raw, add);

  for (let i = 0; i < n; i++) {
    const cf = ct.fields[i]!;
    const v = values[i];
    if (cf.deferredMin !== undefined && v !== null && v !== undefined && (cf.deferredMin === '0' ? isNegative(v) : new Big(v).lt(cf.deferredMin))) {
      add(cf.field.key, raw[i]!, issue('below-minimum', { min: cf.deferredMin }));
      values[i] = null;
    }
    if (cf.field.required && values[i] === null && raw[i]!.trim() === '') add(cf.field.key, '', issue('required'));
  }

  checkRecordRules(ct, values, raw, add);
  return { values, raw, issues };
}

type Add = (field: string | null, value: string, draft: IssueDraft) => void;

function applyDerivations(ct: CompiledTarget, values: (string | null)[], raw: string[], add: Add): void {
  for (const d of ct.derivations) {
    const fieldAt = ct.indexOf.get(d.field)!;
    const amountAt = ct.indexOf.get(d.amount)!;
    if (d.kind === 'sign-to-enum') {
      const amount = values[amountAt];
      if (amount === null || amount === undefined) continue;
      // Only an empty type is derived: a type that was written but not understood stays an error.
      if (raw[fieldAt]!.trim() !== '' && values[fieldAt] === null) continue;
      if (values[fieldAt] !== null) {
        // A signed ledger that also has a type column: a sign that agrees with the type is dropped, visibly.
        if (isNegative(amount) && values[fieldAt] === d.negative) {
          values[amountAt] = abs(amount);
          add(d.amount, raw[amountAt]!, info('sign-removed', { amount: raw[amountAt]!.trim(), value: d.negative }));
        }
        continue;
      }
      const negative = isNegative(amount);
      values[fieldAt] = negative ? d.negative : d.positive;
      values[amountAt] = abs(amount);
      add(d.field, raw[amountAt]!, info('derived-from-sign', { amount: raw[amountAt]!.trim(), value: values[fieldAt]! }));
    } else {
      // An amount mapped directly wins; otherwise the amount comes from the side that holds it, even
      // where a type column is mapped too (dropping it would lose the figure).
      if (values[amountAt] !== null) continue;
      const filled = d.sources
        .map((s) => ({ source: s, at: ct.indexOf.get(s.field)! }))
        .filter(({ at }) => values[at] !== null && values[at] !== undefined && !/^-?0*(\.0*)?$/.test(values[at]!));
      if (filled.length > 1) {
        add(d.amount, '', issue('split-amount-conflict', { fields: filled.map((f) => f.source.field) }));
        continue;
      }
      const only = filled[0];
      if (only === undefined) continue;
      const amount = values[only.at]!;
      // A negative figure in a one-sided column (a refund in "Debit") belongs to the other side.
      const other = d.sources.find((s) => s !== only.source);
      const side = isNegative(amount) && other !== undefined ? other.value : only.source.value;
      values[amountAt] = abs(amount);
      if (values[fieldAt] === null) {
        // A type that was written but not understood stays an error; an empty one comes from the side.
        if (raw[fieldAt]!.trim() !== '') continue;
        values[fieldAt] = side;
        add(d.field, raw[only.at]!, info('derived-from-split', { column: only.source.field, value: side }));
      } else if (values[fieldAt] !== side) {
        // The type column says one thing, the column holding the amount another: the ledger's columns
        // are its bookkeeping, the type a word mapped to a value; the side wins, visibly.
        add(d.field, raw[fieldAt]!, warning('split-type-conflict', { written: raw[fieldAt]!.trim(), value: side, column: only.source.field }));
        values[fieldAt] = side;
      }
    }
  }
}

const filled = (values: (string | null)[], ct: CompiledTarget, key: string) => values[ct.indexOf.get(key)!] !== null;

function checkRecordRules(ct: CompiledTarget, values: (string | null)[], raw: string[], add: Add): void {
  // A field that failed its grammar still counts as "present" for record rules: the user wrote something.
  const present = (key: string) => filled(values, ct, key) || raw[ct.indexOf.get(key)!]!.trim() !== '';
  for (const rule of ct.rules) {
    const sev = rule.severity;
    switch (rule.kind) {
      case 'require-one-of':
        if (!rule.groups.some((g) => g.every(present))) add(rule.groups[0]![0]!, '', { code: 'require-one-of', severity: sev, params: { groups: rule.groups.map((g) => g.join('+')) } });
        break;
      case 'all-or-none': {
        const have = rule.fields.filter(present);
        if (have.length > 0 && have.length < rule.fields.length) {
          const missing = rule.fields.filter((f) => !present(f));
          add(missing[0]!, '', { code: 'all-or-none', severity: sev, params: { fields: rule.fields, missing } });
        }
        break;
      }
      case 'only-with': {
        const missing = rule.requires.filter((f) => !present(f));
        if (present(rule.field) && missing.length > 0) add(rule.field, raw[ct.indexOf.get(rule.field)!]!, { code: 'only-with', severity: sev, params: { requires: rule.requires, missing } });
        break;
      }
      case 'mutually-exclusive': {
        const have = rule.fields.filter(present);
        if (have.length > 1) add(have[1]!, '', { code: 'mutually-exclusive', severity: sev, params: { fields: have } });
        break;
      }
      case 'product': {
        const at = (k: string) => values[ct.indexOf.get(k)!];
        const total = at(rule.field);
        const factors = rule.factors.map(at);
        if (total === null || total === undefined || factors.some((f) => f === null || f === undefined)) break;
        const product = factors.reduce((acc: Big, f) => acc.times(f!), new Big(1));
        if (!product.eq(total)) add(rule.field, raw[ct.indexOf.get(rule.field)!]!, { code: 'product-mismatch', severity: sev, params: { factors: rule.factors, expected: product.toString() } });
        break;
      }
      case 'required-if': {
        const v = values[ct.indexOf.get(rule.field)!];
        const applies = v !== null && v !== undefined && (rule.values === undefined || rule.values.some((x) => x.toLowerCase() === v.toLowerCase()));
        if (!applies) break;
        const missing = rule.require.filter((f) => !present(f));
        if (missing.length > 0) add(missing[0]!, '', { code: 'required-if', severity: sev, params: { field: rule.field, value: v, missing } });
        break;
      }
    }
  }
}
