import type { ColumnIndex } from '../brand';
import type { ReadOptions } from '../grammar/types';

/** Where a target field's value comes from. */
export type FieldSource =
  /** One source column, or several joined with `separator` (e.g. first and last name). */
  | { readonly kind: 'columns'; readonly columns: readonly ColumnIndex[]; readonly separator: string }
  /** The same value on every row (e.g. Status = Open). */
  | { readonly kind: 'constant'; readonly value: string }
  /** Not in this file. */
  | { readonly kind: 'none' };

/** A source value the user (or Ferry) matched to one of an enum's allowed values. */
export interface ValueMapEntry {
  readonly from: string;
  readonly to: string;
  /** Ferry's guess from a close spelling, applied but shown for the user to confirm; never saved in a profile. */
  readonly guessed?: true | undefined;
}

export interface FieldMapping {
  readonly field: string;
  readonly source: FieldSource;
  readonly options: ReadOptions;
  /** Enum value map. Arrays of pairs, not objects: source values are user data ("__proto__" included). */
  readonly valueMap: readonly ValueMapEntry[];
}

/** A complete mapping of one dataset onto one target. Fields absent from `fields` are not mapped. */
export interface Mapping {
  readonly targetId: string;
  readonly fields: readonly FieldMapping[];
}

export const NO_SOURCE: FieldSource = { kind: 'none' };

export function fieldMapping(mapping: Mapping, field: string): FieldMapping | undefined {
  return mapping.fields.find((f) => f.field === field);
}

export function isMapped(source: FieldSource): boolean {
  return source.kind === 'constant' ? source.value.trim() !== '' : source.kind === 'columns' && source.columns.length > 0;
}
