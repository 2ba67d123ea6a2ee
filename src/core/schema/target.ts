import '../zod-setup';
import { z } from 'zod';

/**
 * The target file format. A target is data: its fields, their grammars and
 * constraints, record and file rules, and the document it was read from.
 * Built-in targets (src/core/targets/*.json) and user-made targets share
 * this one format, parsed by this one schema.
 */

export const TARGET_FORMAT_VERSION = 1;

const identifier = z.string().regex(/^[A-Za-z][A-Za-z0-9_.-]*$/, 'letters, digits, "_", "." or "-", starting with a letter');
const decimalString = z.string().regex(/^-?\d+(\.\d+)?$/, 'a decimal number such as 0 or -12.50');

const enumValue = z.object({
  value: z.string().min(1),
  /** Other spellings read as this value (matched case- and accent-insensitively). */
  synonyms: z.array(z.string()).default([]),
  /** The document's numeric value for this member, when it gives one. */
  number: z.number().int().optional(),
  description: z.string().optional(),
});

export const DATE_OUTPUT_FORMATS = ['YYYY-MM-DD', 'MM/DD/YYYY', 'MM-DD-YYYY', 'MM/DD/YY', 'MM-DD-YY', 'DD/MM/YYYY', 'YYYY-MM-DDTHH:mm:ss', 'YYYY-MM-DDTHH:mm:ssZ'] as const;
export const TAX_ID_SCHEMES = ['eu-vat', 'fr-vat', 'in-gstin', 'au-abn', 'us-ein', 'sg-gst', 'any-vat'] as const;

/** Shapes of free text that content evidence recognises (see mapping/content-profile.ts). */
export const LOOKS_LIKE_KINDS = ['company-name', 'postal-code', 'street-address', 'honorific', 'given-name', 'family-name', 'payment-method', 'processor-payment-id', 'processor-customer-id', 'region', 'company-number', 'document-number', 'locality', 'salutation', 'iban', 'bic'] as const;
export type LooksLike = (typeof LOOKS_LIKE_KINDS)[number];

export const fieldTypeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('text'),
    /** What the text usually looks like, so a column with a meaningless header can still be recognised. */
    looksLike: z.enum(LOOKS_LIKE_KINDS).optional(),
    minLength: z.number().int().min(0).optional(),
    maxLength: z.number().int().min(1).optional(),
    /** A pattern in RE2 syntax (linear-time; no backreferences or lookaround). */
    pattern: z.string().max(500).optional(),
    patternHint: z.string().optional(),
  }),
  z.object({
    kind: z.literal('integer'),
    min: decimalString.optional(),
    max: decimalString.optional(),
    /**
     * For a numeric code that sources write as words (a payment method's id, written "Card" or
     * "Visa"): what those words look like, so the column is recognised and its values translated.
     */
    looksLike: z.enum(LOOKS_LIKE_KINDS).optional(),
  }),
  z.object({
    kind: z.literal('decimal'),
    min: decimalString.optional(),
    max: decimalString.optional(),
    /** Most digits allowed after the decimal point. */
    maxScale: z.number().int().min(0).max(20).optional(),
    /** Write exactly this many digits after the point (padding with zeros, never rounding). */
    outputScale: z.number().int().min(0).max(20).optional(),
    /** The field holds a rate as a fraction: a value written as a percentage ("4.65%", "4,65 % p.a.") is read divided by 100. */
    percent: z.literal('fraction').optional(),
  }),
  z.object({
    kind: z.literal('date'),
    output: z.enum(DATE_OUTPUT_FORMATS),
    /** Whether a time of day is kept (DateTime) or must be midnight. */
    time: z.enum(['none', 'optional']).default('none'),
  }),
  z.object({
    kind: z.literal('boolean'),
    output: z.object({ true: z.string(), false: z.string() }),
  }),
  z.object({ kind: z.literal('email') }),
  z.object({
    kind: z.literal('phone'),
    output: z.enum(['as-written', 'e164']).default('as-written'),
  }),
  z.object({
    kind: z.literal('enum'),
    values: z.array(enumValue).min(1),
    /** Write the member's name or its numeric value. */
    output: z.enum(['value', 'number']).default('value'),
    /** Accept the numeric values of members as input. */
    acceptNumbers: z.boolean().default(false),
  }),
  z.object({
    kind: z.literal('country'),
    output: z.enum(['alpha2', 'alpha3', 'name']).default('alpha2'),
  }),
  z.object({ kind: z.literal('currency') }),
  z.object({
    kind: z.literal('taxId'),
    scheme: z.enum(TAX_ID_SCHEMES),
  }),
  z.object({
    kind: z.literal('json'),
    shape: z.enum(['object', 'any']).default('object'),
  }),
  z.object({
    kind: z.literal('days'),
    max: z.number().int().min(0).optional(),
  }),
  z.object({
    kind: z.literal('duration'),
    /** Ticks are 100-nanosecond units (.NET TimeSpan). */
    output: z.enum(['ticks', 'minutes', 'hours']),
  }),
  z.object({
    kind: z.literal('reference'),
    /** Target id holding the referenced key; "self" for this file. */
    target: z.string(),
    field: z.string(),
    /** Values matching this RE2 pattern refer to records already in the system (not checked here). */
    externalPattern: z.string().optional(),
  }),
]);

export type FieldType = z.infer<typeof fieldTypeSchema>;
export type FieldKind = FieldType['kind'];

/**
 * Kinds whose values are codes a source system may write as words ("Card" for a payment-method id,
 * "Angleterre" for GB): the user can translate them one by one, as a list's values.
 */
const CODE_KINDS: ReadonlySet<FieldKind> = new Set(['enum', 'integer', 'country', 'currency', 'boolean', 'days']);

export const translatesValues = (type: FieldType) => CODE_KINDS.has(type.kind);

export const fieldSchema = z.object({
  key: identifier,
  /** The field's name exactly as the target's document writes it: the exported header. */
  label: z.string().min(1),
  description: z.string().default(''),
  type: fieldTypeSchema,
  required: z.boolean().default(false),
  unique: z.enum(['no', 'exact', 'case-insensitive']).default('no'),
  /** Other header names this field is known by, for column matching (any language). */
  aliases: z.array(z.string()).default([]),
  /**
   * Generic names ("Record ID", "Code", "Ref") that name this field only when no column names it
   * better: matched as written, at a lower score than an alias, never with high confidence alone.
   */
  weakAliases: z.array(z.string()).default([]),
  /** Headers that resemble this field but mean something else ("Invoice date" for a payment date): never proposed for it. */
  notAliases: z.array(z.string()).default([]),
  example: z.string().optional(),
  /** Where the value goes in JSON output, e.g. "Addresses.0.Street"; defaults to the key. */
  jsonPath: z.string().optional(),
  /** Input-only fields feed derivations and are never exported. */
  exported: z.boolean().default(true),
  /**
   * A value many records share (the business entity a customer belongs to): a column whose
   * values are all different is something else, such as each customer's own company.
   */
  shared: z.boolean().default(false),
});
export type Field = z.infer<typeof fieldSchema>;

const fieldList = z.array(identifier).min(1);
const severity = z.enum(['error', 'warning']).default('error');

export const recordRuleSchema = z.discriminatedUnion('kind', [
  /** At least one of the groups must be complete (every field in it filled). */
  z.object({ kind: z.literal('require-one-of'), groups: z.array(fieldList).min(1), severity, note: z.string().optional() }),
  /** Either all of these fields are filled or none is. */
  z.object({ kind: z.literal('all-or-none'), fields: fieldList, severity, note: z.string().optional() }),
  /** `field` may only be filled when every field of `requires` is filled. */
  z.object({ kind: z.literal('only-with'), field: identifier, requires: fieldList, severity, note: z.string().optional() }),
  /** At most one of these fields may be filled. */
  z.object({ kind: z.literal('mutually-exclusive'), fields: fieldList, severity, note: z.string().optional() }),
  /** When `field` holds one of `values` (or is filled, when `values` is absent), `require` must be filled. */
  /** `field` must equal the product of `factors` exactly (decimal arithmetic), when all are given. */
  z.object({ kind: z.literal('product'), field: identifier, factors: fieldList, severity, note: z.string().optional() }),
  z.object({
    kind: z.literal('required-if'),
    field: identifier,
    values: z.array(z.string()).optional(),
    require: fieldList,
    severity,
    note: z.string().optional(),
  }),
]);
export type RecordRule = z.infer<typeof recordRuleSchema>;

export const fileRuleSchema = z.discriminatedUnion('kind', [
  /** Rows without `unless` must have a `field` value unique among such rows (an identity fallback). */
  z.object({ kind: z.literal('unique-unless'), field: identifier, unless: identifier, severity, note: z.string().optional() }),
  /** Among rows sharing the `groupBy` value, at most one has `field` equal to `value`. */
  z.object({ kind: z.literal('at-most-one-per-group'), field: identifier, value: z.string(), groupBy: fieldList, severity, note: z.string().optional() }),
]);
export type FileRule = z.infer<typeof fileRuleSchema>;

export const derivationSchema = z.discriminatedUnion('kind', [
  /**
   * A signed amount sets an enum when the enum has no value: negative →
   * `negative`, otherwise `positive`; the amount is written without its sign.
   */
  z.object({ kind: z.literal('sign-to-enum'), amount: identifier, field: identifier, negative: z.string(), positive: z.string(), note: z.string().optional() }),
  /**
   * Two input-only amount columns (e.g. Debit and Credit) become one amount
   * plus an enum: whichever is filled decides.
   */
  z.object({
    kind: z.literal('split-amount'),
    sources: z.array(z.object({ field: identifier, value: z.string() })).min(2),
    amount: identifier,
    field: identifier,
    note: z.string().optional(),
  }),
]);
export type Derivation = z.infer<typeof derivationSchema>;

/**
 * How fields' values usually relate, row by row: evidence for the mapping that holds under any header
 * and in any language, never a rule a row must pass (that is `rules`' job; a `product` rule counts
 * here too).
 */
export const relationSchema = z.discriminatedUnion('kind', [
  /** `field` is the product of `factors`: the count first (units, hours), then the price per unit. */
  z.object({ kind: z.literal('product'), field: identifier, factors: z.tuple([identifier, identifier]), note: z.string().optional() }),
  /** `field` is a tax on `base`, at one of a few rates. */
  z.object({ kind: z.literal('tax'), field: identifier, base: identifier, note: z.string().optional() }),
  /**
   * `field` is filled on the rows where `side` is, one of a split amount's sides (see the
   * split-amount derivation): an invoice's number on the debit rows, a payment's on the credit rows.
   */
  z.object({ kind: z.literal('side'), field: identifier, side: identifier, note: z.string().optional() }),
  /** `field` is an amount after tax: a column that adds up the columns before it (net and tax) rather than any of them. */
  z.object({ kind: z.literal('gross'), field: identifier, note: z.string().optional() }),
  /** `field` is a date on or after `after`'s, row by row: an invoice's due date after its date. */
  z.object({ kind: z.literal('later'), field: identifier, after: identifier, note: z.string().optional() }),
  /**
   * `field` is what is left of an amount after tax: a column after the one that adds up net and tax,
   * never more than it and equal to it on some rows but not all (an invoice's balance once part is paid).
   */
  z.object({ kind: z.literal('remainder'), field: identifier, note: z.string().optional() }),
  /**
   * `field` is the records' own number, which a list of them leads with: under headers that say
   * nothing, the first column that is neither the rows' numbers nor one value, when its values are
   * codes all different ("FA-2025-0142", "112/2024").
   */
  z.object({ kind: z.literal('leading-number'), field: identifier, note: z.string().optional() }),
  /** `field` is the exchange rate of `currency`: 1 on the rows in the file's main currency, another rate on the others. */
  z.object({ kind: z.literal('rate'), field: identifier, currency: identifier, note: z.string().optional() }),
]);
export type Relation = z.infer<typeof relationSchema>;

/** The fields a relation relates. */
export function relationFields(r: Relation): string[] {
  switch (r.kind) {
    case 'product':
      return [r.field, ...r.factors];
    case 'tax':
      return [r.field, r.base];
    case 'side':
      return [r.field, r.side];
    case 'later':
      return [r.field, r.after];
    case 'rate':
      return [r.field, r.currency];
    case 'gross':
    case 'remainder':
    case 'leading-number':
      return [r.field];
  }
}

export const csvOutputSchema = z.object({
  /** Header line: either the fields' labels in field order, or one of several fixed column sets. */
  columnSets: z.array(fieldList).optional(),
  delimiters: z.array(z.enum([',', ';', '\t', '|'])).min(1).default([',']),
  lineEnding: z.enum(['\r\n', '\n']).default('\r\n'),
  bom: z.boolean().default(false),
  quoting: z.enum(['minimal', 'all']).default('minimal'),
  /** Most data records per file; larger exports are split into numbered files. */
  maxRecordsPerFile: z.number().int().min(1).optional(),
  /** Prefix text cells that start with = + - @ so spreadsheet programs do not run them. */
  formulaGuard: z.boolean().default(true),
});
export type CsvOutput = z.infer<typeof csvOutputSchema>;

export const targetSchema = z.object({
  id: identifier,
  name: z.string().min(1),
  /** What one record of this target is, e.g. "customer". */
  recordNoun: z.string().default('record'),
  /**
   * The field that holds a record's own id in the old system ("ImportId", a contact's "reference"):
   * a file's leading column of unique ids feeds it when no column names it better.
   */
  recordId: identifier.optional(),
  /**
   * The number users see for a record (Efimis's "EntityNumber"), beside its id: a lone column of
   * unique ids feeds the id when the id is required and the number is not.
   */
  recordNumber: identifier.optional(),
  description: z.string().default(''),
  fields: z.array(fieldSchema).min(1),
  rules: z.array(recordRuleSchema).default([]),
  fileRules: z.array(fileRuleSchema).default([]),
  derivations: z.array(derivationSchema).default([]),
  relations: z.array(relationSchema).default([]),
  csv: csvOutputSchema.default({ delimiters: [','], lineEnding: '\r\n', bom: false, quoting: 'minimal', formulaGuard: true }),
  /** Root property of JSON output: an array of records, or an object holding the array. */
  json: z.object({ root: z.string().optional() }).default({}),
});
export type Target = z.infer<typeof targetSchema>;
export type TargetInput = z.input<typeof targetSchema>;

export const targetFileSchema = z.object({
  ferryTarget: z.literal(TARGET_FORMAT_VERSION),
  id: identifier,
  system: z.string().min(1),
  version: z.number().int().min(1),
  source: z.object({
    title: z.string(),
    document: z.string(),
    url: z.string().optional(),
  }),
  /** How vague or contradictory passages of the document were read. */
  readings: z.array(z.object({ passage: z.string(), reading: z.string() })).default([]),
  targets: z.array(targetSchema).min(1),
});
export type TargetFile = z.infer<typeof targetFileSchema>;
export type TargetFileInput = z.input<typeof targetFileSchema>;
