import type { Field, Target } from '../schema/target';
import { compileFieldCodec, toIssueDraft } from '../grammar/field-codec';
import type { FieldType } from '../schema/target';
import type { IssueCode } from '../issues';

const AMBIGUOUS = new Set<IssueCode>(['ambiguous-date', 'ambiguous-decimal']);

/** The type without its limits: content evidence asks "is this an amount?", not "is it in range?". */
function kindOnly(type: FieldType): FieldType {
  switch (type.kind) {
    case 'integer':
      return { kind: 'integer' };
    case 'decimal':
      return { kind: 'decimal' };
    case 'text':
      return { kind: 'text' };
    case 'days':
      return { kind: 'days' };
    default:
      return type;
  }
}

/** What a column's values look like, as the share (0..1) of non-empty values each grammar accepts. */
export interface ColumnProfile {
  /** Non-empty values looked at. */
  readonly filled: number;
  /** Distinct non-empty values among them. */
  readonly distinct: number;
  /** Share of values accepted, keyed by content key (see {@link contentKey}). */
  readonly shares: ReadonlyMap<string, number>;
}

/**
 * The content a field expects, as a key shared by fields of the same kind
 * ("email", "date", "enum:<target>.<field>", "taxId:in-gstin"), or null for
 * free text, where content says nothing.
 */
export function contentKey(target: Target, field: Field): string | null {
  const t = field.type;
  switch (t.kind) {
    case 'text':
    case 'reference':
      return null;
    case 'enum':
      return `enum:${target.id}.${field.key}`;
    case 'taxId':
      return `taxId:${t.scheme}`;
    case 'json':
      return `json:${t.shape}`;
    default:
      return t.kind;
  }
}

/** Content kinds strong enough to map a column whose header says nothing. */
export const DISTINCTIVE = (key: string) => /^(email|country|currency|json:object|taxId:(?!any)|enum:)/.test(key);

const MAX_DISTINCT = 300;

/**
 * Profiles columns against every content key the given targets use: each
 * distinct value is read once by each grammar, weighted by how often it
 * occurs. Cost is columns × distinct values (capped) × kinds.
 */
export function profileColumns(samples: readonly (readonly string[])[], targets: readonly Target[]): ColumnProfile[] {
  const readers = new Map<string, (raw: string) => boolean>();
  for (const target of targets) {
    for (const field of target.fields) {
      const key = contentKey(target, field);
      if (key === null || readers.has(key)) continue;
      const codec = compileFieldCodec({ ...field, type: kindOnly(field.type) }, {}, []);
      // Accepted outright, or refused only for want of a column-level choice (day/month order, decimal
      // separator). A value read only with a warning (an unverifiable VAT number, say) is no evidence.
      readers.set(key, (raw) => {
        const r = codec.schema.safeParse(raw);
        if (r.success) return r.data.notes.length === 0;
        return r.error.issues.every((i) => AMBIGUOUS.has(toIssueDraft(i).code));
      });
    }
  }
  return samples.map((values) => {
    const counts = new Map<string, number>();
    let filled = 0;
    for (const v of values) {
      const t = v.trim();
      if (t === '') continue;
      filled++;
      if (counts.size < MAX_DISTINCT || counts.has(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    const considered = [...counts.values()].reduce((a, b) => a + b, 0);
    const shares = new Map<string, number>();
    if (considered > 0) {
      for (const [key, accepts] of readers) {
        let hit = 0;
        for (const [value, n] of counts) if (accepts(value)) hit += n;
        shares.set(key, hit / considered);
      }
    }
    return { filled, distinct: counts.size, shares };
  });
}
