import { z } from 'zod';
import { DATE_OUTPUT_FORMATS, relationFields, TAX_ID_SCHEMES, type Field, type FieldType, type TargetFile } from '../../../core/schema/target';
import type { TargetListing } from '../../../worker/protocol';
import { compact } from '../../../core/text/fold';

export const FIELD_KINDS = ['text', 'integer', 'decimal', 'date', 'boolean', 'email', 'phone', 'enum', 'country', 'currency', 'taxId', 'json', 'days', 'duration', 'reference'] as const;
type Kind = (typeof FIELD_KINDS)[number];

const identifier = /^[A-Za-z][A-Za-z0-9_.-]*$/;

/** One field as the editor holds it: every input a string, converted to the target format on save. */
export const editorFieldSchema = z.object({
  key: z.string().regex(identifier, 'targets.editor.error.key'),
  label: z.string().trim().min(1, 'targets.editor.error.label'),
  description: z.string(),
  kind: z.enum(FIELD_KINDS),
  required: z.boolean(),
  unique: z.enum(['no', 'exact', 'case-insensitive']),
  aliases: z.string(),
  example: z.string(),
  maxLength: z.string().regex(/^\d*$/, 'targets.editor.error.number'),
  pattern: z.string().max(500),
  min: z.string().regex(/^(-?\d+(\.\d+)?)?$/, 'targets.editor.error.number'),
  max: z.string().regex(/^(-?\d+(\.\d+)?)?$/, 'targets.editor.error.number'),
  maxScale: z.string().regex(/^\d*$/, 'targets.editor.error.number'),
  percentFraction: z.boolean(),
  dateOutput: z.enum(DATE_OUTPUT_FORMATS),
  enumValues: z.string(),
  boolTrue: z.string(),
  boolFalse: z.string(),
  countryOutput: z.enum(['alpha2', 'alpha3', 'name']),
  taxScheme: z.enum(TAX_ID_SCHEMES),
  referenceField: z.string(),
});
export type EditorField = z.infer<typeof editorFieldSchema>;

export const editorSchema = z
  .object({
    fileId: z.string().regex(identifier, 'targets.editor.error.key'),
    system: z.string().trim().min(1, 'targets.editor.error.label'),
    id: z.string().regex(identifier, 'targets.editor.error.key'),
    name: z.string().trim().min(1, 'targets.editor.error.label'),
    description: z.string(),
    delimiter: z.enum([',', ';', '\t', '|']),
    lineEnding: z.enum(['\r\n', '\n']),
    bom: z.boolean(),
    fields: z.array(editorFieldSchema).min(1, 'targets.editor.error.noFields'),
  })
  .superRefine((v, ctx) => {
    const keys = new Set<string>();
    const labels = new Set<string>();
    v.fields.forEach((f, i) => {
      if (keys.has(f.key)) ctx.addIssue({ code: 'custom', path: ['fields', i, 'key'], message: 'targets.editor.error.duplicateKey' });
      if (labels.has(f.label.toLowerCase())) ctx.addIssue({ code: 'custom', path: ['fields', i, 'label'], message: 'targets.editor.error.duplicateLabel' });
      keys.add(f.key);
      labels.add(f.label.toLowerCase());
      if (f.kind === 'enum' && parseEnumValues(f.enumValues).length === 0) ctx.addIssue({ code: 'custom', path: ['fields', i, 'enumValues'], message: 'targets.editor.error.enumEmpty' });
      if (f.kind === 'reference' && f.referenceField === '') ctx.addIssue({ code: 'custom', path: ['fields', i, 'referenceField'], message: 'targets.editor.error.reference' });
    });
  });
export type EditorValues = z.infer<typeof editorSchema>;

export const blankField = (n: number): EditorField => ({
  key: `field${n}`,
  label: `Field ${n}`,
  description: '',
  kind: 'text',
  required: false,
  unique: 'no',
  aliases: '',
  example: '',
  maxLength: '',
  pattern: '',
  min: '',
  max: '',
  maxScale: '',
  percentFraction: false,
  dateOutput: 'YYYY-MM-DD',
  enumValues: '',
  boolTrue: 'true',
  boolFalse: 'false',
  countryOutput: 'alpha2',
  taxScheme: 'eu-vat',
  referenceField: '',
});

/** "Debit = DR, Invoice" per line → enum members with synonyms. */
export function parseEnumValues(text: string): { value: string; synonyms: string[] }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const [value, rest = ''] = line.split('=', 2) as [string, string | undefined];
      return { value: value.trim(), synonyms: rest.split(',').map((s) => s.trim()).filter((s) => s !== '') };
    });
}

const opt = (s: string) => (s.trim() === '' ? undefined : s.trim());

function typeOf(f: EditorField): FieldType {
  const kind: Kind = f.kind;
  switch (kind) {
    case 'text':
      return { kind, ...(opt(f.maxLength) === undefined ? {} : { maxLength: Number(f.maxLength) }), ...(opt(f.pattern) === undefined ? {} : { pattern: f.pattern.trim() }) };
    case 'integer':
      return { kind, ...(opt(f.min) === undefined ? {} : { min: f.min.trim() }), ...(opt(f.max) === undefined ? {} : { max: f.max.trim() }) };
    case 'decimal':
      return { kind, ...(opt(f.min) === undefined ? {} : { min: f.min.trim() }), ...(opt(f.max) === undefined ? {} : { max: f.max.trim() }), ...(opt(f.maxScale) === undefined ? {} : { maxScale: Number(f.maxScale) }), ...(f.percentFraction ? { percent: 'fraction' as const } : {}) };
    case 'date':
      return { kind, output: f.dateOutput, time: f.dateOutput.includes('HH') ? 'optional' : 'none' };
    case 'boolean':
      return { kind, output: { true: f.boolTrue, false: f.boolFalse } };
    case 'email':
    case 'currency':
      return { kind };
    case 'phone':
      return { kind, output: 'as-written' };
    case 'enum':
      return { kind, values: parseEnumValues(f.enumValues), output: 'value', acceptNumbers: false };
    case 'country':
      return { kind, output: f.countryOutput };
    case 'taxId':
      return { kind, scheme: f.taxScheme };
    case 'json':
      return { kind, shape: 'object' };
    case 'days':
      return { kind };
    case 'duration':
      return { kind, output: 'minutes' };
    case 'reference':
      return { kind, target: 'self', field: f.referenceField };
  }
}

/** The editor's values as a target file (the same format as the built-in files). Rules of the copied target are kept. */
export function toTargetFile(v: EditorValues, base: TargetListing | null): TargetFile {
  // Four things the editor does not show are kept from the copied target's field of the same key:
  // the names that are not this field, its generic names, the shape of its text and whether
  // records share its values. A name the user
  // now types as an alias wins over the same name kept as one that is not the field.
  const copied = new Map((base?.target.fields ?? []).map((f) => [f.key, f]));
  const fields: Field[] = v.fields.map((f) => {
    const was = copied.get(f.key);
    const type = typeOf(f);
    const aliases = f.aliases.split(',').map((a) => a.trim()).filter((a) => a !== '');
    const typed = new Set(aliases.map(compact));
    const untyped = (names: readonly string[] | undefined) => (names ?? []).filter((n) => !typed.has(compact(n)));
    return {
      key: f.key,
      label: f.label.trim(),
      description: f.description,
      type: (type.kind === 'text' || type.kind === 'integer') && was?.type.kind === type.kind && was.type.looksLike !== undefined ? { ...type, looksLike: was.type.looksLike } : type,
      required: f.required,
      unique: f.unique,
      aliases,
      weakAliases: untyped(was?.weakAliases),
      notAliases: untyped(was?.notAliases),
      ...(f.example === '' ? {} : { example: f.example }),
      exported: true,
      shared: was?.shared ?? false,
    };
  });
  const keys = new Set(fields.map((f) => f.key));
  const keep = <T,>(items: readonly T[], refs: (x: T) => string[]) => items.filter((x) => refs(x).every((k) => keys.has(k)));
  const b = base?.target;
  return {
    ferryTarget: 1,
    id: v.fileId,
    system: v.system,
    version: 1,
    source: base?.source ?? { title: v.name, document: '(user-defined)' },
    readings: base?.readings ?? [],
    targets: [
      {
        id: v.id,
        name: v.name,
        recordNoun: b?.recordNoun ?? 'record',
        // The records' id field, while the edited target still has it.
        ...(b?.recordId !== undefined && keys.has(b.recordId) ? { recordId: b.recordId } : {}),
        ...(b?.recordNumber !== undefined && keys.has(b.recordNumber) ? { recordNumber: b.recordNumber } : {}),
        description: v.description,
        fields,
        rules: keep(b?.rules ?? [], (r) => (r.kind === 'require-one-of' ? r.groups.flat() : r.kind === 'only-with' ? [r.field, ...r.requires] : r.kind === 'required-if' ? [r.field, ...r.require] : r.kind === 'product' ? [r.field, ...r.factors] : r.fields)),
        fileRules: keep(b?.fileRules ?? [], (r) => (r.kind === 'unique-unless' ? [r.field, r.unless] : [r.field, ...r.groupBy])),
        derivations: keep(b?.derivations ?? [], (d) => (d.kind === 'sign-to-enum' ? [d.amount, d.field] : [d.amount, d.field, ...d.sources.map((s) => s.field)])),
        relations: keep(b?.relations ?? [], relationFields),
        csv: { delimiters: [v.delimiter], lineEnding: v.lineEnding, bom: v.bom, quoting: 'minimal', formulaGuard: true },
        json: {},
      },
    ],
  };
}

/** Editor values from an existing target (a copy of a built-in one, or the user's own). */
export function fromTarget(base: TargetListing | null, copy: boolean): EditorValues {
  if (base === null) return { fileId: 'my-target', system: 'My system', id: 'my-target', name: 'My target', description: '', delimiter: ',', lineEnding: '\r\n', bom: false, fields: [blankField(1)] };
  const t = base.target;
  return {
    fileId: copy ? `${base.fileId}-copy` : base.fileId,
    system: base.system,
    id: copy ? `${t.id}-copy` : t.id,
    name: copy ? `${t.name} (copy)` : t.name,
    description: t.description,
    delimiter: t.csv.delimiters[0] ?? ',',
    lineEnding: t.csv.lineEnding,
    bom: t.csv.bom,
    fields: t.fields
      .filter((f) => f.exported)
      .map((f) => {
        const e: EditorField = { ...blankField(0), key: f.key, label: f.label, description: f.description, kind: f.type.kind, required: f.required, unique: f.unique, aliases: f.aliases.join(', '), example: f.example ?? '' };
        const ty = f.type;
        switch (ty.kind) {
          case 'text':
            return { ...e, maxLength: ty.maxLength?.toString() ?? '', pattern: ty.pattern ?? '' };
          case 'integer':
            return { ...e, min: ty.min ?? '', max: ty.max ?? '' };
          case 'decimal':
            return { ...e, min: ty.min ?? '', max: ty.max ?? '', maxScale: ty.maxScale?.toString() ?? '', percentFraction: ty.percent === 'fraction' };
          case 'date':
            return { ...e, dateOutput: ty.output };
          case 'boolean':
            return { ...e, boolTrue: ty.output.true, boolFalse: ty.output.false };
          case 'enum':
            return { ...e, enumValues: ty.values.map((v) => (v.synonyms.length > 0 ? `${v.value} = ${v.synonyms.join(', ')}` : v.value)).join('\n') };
          case 'country':
            return { ...e, countryOutput: ty.output };
          case 'taxId':
            return { ...e, taxScheme: ty.scheme };
          case 'reference':
            return ty.target === 'self' || ty.target === t.id ? { ...e, referenceField: ty.field } : { ...e, kind: 'text' as const };
          default:
            return e;
        }
      }),
  };
}
