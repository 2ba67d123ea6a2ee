import { compact } from '../text/fold';
import { compilePattern } from '../grammar/text';
import { relationFields, type Target, type TargetFile } from './target';

/** A problem that the shape schema cannot see: references between parts of a target. */
export interface TargetProblem {
  readonly target: string;
  readonly path: string;
  readonly message: string;
}

const JSON_PATH_SEGMENT = /^(?:[A-Za-z][A-Za-z0-9_-]*|\d{1,4})$/;

/**
 * Checks what a target file's parts say about each other: keys and labels
 * unique, every rule naming fields that exist, enums without clashing
 * spellings, patterns RE2 accepts, references that resolve.
 * `knownTargets` are ids a reference may point to besides this file's own.
 */
export function checkTargetFile(file: TargetFile, knownTargets: ReadonlySet<string> = new Set()): TargetProblem[] {
  const problems: TargetProblem[] = [];
  const ids = new Set(file.targets.map((t) => t.id));
  const targetsById = new Map(file.targets.map((t) => [t.id, t]));
  for (const target of file.targets) {
    const p = (path: string, message: string) => problems.push({ target: target.id, path, message });
    const keys = new Map<string, Target['fields'][number]>();
    const labels = new Set<string>();
    target.fields.forEach((f, i) => {
      if (keys.has(f.key)) p(`fields[${i}].key`, `duplicate field key "${f.key}"`);
      keys.set(f.key, f);
      if (labels.has(f.label.toLowerCase())) p(`fields[${i}].label`, `duplicate label "${f.label}"`);
      labels.add(f.label.toLowerCase());
      if (f.jsonPath !== undefined && !f.jsonPath.split('.').every((s) => JSON_PATH_SEGMENT.test(s))) p(`fields[${i}].jsonPath`, `"${f.jsonPath}" must be dot-separated names or indexes`);
      const t = f.type;
      if (t.kind === 'text' && t.pattern !== undefined) {
        const compiled = compilePattern(t.pattern);
        if (typeof compiled === 'string') p(`fields[${i}].type.pattern`, `pattern not accepted (RE2 syntax, no backreferences or lookaround): ${compiled}`);
      }
      if (t.kind === 'enum') {
        const spellings = new Map<string, string>();
        for (const m of t.values) {
          for (const s of [m.value, ...m.synonyms]) {
            const k = compact(s);
            const owner = spellings.get(k);
            if (owner !== undefined && owner !== m.value) p(`fields[${i}].type.values`, `"${s}" is a spelling of both ${owner} and ${m.value}`);
            spellings.set(k, m.value);
          }
        }
        if (new Set(t.values.map((v) => v.value)).size !== t.values.length) p(`fields[${i}].type.values`, 'duplicate enum value');
      }
      if (t.kind === 'reference') {
        const refTarget = t.target === 'self' ? target : targetsById.get(t.target);
        if (refTarget === undefined && !knownTargets.has(t.target)) p(`fields[${i}].type.target`, `unknown target "${t.target}"`);
        else if (refTarget !== undefined && !refTarget.fields.some((rf) => rf.key === t.field)) p(`fields[${i}].type.field`, `target "${refTarget.id}" has no field "${t.field}"`);
      }
    });
    const need = (path: string, key: string) => {
      if (!keys.has(key)) p(path, `unknown field "${key}"`);
    };
    if (target.recordId !== undefined) need('recordId', target.recordId);
    if (target.recordNumber !== undefined) need('recordNumber', target.recordNumber);
    target.rules.forEach((r, i) => {
      const fields = r.kind === 'require-one-of' ? r.groups.flat() : r.kind === 'only-with' ? [r.field, ...r.requires] : r.kind === 'required-if' ? [r.field, ...r.require] : r.kind === 'product' ? [r.field, ...r.factors] : r.fields;
      for (const k of fields) need(`rules[${i}]`, k);
    });
    target.fileRules.forEach((r, i) => {
      for (const k of r.kind === 'unique-unless' ? [r.field, r.unless] : [r.field, ...r.groupBy]) need(`fileRules[${i}]`, k);
    });
    target.derivations.forEach((d, i) => {
      const fields = d.kind === 'sign-to-enum' ? [d.amount, d.field] : [d.amount, d.field, ...d.sources.map((s) => s.field)];
      for (const k of fields) need(`derivations[${i}]`, k);
      const enumField = keys.get(d.field);
      if (enumField !== undefined) {
        if (enumField.type.kind !== 'enum') p(`derivations[${i}].field`, `"${d.field}" must be an enum field`);
        else {
          const allowed = new Set(enumField.type.values.map((v) => v.value));
          const wanted = d.kind === 'sign-to-enum' ? [d.negative, d.positive] : d.sources.map((s) => s.value);
          for (const w of wanted) if (!allowed.has(w)) p(`derivations[${i}]`, `"${w}" is not a value of ${d.field}`);
        }
      }
    });
    target.relations.forEach((r, i) => {
      for (const k of relationFields(r)) need(`relations[${i}]`, k);
      if (r.kind === 'side' && !target.derivations.some((d) => d.kind === 'split-amount' && d.sources.some((s) => s.field === r.side))) p(`relations[${i}].side`, `"${r.side}" is no side of a split amount`);
    });
    target.csv.columnSets?.forEach((set, i) => {
      for (const k of set) need(`csv.columnSets[${i}]`, k);
    });
  }
  if (ids.size !== file.targets.length) problems.push({ target: file.id, path: 'targets', message: 'duplicate target id' });
  return problems;
}
