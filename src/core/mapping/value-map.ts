import { compileEnum, type EnumMember } from '../grammar/enum';
import { compact } from '../text/fold';
import { jaroWinkler } from './similarity';

/** How a distinct source value was matched to an allowed value ('invalid': the user's translation does not read either). */
export type ValueMatchHow = 'exact' | 'synonym' | 'number' | 'similar' | 'user' | 'invalid' | 'none';


export interface ValueMatch {
  readonly from: string;
  readonly count: number;
  /** The allowed value it maps to, or null when nothing matched. */
  readonly to: string | null;
  readonly how: ValueMatchHow;
}

const SIMILAR = 0.88;

/**
 * Matches a column's distinct values to an enum's allowed values, before
 * validation: names and synonyms (case-, accent- and spacing-insensitive),
 * numeric values where allowed, then close spellings (a typo), which are
 * marked so the user can confirm them. The user's own choices come first.
 */
export function matchValues(
  distinct: readonly { value: string; count: number }[],
  members: readonly EnumMember[],
  acceptNumbers: boolean,
  userMap: ReadonlyMap<string, string>,
): ValueMatch[] {
  const lookup = compileEnum(members, acceptNumbers);
  const names = new Set(members.map((m) => compact(m.value)));
  const spellings = members.flatMap((m) => [m.value, ...m.synonyms].map((s) => ({ key: compact(s), value: m.value })));
  return distinct.map(({ value, count }) => {
    const user = userMap.get(value);
    if (user !== undefined) return { from: value, count, to: user, how: 'user' };
    const key = compact(value);
    const hit = lookup.byKey.get(key);
    if (hit !== undefined) return { from: value, count, to: hit, how: names.has(key) ? 'exact' : 'synonym' };
    const num = lookup.byNumber.get(value.trim());
    if (num !== undefined) return { from: value, count, to: num, how: 'number' };
    let best: { value: string; score: number } | null = null;
    for (const s of spellings) {
      const score = jaroWinkler(key, s.key);
      if (score >= SIMILAR && (best === null || score > best.score)) best = { value: s.value, score };
    }
    return best === null ? { from: value, count, to: null, how: 'none' } : { from: value, count, to: best.value, how: 'similar' };
  });
}
