import { compact, fold } from '../text/fold';
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
  /** Spellings of four letters and more, as words, for reading a value by the words it holds. */
  readonly phrases: readonly { readonly words: readonly string[]; readonly value: string }[];
}

export function compileEnum(members: readonly EnumMember[], acceptNumbers: boolean): EnumLookup {
  const byKey = new Map<string, string>();
  const byNumber = new Map<string, string>();
  for (const m of members) byKey.set(compact(m.value), m.value);
  for (const m of members) for (const syn of m.synonyms) if (!byKey.has(compact(syn))) byKey.set(compact(syn), m.value);
  if (acceptNumbers) for (const m of members) if (m.number !== undefined && !byNumber.has(String(m.number))) byNumber.set(String(m.number), m.value);
  const phrases = members.flatMap((m) => [m.value, ...m.synonyms].filter((s) => compact(s).length >= 4).map((s) => ({ words: fold(s).split(' '), value: m.value })));
  return { members, byKey, byNumber, phrases };
}

/** A word of the value says the phrase's word: the same, its plural, or a compound ending in it ("Factuurbetaling" for "betaling"). */
function says(word: string, said: string, last: boolean): boolean {
  if (word === said || word === `${said}s` || word === `${said}es`) return true;
  return last && said.length >= 6 && word.length > said.length && word.endsWith(said);
}

/**
 * The member a value names by the words it holds, as systems describe a kind in a phrase: "VAT
 * invoice" and "Sales / Invoices" are invoices, "Outgoing credit note" a credit note, and
 * "Factuurbetaling ontvangen" a payment (a compound's last part is its head). The phrase opens or
 * closes the value ("Pay Bill Online" is no bill). The member with the longest such phrase wins,
 * and a tie names none ("Payment for invoice"). A value with a number in it is a description or a
 * reference, not a kind ("Invoice 21455"), and one with commas or underscores a list or a code.
 */
export function enumByWords(raw: string, lookup: EnumLookup): string | null {
  if (/[\d,;_]/.test(raw)) return null;
  const words = fold(raw).split(' ');
  const best = new Map<string, number>();
  for (const { words: phrase, value } of lookup.phrases) {
    const at = (start: number) => phrase.every((w, i) => says(words[start + i]!, w, phrase.length === 1));
    if (phrase.length > words.length || !(at(0) || at(words.length - phrase.length))) continue;
    best.set(value, Math.max(best.get(value) ?? 0, phrase.length));
  }
  const ranked = [...best.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[1]![1] === ranked[0]![1])) return null;
  return ranked[0]![0];
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
