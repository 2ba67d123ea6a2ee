/** Similarity of two short strings in [0, 1] (Jaro-Winkler): good at typos and shared prefixes. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const range = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatch = new Uint8Array(a.length);
  const bMatch = new Uint8Array(b.length);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const lo = Math.max(0, i - range);
    const hi = Math.min(b.length - 1, i + range);
    for (let j = lo; j <= hi; j++) {
      if (bMatch[j] === 1 || a[i] !== b[j]) continue;
      aMatch[i] = 1;
      bMatch[j] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    if (aMatch[i] !== 1) continue;
    while (bMatch[k] !== 1) k++;
    if (a[i] !== b[k]) transpositions++;
    k++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

const typoCache = new Map<string, boolean>();
const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * Two words match when equal, or when long enough and one typo apart (memoised: vocabularies
 * repeat words). Two different words that are both in the vocabulary are not typos of each other:
 * "county" and "country", "action" and "acting", "collection" and "collectif".
 */
function wordsMatch(a: string, b: string, known: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5 || (known.has(a) && known.has(b))) return false;
  const key = a < b ? `${a} ${b}` : `${b} ${a}`;
  let near = typoCache.get(key);
  if (near === undefined) {
    if (typoCache.size > 200_000) typoCache.clear();
    near = jaroWinkler(a, b) >= 0.93;
    typoCache.set(key, near);
  }
  return near;
}

/**
 * How much two headers say the same thing, in [0, 1]: 1 when their meaningful
 * words are the same, a Dice overlap of words otherwise (tolerating typos),
 * or the string similarity of single words for misspellings.
 */
export function tokenSimilarity(a: readonly string[], b: readonly string[], known: ReadonlySet<string> = NO_WORDS): number {
  if (a.length === 0 || b.length === 0) return 0;
  if (a.join('') === b.join('')) return 1;
  const used = new Uint8Array(b.length);
  let overlap = 0;
  for (const w of a) {
    for (let j = 0; j < b.length; j++) {
      if (used[j] === 0 && wordsMatch(w, b[j]!, known)) {
        used[j] = 1;
        overlap++;
        break;
      }
    }
  }
  const dice = (2 * overlap) / (a.length + b.length);
  // Whole-string similarity only for single words (typos: "Adress", "Emial"); across words it
  // rewards look-alikes such as "customer number" and "customer name". Two words the vocabulary
  // knows apart are no typos of each other ("country" and "county").
  const whole = a.length === 1 && b.length === 1 && !(known.has(a[0]!) && known.has(b[0]!)) ? jaroWinkler(a[0]!, b[0]!) : 0;
  return Math.max(dice * 0.85, whole >= 0.9 ? whole * 0.8 : 0);
}

/** The words two token lists share (typo-tolerant). */
export function sharedWords(a: readonly string[], b: readonly string[], known: ReadonlySet<string> = NO_WORDS): string[] {
  return a.filter((w) => b.some((x) => wordsMatch(w, x, known)));
}
