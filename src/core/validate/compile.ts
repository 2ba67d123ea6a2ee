import type { Derivation, Field, FileRule, RecordRule, Target } from '../schema/target';
import { compileFieldCodec, type FieldCodec } from '../grammar/field-codec';
import { NO_SOURCE, fieldMapping, type FieldSource, type Mapping } from '../mapping/mapping';

export interface CompiledField {
  readonly index: number;
  readonly field: Field;
  readonly source: FieldSource;
  readonly codec: FieldCodec;
  /** Set when a derivation needs the signed value first: the minimum is checked after it runs. */
  readonly deferredMin?: string;
}

/** A target and a mapping compiled together, once, into what each row evaluation needs. */
export interface CompiledTarget {
  readonly target: Target;
  readonly fields: readonly CompiledField[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly rules: readonly RecordRule[];
  readonly fileRules: readonly FileRule[];
  readonly derivations: readonly Derivation[];
}

/** Fields whose minimum must wait until a derivation has read the sign. */
function signedAmountFields(target: Target): Set<string> {
  const keys = new Set<string>();
  for (const d of target.derivations) {
    if (d.kind === 'sign-to-enum') keys.add(d.amount);
    if (d.kind === 'split-amount') keys.add(d.amount);
  }
  return keys;
}

export function compileTarget(target: Target, mapping: Mapping): CompiledTarget {
  const signed = signedAmountFields(target);
  const fields: CompiledField[] = target.fields.map((field, index) => {
    const fm = fieldMapping(mapping, field.key);
    const deferMin = signed.has(field.key) && (field.type.kind === 'decimal' || field.type.kind === 'integer') ? field.type.min : undefined;
    const readField: Field = deferMin === undefined ? field : { ...field, type: { ...field.type, min: undefined } as Field['type'] };
    const codec = compileFieldCodec(readField, fm?.options ?? {}, fm?.valueMap ?? []);
    const base = { index, field, source: fm?.source ?? NO_SOURCE, codec };
    return deferMin === undefined ? base : { ...base, deferredMin: deferMin };
  });
  return {
    target,
    fields,
    indexOf: new Map(target.fields.map((f, i) => [f.key, i])),
    rules: target.rules,
    fileRules: target.fileRules,
    derivations: target.derivations,
  };
}
