import { compact } from '../text/fold';
import { issue } from '../issues';
import { accept, reject, type Read } from './types';

export interface EnumMember {
  readonly value: string;
  readonly synonyms: readonly string[];
  readonly number?: number | undefined;
}

/** A compiled enum: folded spellings (value, synonyms, optionally numbers) → member value. */
export interface EnumLookup {
  readonly members: readonly EnumMember[];
  readonly byKey: ReadonlyMap<string, string>;
  readonly byNumber: ReadonlyMap<string, string>;
}

export function compileEnum(members: readonly EnumMember[], acceptNumbers: boolean): EnumLookup {
  const byKey = new Map<string, string>();
  const byNumber = new Map<string, string>();
  for (const m of members) byKey.set(compact(m.value), m.value);
  for (const m of members) for (const syn of m.synonyms) if (!byKey.has(compact(syn))) byKey.set(compact(syn), m.value);
  if (acceptNumbers) for (const m of members) if (m.number !== undefined && !byNumber.has(String(m.number))) byNumber.set(String(m.number), m.value);
  return { members, byKey, byNumber };
}

/** Matches a value to a member: the user's value map first, then case-, accent- and spacing-insensitive names and synonyms, then numbers. */
export function readEnum(raw: string, lookup: EnumLookup, valueMap: ReadonlyMap<string, string> | undefined): Read {
  const s = raw.trim();
  const mapped = valueMap?.get(s) ?? valueMap?.get(compact(s));
  if (mapped !== undefined) return accept(mapped);
  const hit = lookup.byKey.get(compact(s)) ?? lookup.byNumber.get(s);
  if (hit !== undefined) return accept(hit);
  return reject(issue('not-allowed-value', { allowed: lookup.members.map((m) => m.value) }));
}

/** The member's name or its numeric value, as the target writes it. */
export function formatEnum(value: string, lookup: EnumLookup, output: 'value' | 'number'): string {
  if (output === 'value') return value;
  const n = lookup.members.find((m) => m.value === value)?.number;
  return n === undefined ? value : String(n);
}
