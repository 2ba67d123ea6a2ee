import '../zod-setup';
import { z } from 'zod';
import { err, ok, type Result } from '../result';
import { fold } from '../text/fold';
import type { SourceColumn } from '../table/header-row';
import type { FieldMapping, FieldSource, Mapping } from './mapping';
import type { ReadOptions } from '../grammar/types';
import { columnIndex, type ColumnIndex } from '../brand';

/**
 * The mapping profile: a plain JSON document saved in the browser, offered
 * again when similar headers come back, and taken by the CLI's --mapping.
 * Columns are named by header (portable between exports of one system),
 * value maps are lists of pairs (source values are user data).
 */
export const PROFILE_FORMAT_VERSION = 1;

const readOptionsSchema = z
  .object({
    dateOrder: z.enum(['DMY', 'MDY', 'YMD', 'UNIX']).optional(),
    decimalSeparator: z.enum(['.', ',']).optional(),
    defaultCountry: z.string().regex(/^[A-Z]{2}$/).optional(),
    utcOffset: z.string().regex(/^[+-]\d{2}:\d{2}$/).optional(),
  })
  .strict();

const valueMapSchema = z.array(z.object({ from: z.string(), to: z.string() }).strict()).default([]);

const fieldEntrySchema = z.union([
  z.object({ field: z.string(), columns: z.array(z.string()).min(1), separator: z.string().max(10).default(' '), options: readOptionsSchema.default({}), valueMap: valueMapSchema }).strict(),
  z.object({ field: z.string(), constant: z.string(), options: readOptionsSchema.default({}), valueMap: valueMapSchema }).strict(),
]);

export const mappingProfileSchema = z
  .object({
    ferryMapping: z.literal(PROFILE_FORMAT_VERSION),
    name: z.string().min(1).max(200),
    target: z.string().min(1),
    targetVersion: z.number().int().min(1).optional(),
    /** The headers the profile was made for, to recognise similar files. */
    sourceHeaders: z.array(z.string()),
    /** Reading choices for the file itself. */
    source: z
      .object({
        encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']).optional(),
        delimiter: z.string().max(1).optional(),
        sheet: z.string().optional(),
        headerLine: z.number().int().min(1).optional(),
      })
      .strict()
      .default({}),
    fields: z.array(fieldEntrySchema),
  })
  .strict();

export type MappingProfile = z.infer<typeof mappingProfileSchema>;
export type MappingProfileInput = z.input<typeof mappingProfileSchema>;

export type ProfileError = { readonly kind: 'not-json'; readonly message: string } | { readonly kind: 'shape'; readonly issues: readonly { path: string; message: string }[] };

export function parseProfile(input: unknown): Result<MappingProfile, ProfileError> {
  const parsed = mappingProfileSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  return err({ kind: 'shape', issues: parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })) });
}

export function parseProfileText(text: string): Result<MappingProfile, ProfileError> {
  try {
    return parseProfile(JSON.parse(text));
  } catch (e) {
    return err({ kind: 'not-json', message: e instanceof Error ? e.message : String(e) });
  }
}

/** Builds a profile from a mapping over the given columns. */
export function profileFromMapping(name: string, mapping: Mapping, columns: readonly SourceColumn[], extra: { targetVersion?: number; source?: MappingProfile['source'] } = {}): MappingProfile {
  const fields: MappingProfile['fields'] = [];
  for (const f of mapping.fields) {
    // Ferry's unconfirmed guesses are not the user's teaching: the next file gets them guessed again.
    const base = { options: { ...f.options }, valueMap: f.valueMap.filter((e) => e.guessed !== true).map(({ from, to }) => ({ from, to })) };
    if (f.source.kind === 'columns' && f.source.columns.length > 0) {
      fields.push({ field: f.field, columns: f.source.columns.map((c) => columns[c]?.name ?? ''), separator: f.source.separator, ...base });
    } else if (f.source.kind === 'constant') {
      fields.push({ field: f.field, constant: f.source.value, ...base });
    }
  }
  return {
    ferryMapping: PROFILE_FORMAT_VERSION,
    name,
    target: mapping.targetId,
    ...(extra.targetVersion === undefined ? {} : { targetVersion: extra.targetVersion }),
    sourceHeaders: columns.map((c) => c.name),
    source: extra.source ?? {},
    fields,
  };
}

export interface AppliedProfile {
  readonly mapping: Mapping;
  /** Column names the profile uses that this file does not have. */
  readonly missingColumns: readonly string[];
  /** Field keys the profile names that the target does not have. */
  readonly unknownFields: readonly string[];
}

/** Resolves a profile against a file's columns: by exact name first, then by folded name. */
export function applyProfile(profile: MappingProfile, columns: readonly SourceColumn[], fieldKeys: ReadonlySet<string>): AppliedProfile {
  const byName = new Map(columns.map((c) => [c.name, c.index]));
  const byFold = new Map<string, number>();
  for (const c of columns) if (!byFold.has(fold(c.name))) byFold.set(fold(c.name), c.index);
  const missing: string[] = [];
  const unknown: string[] = [];
  const fields: FieldMapping[] = [];
  for (const entry of profile.fields) {
    if (!fieldKeys.has(entry.field)) {
      unknown.push(entry.field);
      continue;
    }
    let source: FieldSource;
    if ('constant' in entry) source = { kind: 'constant', value: entry.constant };
    else {
      const indexes: ColumnIndex[] = [];
      for (const name of entry.columns) {
        const idx = byName.get(name) ?? byFold.get(fold(name));
        if (idx === undefined) missing.push(name);
        else indexes.push(columnIndex(idx));
      }
      source = indexes.length === 0 ? { kind: 'none' } : { kind: 'columns', columns: indexes, separator: entry.separator };
    }
    fields.push({ field: entry.field, source, options: entry.options, valueMap: entry.valueMap });
  }
  return { mapping: { targetId: profile.target, fields }, missingColumns: missing, unknownFields: unknown };
}

/** How alike two header lists are (0..1): shared folded names over all names. */
export function headerSimilarity(a: readonly string[], b: readonly string[]): number {
  const fa = new Set(a.map(fold).filter((s) => s !== ''));
  const fb = new Set(b.map(fold).filter((s) => s !== ''));
  if (fa.size === 0 || fb.size === 0) return 0;
  let shared = 0;
  for (const x of fa) if (fb.has(x)) shared++;
  return shared / (fa.size + fb.size - shared);
}

/** A header the user mapped to a field in a saved profile: what Ferry learnt, for files of other layouts. */
export interface LearnedName {
  readonly header: string;
  readonly field: string;
  readonly profile: string;
}

/**
 * The headers the user's saved profiles map to this target's fields, one column to one field,
 * newest profile first: a header taught twice keeps its latest field.
 */
export function learnedNames(profilesNewestFirst: readonly MappingProfile[], targetId: string): LearnedName[] {
  const seen = new Set<string>();
  const out: LearnedName[] = [];
  for (const p of profilesNewestFirst) {
    if (p.target !== targetId) continue;
    for (const f of p.fields) {
      if (!('columns' in f) || f.columns.length !== 1) continue;
      const key = fold(f.columns[0]!);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      out.push({ header: f.columns[0]!, field: f.field, profile: p.name });
    }
  }
  return out;
}

/** An allowed value the user chose for a source value in a saved profile ("Stmt Charge" is Debit). */
export interface LearnedValue {
  readonly field: string;
  readonly from: string;
  readonly to: string;
}

/** How the user chose to read a column in a saved profile (day-first dates, a decimal comma): used where the values do not decide. */
export interface LearnedReading {
  readonly header: string;
  readonly field: string;
  readonly profile: string;
  readonly options: ReadOptions;
}

/** A value the user gave a field for every row in a saved profile (Status = Open): proposed when no column feeds the field. */
export interface LearnedConstant {
  readonly field: string;
  readonly value: string;
  readonly profile: string;
}

/** Everything the user's saved profiles taught about one target: headers for fields, values for lists, how columns read, constants. */
export interface Learned {
  readonly names: readonly LearnedName[];
  readonly values: readonly LearnedValue[];
  readonly readings?: readonly LearnedReading[];
  readonly constants?: readonly LearnedConstant[];
}

/** The reading a header taught for a field, if any (headers compared folded). */
export const readingFor = (learned: Learned, header: string, field: string): LearnedReading | undefined => learned.readings?.find((r) => r.field === field && fold(r.header) === fold(header));

/** What saved profiles (newest first) taught about a target; a value taught twice keeps its latest choice. */
export function learnFromProfiles(profilesNewestFirst: readonly MappingProfile[], targetId: string): Learned {
  const seen = new Set<string>();
  const values: LearnedValue[] = [];
  for (const p of profilesNewestFirst) {
    if (p.target !== targetId) continue;
    for (const f of p.fields)
      for (const v of f.valueMap) {
        const key = `${f.field}\u0000${v.from}`;
        if (seen.has(key)) continue;
        seen.add(key);
        values.push({ field: f.field, from: v.from, to: v.to });
      }
  }
  return { names: learnedNames(profilesNewestFirst, targetId), values, readings: learnedReadings(profilesNewestFirst, targetId), constants: learnedConstants(profilesNewestFirst, targetId) };
}

/** The constants saved for the target's fields, the newest profile's for a field set twice. */
function learnedConstants(profilesNewestFirst: readonly MappingProfile[], targetId: string): LearnedConstant[] {
  const out = new Map<string, LearnedConstant>();
  for (const p of profilesNewestFirst) {
    if (p.target !== targetId) continue;
    for (const f of p.fields) if ('constant' in f && f.constant.trim() !== '' && !out.has(f.field)) out.set(f.field, { field: f.field, value: f.constant, profile: p.name });
  }
  return [...out.values()];
}

/** The reading options saved for single-column fields, newest profile first: a header and field taught twice keep the latest. */
function learnedReadings(profilesNewestFirst: readonly MappingProfile[], targetId: string): LearnedReading[] {
  const seen = new Set<string>();
  const out: LearnedReading[] = [];
  for (const p of profilesNewestFirst) {
    if (p.target !== targetId) continue;
    for (const f of p.fields) {
      if (!('columns' in f) || f.columns.length !== 1 || Object.keys(f.options).length === 0) continue;
      const key = `${f.field}\u0000${fold(f.columns[0]!)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ header: f.columns[0]!, field: f.field, profile: p.name, options: { ...f.options } });
    }
  }
  return out;
}

