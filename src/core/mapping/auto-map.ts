import type { Field, Target } from '../schema/target';
import { assignMaxWeight } from './assign';
import { contentKey, DISTINCTIVE, NEGATIVE_ONLY, POSITIVE_ONLY, type ColumnProfile } from './content-profile';
import { ENTITY_WORDS, headerOrdinal, headerSegments, headerTokens, isGenericHeader, TYPE_WORDS } from './header-tokens';
import { sharedWords, tokenSimilarity } from './similarity';
import { compact, foldWords } from '../text/fold';

/** Why Ferry proposes a column for a field: data, turned into words by the UI and the CLI. */
export type MatchReason =
  | { readonly kind: 'header-is-label'; readonly header: string }
  | { readonly kind: 'header-is-alias'; readonly header: string; readonly alias: string }
  | { readonly kind: 'header-similar'; readonly header: string; readonly name: string; readonly similarity: number }
  | { readonly kind: 'content'; readonly header: string; readonly content: string; readonly share: number }
  | { readonly kind: 'content-contradicts'; readonly header: string; readonly content: string; readonly share: number }
  | { readonly kind: 'profile'; readonly header: string; readonly profile: string };

export type Confidence = 'high' | 'medium' | 'low';

export interface FieldMatch {
  readonly field: string;
  /** Proposed source column, or -1 for none. */
  readonly column: number;
  /** 0..1 */
  readonly score: number;
  readonly confidence: Confidence | null;
  readonly reasons: readonly MatchReason[];
}

export const HIGH = 0.85;
export const MEDIUM = 0.6;
/** Below this a pair is never proposed. */
export const MIN_SCORE = 0.45;

export const confidenceOf = (score: number): Confidence => (score >= HIGH ? 'high' : score >= MEDIUM ? 'medium' : 'low');

interface HeaderEvidence {
  readonly score: number;
  readonly reason: MatchReason | null;
}

/** Header evidence that names the field outright (its label, key or an alias), not merely resembles it. */
const isExact = (reason: MatchReason | null) => reason !== null && (reason.kind === 'header-is-label' || reason.kind === 'header-is-alias' || (reason.kind === 'header-similar' && reason.similarity === 1));

interface FieldNames {
  /** notAliases, compacted as written. */
  readonly not: ReadonlySet<string>;
  /** Every word of the target's names: two of them are different words, never one's typo of the other. */
  readonly vocabulary: ReadonlySet<string>;
  /** Names of the target's other fields, compacted as written: a header that is one of them is not this field. */
  readonly others: ReadonlySet<string>;
  readonly label: readonly string[];
  readonly labelJoined: string;
  readonly keyJoined: string;
  readonly literalLabel: string;
  readonly literalKey: string;
  readonly aliases: readonly { readonly alias: string; readonly tokens: readonly string[] }[];
  /** Each alias by its compacted spelling, then by its words in any order: exact lookups. */
  readonly aliasByLiteral: ReadonlyMap<string, string>;
  readonly aliasByWords: ReadonlyMap<string, string>;
  /** Generic names that name the field only when nothing better does, by their compacted spelling. */
  readonly weakByLiteral: ReadonlyMap<string, string>;
}

/** A name as written, for exact comparisons: case, accents and spacing aside, but "#" and "%" kept ("Account #" is not "Account"). */
const literalOf = (text: string) => compact(text.replace(/[#№]/g, ' no ').replace(/%/g, ' pct '));

/** A header's meaningful words in a form that ignores their order: "N° facture" says "Invoice number". */
const wordsKey = (tokens: readonly string[]) => [...tokens].sort().join(' ');

/**
 * The field's own label (or key) in other words or another order ("N° facture", "Inv #"): a
 * little above a synonym, so that of "N° pièce" (a synonym) and "N° facture" the latter wins.
 */
const LABEL_WORDS = 0.96;

const namesCache = new WeakMap<Target, ReadonlyMap<Field, FieldNames>>();

/** A numbered family of fields ("Address1Street", "Address2Street"): they share names on purpose, the numbering decides. */
const familyOf = (field: Field) => field.key.replace(/\d+/g, '#');

/**
 * The names of a target's fields in the forms matching compares, computed
 * once per target. An alias is matched word for word only when those words
 * belong to this field alone: "Our client is" (ClientRole) and "Client"
 * (ClientId) share the word "client" once filler is dropped, and "Archivé le"
 * and "Archivé par" the word "archive". Such aliases still match as written.
 */
function namesOfTarget(target: Target): ReadonlyMap<Field, FieldNames> {
  const cached = namesCache.get(target);
  if (cached !== undefined) return cached;
  const owners = new Map<string, Set<string>>();
  const literals = new Map<string, Set<Field>>();
  for (const field of target.fields) for (const name of [field.label, field.key, ...field.aliases, ...field.weakAliases]) literals.set(literalOf(name), (literals.get(literalOf(name)) ?? new Set()).add(field));
  const claim = (words: string, field: Field) => owners.set(words, (owners.get(words) ?? new Set()).add(familyOf(field)));
  const tokenised = target.fields.map((field) => {
    const aliases = field.aliases.map((alias) => ({ alias, tokens: headerTokens(alias) }));
    const label = headerTokens(field.label);
    const key = headerTokens(field.key);
    for (const words of [label, key, ...aliases.map((a) => a.tokens)]) claim(wordsKey(words), field);
    return { field, aliases, label, key };
  });
  const vocabulary = new Set(tokenised.flatMap(({ aliases, label, key }) => [...label, ...key, ...aliases.flatMap((a) => a.tokens)]));
  const byField = new Map<Field, FieldNames>();
  for (const { field, aliases, label, key } of tokenised) {
    const aliasByLiteral = new Map<string, string>();
    const aliasByWords = new Map<string, string>();
    for (const a of aliases) {
      const words = wordsKey(a.tokens);
      if (!aliasByLiteral.has(literalOf(a.alias))) aliasByLiteral.set(literalOf(a.alias), a.alias);
      // "AM email" is one kind-of-value word once "am" is read as filler: only as written.
      const lostMeaning = a.tokens.every(weakWord) && a.tokens.length < foldWords(a.alias).split(' ').length;
      if (!aliasByWords.has(words) && owners.get(words)!.size === 1 && !lostMeaning) aliasByWords.set(words, a.alias);
    }
    byField.set(field, {
      not: new Set(field.notAliases.map((n) => literalOf(n))),
      vocabulary,
      others: new Set([...literals].filter(([, fields]) => !fields.has(field)).map(([literal]) => literal)),
      label,
      labelJoined: wordsKey(label),
      keyJoined: wordsKey(key),
      literalLabel: literalOf(field.label),
      literalKey: literalOf(field.key),
      aliases,
      aliasByLiteral,
      aliasByWords,
      weakByLiteral: new Map(field.weakAliases.map((a) => [literalOf(a), a])),
    });
  }
  namesCache.set(target, byField);
  return byField;
}

/** Words for a second phone line: a contact's phone is the main line when both are there. */
const SECONDARY_PHONE = new Set(['mobile', 'cell', 'cellular', 'portable', 'handy', 'movil', 'celular', 'mobiel', 'gsm']);

/** A generic name of the field ("Record ID" for a Customer ID): below any alias, and too low for high confidence alone. */
const WEAK_ALIAS = 0.82;

/** Score of a header whose words equal a name several fields share once filler words are dropped. */
const AMBIGUOUS_WORDS = 0.75;

const weakWord = (w: string) => TYPE_WORDS.has(w) || ENTITY_WORDS.has(w);

/** How well a header names a field: exact label 1, exact alias 0.95, else word similarity (at most 0.85). */
function headerEvidence(header: string, tokens: readonly string[], field: Field, names: FieldNames): HeaderEvidence {
  const joined = wordsKey(tokens);
  const literal = literalOf(header);
  // A header the target's vocabulary names as something else ("Email consent" for Email), as written.
  if (joined === '' || names.not.has(literal)) return { score: 0, reason: null };
  if (literal === names.literalLabel || literal === names.literalKey) return { score: 1, reason: { kind: 'header-is-label', header } };
  const alias = names.aliasByLiteral.get(literal) ?? names.aliasByWords.get(joined);
  const weak = names.weakByLiteral.get(literal);
  if (alias === undefined && weak !== undefined) return { score: WEAK_ALIAS, reason: { kind: 'header-is-alias', header, alias: weak } };
  if (alias === undefined && names.others.has(literal)) return { score: 0, reason: null };
  const labelWords = joined === names.labelJoined || joined === names.keyJoined;
  if (alias !== undefined) return { score: labelWords ? LABEL_WORDS : 0.95, reason: { kind: 'header-is-alias', header, alias } };
  // Same words once abbreviations are spelled out ("Inv #" for Invoice Number).
  if (labelWords) return { score: LABEL_WORDS, reason: { kind: 'header-similar', header, name: field.label, similarity: 1 } };
  let best = 0;
  let bestName = field.label;
  const consider = (candidate: readonly string[], name: string) => {
    // The same words as a name other fields share ("client" from "Client is"): a resemblance, not a name.
    let s = wordsKey(candidate) === joined ? AMBIGUOUS_WORDS : tokenSimilarity(tokens, candidate, names.vocabulary);
    if (s <= best) return;
    // Sharing only a kind-of-value word ("email", "date") while the name says more ("Email of the
    // Account Manager") is weak evidence: the header may be about something else entirely.
    const shared = sharedWords(tokens, candidate, names.vocabulary);
    if (shared.length > 0 && shared.every(weakWord) && candidate.some((w) => !weakWord(w) && !tokens.includes(w))) s *= 0.6;
    if (s > best) {
      best = s;
      bestName = name;
    }
  };
  consider(names.label, field.label);
  for (const a of names.aliases) consider(a.tokens, a.alias);
  return best > 0 ? { score: best, reason: { kind: 'header-similar', header, name: bestName, similarity: Math.round(best * 100) / 100 } } : { score: 0, reason: null };
}

/** Header evidence for the whole header and for each part of a qualified one ("customers.id"), the best of them. */
function bestHeaderEvidence(header: string, tokens: readonly string[], field: Field, names: FieldNames): HeaderEvidence {
  // "Column C" resembles nothing: its letters are positions, not words. Only a name written out
  // exactly ("A/C" for Client Number) counts.
  if (isGenericHeader(tokens)) {
    const e = headerEvidence(header, tokens, field, names);
    return isExact(e.reason) ? e : { score: 0, reason: null };
  }
  let best = headerEvidence(header, tokens, field, names);
  for (const segment of headerSegments(header)) {
    const e = headerEvidence(segment, headerTokens(segment), field, names);
    if (e.score * 0.92 > best.score) best = { score: e.score * 0.92, reason: e.reason === null ? null : ({ ...e.reason, header } as MatchReason) };
  }
  // Of numbered twins ("Phone 1", "Phone 2") the first is the one a person would pick, and of a
  // phone and a mobile the phone, unless the field is the mobile.
  const ordinal = headerOrdinal(header);
  const secondary = tokens.some((t) => SECONDARY_PHONE.has(t)) && !names.label.some((t) => SECONDARY_PHONE.has(t));
  const step = 0.02 * (ordinal - 1) + (secondary ? 0.02 : 0);
  return step > 0 ? { ...best, score: best.score - step } : best;
}

type Qualifier = 'shipping' | 'billing';

/** Words that say which of a customer's addresses a column belongs to. */
const QUALIFIER_WORDS: readonly [Qualifier, RegExp][] = [
  ['shipping', /^(?:shipping|ship|delivery|deliver|livraison|liefer\p{L}*|envio|entrega|aflever\p{L}*|verzend\p{L}*)$/u],
  ['billing', /^(?:billing|bill|invoicing|facturation|factur\p{L}*|rechnungs\p{L}*|fakturier\p{L}*|factuur\p{L}*)$/u],
];

const qualifierOf = (word: string): Qualifier | null => QUALIFIER_WORDS.find(([, re]) => re.test(word))?.[0] ?? null;

/** The address a field is part of, from its label or description ("Shipping address: city"), if it says. */
function fieldQualifier(field: Field): Qualifier | null {
  const words = foldWords(`${field.label} ${field.description}`).split(' ');
  if (!words.includes('address')) return null;
  for (const word of words) {
    const q = qualifierOf(word);
    if (q !== null) return q;
  }
  return null;
}

/**
 * Header evidence for a field that belongs to one of several addresses: "Shipping Address City" is
 * read as "Address City" and counts a little more for a shipping-address field, "Address City"
 * (another address, unqualified) as is, and "Billing City" a little less.
 */
function qualifiedHeaderEvidence(header: string, tokens: readonly string[], field: Field, names: FieldNames): HeaderEvidence {
  const direct = bestHeaderEvidence(header, tokens, field, names);
  const wanted = fieldQualifier(field);
  if (wanted === null) return direct;
  const words = foldWords(header).split(' ');
  const said = words.map(qualifierOf).find((q) => q !== null) ?? null;
  if (said === null) return direct;
  const rest = words.filter((w, i) => qualifierOf(w) === null && !(w === 'to' && i > 0 && qualifierOf(words[i - 1]!) !== null)).join(' ');
  const stripped = rest === '' ? direct : bestHeaderEvidence(rest, headerTokens(rest), field, names);
  const best = stripped.score > direct.score ? { score: stripped.score, reason: stripped.reason === null ? null : ({ ...stripped.reason, header } as MatchReason) } : direct;
  if (best.score === 0) return best;
  return { ...best, score: best.score + (said === wanted ? QUALIFIER_STEP : -QUALIFIER_STEP) };
}

/** How much naming the field's own address (or another one) moves a header's score. */
const QUALIFIER_STEP = 0.04;

/**
 * Whether the header shares a word with the field's names that is more than a kind of value
 * ("email", "date") and, unless entityCounts, more than the record it is on ("customer").
 */
function sharesTopicWord(tokens: readonly string[], names: FieldNames, entityCounts: boolean): boolean {
  const words = new Set([...names.label, ...names.aliases.flatMap((a) => a.tokens)]);
  return tokens.some((t) => !(TYPE_WORDS.has(t) || (!entityCounts && ENTITY_WORDS.has(t))) && words.has(t));
}

/**
 * Combines header and content evidence into one score, with the reasons a
 * person can read. Content alone proposes a column only when its header
 * says nothing ("Column C"); a meaningful header that merely shares a word
 * like "email" with a field is not enough, whatever the values are.
 */
function pairScore(target: Target, field: Field, header: string, tokens: readonly string[], names: FieldNames, h: HeaderEvidence, profile: ColumnProfile | undefined, uniqueKind: boolean): { score: number; reasons: MatchReason[] } {
  const reasons: MatchReason[] = h.reason === null ? [] : [h.reason];
  const key = contentKey(target, field);
  const share = key === null || profile === undefined || profile.filled === 0 ? null : (profile.shares.get(key) ?? 0);
  if (share === null) {
    // Free text takes anything, but a column of email addresses (or currency codes, VAT numbers,
    // yes/no flags) under a header that only resembles the field's names is that, not free text.
    const other = key === null && profile !== undefined && profile.filled >= 3 && !isExact(h.reason) && (profile.flags >= 0.9 || [...profile.shares].some(([k, v]) => v >= 0.9 && /^(email|currency|taxId:|json:)/.test(k)));
    return { score: h.score * (profile !== undefined && profile.filled === 0 ? 0.9 : other ? 0.6 : 1), reasons };
  }
  // One or two values cannot vouch for a number or a date, but they can refute one ("15.06.2023"
  // under "Bezahlt am" is no payment amount). Even one settles an email or a VAT number.
  if (profile!.filled < 3 && !DISTINCTIVE(key!) && (share > 0 || h.score < 0.5)) return { score: h.score, reasons };
  const contentReason: MatchReason = { kind: share >= 0.5 ? 'content' : 'content-contradicts', header, content: key!.startsWith('looks:') ? key!.slice('looks:'.length) : key!.replace(/:.*/, ''), share: Math.round(share * 100) / 100 };
  if (h.score >= 0.5 && POSITIVE_ONLY(key!)) return { score: h.score, reasons: share >= 0.5 ? [...reasons, contentReason] : reasons };
  if (h.score >= 0.5) {
    // A header match is trusted as far as the values agree with it. Lists of values are the
    // exception: their words differ between systems, and the value map is there to match them.
    // Not when the values all miss the list, though: "Gérant, Comptable, Associée" under "Fonction"
    // are job titles, not the contact's role, and "purchase" under "type" is no document type. Yes
    // and no are the exception: "Leaver? Y/N" is a two-state list written as a flag. So is a column
    // under the target's own label: its values are meant for the field, and validation shows them.
    // A header that names a numeric code outright stays proposed (with low confidence) when the
    // values disagree: it is the right column holding the code's names ("Card" for a PayToolID),
    // which validation then shows, rather than a required field left silently unmapped. Names in
    // an email column are another matter: nothing translates them.
    const codes = (field.type.kind === 'enum' && (share >= 0.2 || profile!.flags >= 0.9 || h.reason?.kind === 'header-is-label')) || field.type.kind === 'boolean';
    const floor = codes ? 0.7 : isExact(h.reason) && field.type.kind === 'integer' ? 0.55 : 0.4;
    return { score: h.score * (floor + (1 - floor) * share), reasons: [...reasons, contentReason] };
  }
  const needed = POSITIVE_ONLY(key!) ? 0.6 : 0.9;
  if (NEGATIVE_ONLY(key!)) return { score: h.score, reasons };
  if (share >= needed && isGenericHeader(tokens) && !profile!.counter && (DISTINCTIVE(key!) || uniqueKind)) {
    return { score: DISTINCTIVE(key!) ? 0.6 + 0.1 * share : 0.5 + 0.05 * share, reasons: [contentReason, ...reasons] };
  }
  // A header close to the field's names, and values that are what the field holds: "*ContactName"
  // full of company names is the company. Only a word beyond a kind of value counts for closed
  // kinds ("Email consent" holding emails still is not the email).
  if (share >= 0.9 && h.score >= 0.3 && (POSITIVE_ONLY(key!) || sharesTopicWord(tokens, names, false))) {
    return { score: h.score + 0.2, reasons: [...reasons, contentReason] };
  }
  // The values are exactly one list's words and the header is about the same thing ("Account
  // Type" holding Asset, Liability, Income): the list decides, even when the header names another.
  if (share >= 0.9 && key!.startsWith('enum:') && profile!.distinct >= 2 && sharesTopicWord(tokens, names, true)) {
    return { score: 0.6 + 0.05 * share, reasons: [contentReason, ...reasons] };
  }
  return { score: h.score * (0.55 + 0.45 * share), reasons };
}

/**
 * Each header without the record name an export puts in front of most of its columns
 * ("account_company_name", "account_vat_number", "account_email": "company name", ...), or null.
 * A first word counts as such a prefix when it names a record (not "shipping" or "invoice", which
 * say whose value it is) and at least three headers of several words start with it.
 */
export function withoutRecordPrefix(headers: readonly string[]): (string | null)[] {
  // The prefix is judged on the meaning of the first word ("customers" is "customer"); what is left
  // keeps its numbering ("Client Address 2" is "address 2", the second address line).
  const first = headers.map((h) => {
    const words = foldWords(h).split(' ').filter((w) => w !== '');
    const meaning = words.length > 1 ? headerTokens(words[0]!)[0] : undefined;
    return meaning !== undefined && RECORD_WORDS.has(meaning) ? { meaning, rest: words.slice(1).join(' ') } : null;
  });
  const starts = new Map<string, number>();
  for (const f of first) if (f !== null) starts.set(f.meaning, (starts.get(f.meaning) ?? 0) + 1);
  return first.map((f) => (f !== null && (starts.get(f.meaning) ?? 0) >= 3 ? f.rest : null));
}

const RECORD_WORDS = new Set(['customer', 'contact', 'account', 'person', 'organisation', 'company', 'supplier', 'employee', 'matter', 'transaction', 'record', 'entity', 'payment', 'client']);

/** How much a header read without its record prefix is worth, against the header read whole. */
const PREFIX_DROPPED = 0.95;

/**
 * A column with the same value on every row ("411", "1300", "121000 Account Receivable") names
 * the ledger, not whose line it is: of two columns named like a customer number, the one that
 * varies is the customer's. Lists, flags and codes such as a currency may well be constant.
 */
const constantColumn = (field: Field, profile: ColumnProfile | undefined) =>
  profile !== undefined && profile.filled >= 4 && profile.distinct === 1 && (field.type.kind === 'text' || field.type.kind === 'integer' || field.type.kind === 'reference');

const CONSTANT_COLUMN = 0.9;

export interface AutoMapInput {
  readonly target: Target;
  /** Source column names as the user sees them (unique). */
  readonly headers: readonly string[];
  /** One profile per column (same order as headers). */
  readonly profiles: readonly ColumnProfile[];
}

/**
 * Proposes a source column for every field of the target: header evidence
 * (names, synonyms, abbreviations, typos, any language the target lists)
 * and content evidence (what the values are) give each pair a score, and the
 * global best assignment (Hungarian) picks one column per field and one field
 * per column. Exact header matches outrank fuzzy ones by construction.
 */
export function autoMap(input: AutoMapInput): FieldMatch[] {
  const { target, headers, profiles } = input;
  const headerTokenLists = headers.map(headerTokens);
  const unprefixed = withoutRecordPrefix(headers);
  const fields = target.fields;
  const kindCount = new Map<string, number>();
  const primaryKindCount = new Map<string, number>();
  for (const f of fields) {
    const k = contentKey(target, f);
    if (k !== null) kindCount.set(k, (kindCount.get(k) ?? 0) + 1);
    if (k !== null && f.exported) primaryKindCount.set(k, (primaryKindCount.get(k) ?? 0) + 1);
  }
  const namesByField = namesOfTarget(target);
  const pairs = fields.map((field) => {
    const names = namesByField.get(field)!;
    // A column of dates says "the date" only when the target has a single date field, or a single
    // exported one (a ledger's Amount, rather than the Debit and Credit columns it can be derived
    // from). Integers are too common (ids, counts, codes) for that second reading.
    const kind = contentKey(target, field) ?? '';
    const uniqueKind = kindCount.get(kind) === 1 || (field.exported && kind !== 'integer' && primaryKindCount.get(kind) === 1);
    return headers.map((header, c) => {
      let evidence = qualifiedHeaderEvidence(header, headerTokenLists[c]!, field, names);
      const rest = unprefixed[c];
      if (rest !== null && rest !== undefined) {
        const e = qualifiedHeaderEvidence(rest, headerTokens(rest), field, names);
        if (e.score * PREFIX_DROPPED > evidence.score) evidence = { score: e.score * PREFIX_DROPPED, reason: e.reason === null ? null : ({ ...e.reason, header } as MatchReason) };
      }
      const pair = { ...pairScore(target, field, header, headerTokenLists[c]!, names, evidence, profiles[c], uniqueKind), named: isExact(evidence.reason) ? evidence.score : 0 };
      return constantColumn(field, profiles[c]) ? { ...pair, score: pair.score * CONSTANT_COLUMN } : pair;
    });
  });
  const weights = pairs.map((row) => row.map((p) => p.score));
  // Cubed before summing, so one strong match outweighs two weak ones that would displace it.
  const cubed = weights.map((row) => row.map((w) => (w >= MIN_SCORE ? w ** 3 : 0)));
  const assigned = assignMaxWeight(cubed, MIN_SCORE ** 3);
  return fields.map((field, i) => {
    const c = assigned[i]!;
    if (c < 0) return { field: field.key, column: -1, score: 0, confidence: null, reasons: [] };
    const p = pairs[i]![c]!;
    // High confidence needs a clear winner: no other column nearly as good for this field, and no
    // other field nearly as good for this column. A close rival makes it medium at most.
    const rivalColumn = Math.max(0, ...weights[i]!.filter((_, k) => k !== c));
    const rivalField = Math.max(0, ...weights.filter((_, k) => k !== i).map((row) => row[c]!));
    // Nor another column that names the field as well, whatever its values ("N° facture" holding
    // "FA-0142" beside "N° pièce" holding 8812): which one is meant is for a person to say.
    const rivalName = Math.max(0, ...pairs[i]!.filter((_, k) => k !== c).map((q) => q.named));
    const contested = Math.max(rivalColumn, rivalField) > p.score - 0.15 || (p.named > 0 && rivalName >= p.named - 0.05);
    // High also needs two agreeing witnesses: the header names the field outright and the values
    // are what the field holds. The target's own label (its template, a previous export) is
    // enough alone. A synonym by itself is not: "Code contact" or "Payment Number" mean different
    // things in different systems.
    const label = p.reasons.some((r) => r.kind === 'header-is-label');
    const named = p.reasons.some(isExact);
    const agreed = p.reasons.some((r) => r.kind === 'content' && r.share >= 0.9);
    const contradicted = p.reasons.some((r) => r.kind === 'content-contradicts');
    const confidence = confidenceOf(p.score);
    // A column read one way while the same kind of value also arrives another way (an Amount next
    // to a Payments column read as the credit side) may be either: a person should look.
    const kind = contentKey(target, field);
    const alternative = fields.some((other, k) => k !== i && assigned[k]! >= 0 && (other.exported !== field.exported) && kind !== null && contentKey(target, other) === kind);
    const capped = confidence === 'high' && (contested || contradicted || alternative || !(label || (named && agreed))) ? 'medium' : confidence;
    return { field: field.key, column: c, score: Math.round(p.score * 1000) / 1000, confidence: capped, reasons: p.reasons };
  });
}
