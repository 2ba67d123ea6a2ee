import { compileEnum, enumByWords, type EnumMember } from '../grammar/enum';
import { compact } from '../text/fold';
import { jaroWinkler } from './similarity';

/**
 * How a distinct source value was matched to an allowed value ('invalid': the user's translation
 * does not read either). 'similar' and 'words' are Ferry's guesses, applied until the user confirms them.
 */
export type ValueMatchHow = 'exact' | 'synonym' | 'number' | 'similar' | 'words' | 'user' | 'invalid' | 'none';

const isGuess = (how: ValueMatchHow) => how === 'similar' || how === 'words';


export interface ValueMatch {
  readonly from: string;
  readonly count: number;
  /** The allowed value it maps to, or null when nothing matched. */
  readonly to: string | null;
  readonly how: ValueMatchHow;
  /** Ferry's guess (a close spelling, a word the value holds): applied, and shown for the user to confirm. */
  readonly guessed: boolean;
}

const SIMILAR = 0.88;

/** Edits between two spellings (Levenshtein, a swap of neighbours counting as one), for telling a typo ("Paymnet") from a word that merely starts alike ("Journal Entry" and "Journal debit"). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i]!;
      row[j] = Math.min(d[i - 1]![j]! + 1, row[j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** A typo: close by Jaro-Winkler and within one edit per five letters (at least one). */
const closeSpelling = (a: string, b: string) => jaroWinkler(a, b) >= SIMILAR && editDistance(a, b) <= Math.max(1, Math.floor(Math.max(a.length, b.length) / 5));

/**
 * Matches a column's distinct values to an enum's allowed values, before
 * validation: names and synonyms (case-, accent- and spacing-insensitive),
 * numeric values where allowed, then close spellings (a typo) and the words
 * a value holds ("VAT invoice"), which are marked so the user can confirm them. The user's own
 * choices come first; Ferry's earlier guesses (`guessed`) stay marked as guesses.
 */
export function matchValues(
  distinct: readonly { value: string; count: number }[],
  members: readonly EnumMember[],
  acceptNumbers: boolean,
  userMap: ReadonlyMap<string, string>,
  guessed: ReadonlySet<string> = new Set(),
): ValueMatch[] {
  const lookup = compileEnum(members, acceptNumbers);
  const names = new Set(members.map((m) => compact(m.value)));
  const spellings = members.flatMap((m) => [m.value, ...m.synonyms].map((s) => ({ key: compact(s), value: m.value })));
  const guess = (value: string): { to: string | null; how: ValueMatchHow } => {
    const key = compact(value);
    const hit = lookup.byKey.get(key);
    if (hit !== undefined) return { to: hit, how: names.has(key) ? 'exact' : 'synonym' };
    const num = lookup.byNumber.get(value.trim());
    if (num !== undefined) return { to: num, how: 'number' };
    let best: { value: string; score: number } | null = null;
    for (const s of spellings) {
      if (!closeSpelling(key, s.key)) continue;
      const score = jaroWinkler(key, s.key);
      if (best === null || score > best.score) best = { value: s.value, score };
    }
    if (best !== null) return { to: best.value, how: 'similar' };
    const named = enumByWords(value, lookup);
    return named === null ? { to: null, how: 'none' } : { to: named, how: 'words' };
  };
  return distinct.map(({ value, count }) => {
    const user = userMap.get(value);
    if (user === undefined) {
      const own = guess(value);
      return { from: value, count, ...own, guessed: own.to !== null && isGuess(own.how) };
    }
    if (!guessed.has(value)) return { from: value, count, to: user, how: 'user', guessed: false };
    const own = guess(value);
    return { from: value, count, to: user, how: own.to === user && isGuess(own.how) ? own.how : 'similar', guessed: true };
  });
}
