import type { Field } from '../schema/target';
import { type FieldNames, literalOf, weakWord, withoutQualifiers, wordsKey } from './field-names';
import { ENTITY_WORDS, headerOrdinal, headerSegments, headerTokens, isGenericHeader, type Lexicon } from './header-tokens';
import { LEXICON } from './lexicon';
import { sharedWords, tokenSimilarity } from './similarity';
import { foldWords } from '../text/fold';

/** Why Ferry proposes a column for a field: data, turned into words by the UI and the CLI. */
export type MatchReason =
  | { readonly kind: 'header-is-label'; readonly header: string }
  | { readonly kind: 'header-is-alias'; readonly header: string; readonly alias: string }
  | { readonly kind: 'header-similar'; readonly header: string; readonly name: string; readonly similarity: number }
  | { readonly kind: 'content'; readonly header: string; readonly content: string; readonly share: number }
  | { readonly kind: 'content-contradicts'; readonly header: string; readonly content: string; readonly share: number }
  | { readonly kind: 'profile'; readonly header: string; readonly profile: string }
  | { readonly kind: 'profile-constant'; readonly value: string; readonly profile: string }
  | { readonly kind: 'leading-id'; readonly header: string }
  | { readonly kind: 'points-to'; readonly header: string; readonly to: string }
  | { readonly kind: 'lone-id'; readonly header: string; readonly number: string }
  | { readonly kind: 'first-block'; readonly header: string }
  | { readonly kind: 'code-of'; readonly header: string; readonly of: string }
  | { readonly kind: 'product'; readonly header: string; readonly factors: readonly [string, string] }
  | { readonly kind: 'factor'; readonly header: string; readonly other: string; readonly product: string }
  | { readonly kind: 'tax-rate'; readonly header: string; readonly base: string; readonly rates: readonly number[] }
  | { readonly kind: 'taxed'; readonly header: string; readonly tax: string }
  | { readonly kind: 'gross'; readonly header: string; readonly parts: readonly string[] }
  | { readonly kind: 'remainder'; readonly header: string; readonly of: string }
  | { readonly kind: 'rate'; readonly header: string; readonly currency: string }
  | { readonly kind: 'leads'; readonly header: string }
  | { readonly kind: 'net'; readonly header: string; readonly tax: string; readonly gross: string }
  | { readonly kind: 'later'; readonly header: string; readonly than: string }
  | { readonly kind: 'earlier'; readonly header: string; readonly than: string }
  | { readonly kind: 'side'; readonly header: string; readonly other: string; readonly side: 'debit' | 'credit' }
  | { readonly kind: 'follows-side'; readonly header: string }
  | { readonly kind: 'across-sides'; readonly header: string }
  | { readonly kind: 'fills-side'; readonly header: string; readonly side: string }
  | { readonly kind: 'on-entries'; readonly header: string; readonly side: 'debit' | 'credit' }
  | { readonly kind: 'every-entry'; readonly header: string }
  | { readonly kind: 'groups-rows'; readonly header: string }
  | { readonly kind: 'staff'; readonly header: string };

export interface HeaderEvidence {
  readonly score: number;
  readonly reason: MatchReason | null;
}

/** Header evidence that names the field outright (its label, key, an alias, or the user's own mapping), not merely resembles it. */
export const isExact = (reason: MatchReason | null) => reason !== null && (reason.kind === 'header-is-label' || reason.kind === 'header-is-alias' || reason.kind === 'profile' || (reason.kind === 'header-similar' && reason.similarity === 1));

/**
 * The field's own label (or key) in other words or another order ("N° facture", "Inv #"): a
 * little above a synonym, so that of "N° pièce" (a synonym) and "N° facture" the latter wins.
 */
const LABEL_WORDS = 0.96;

/** Words for a second phone line, as the lexicon reads them ("Handy", "Portable" and "Cell" are "mobile"): a contact's phone is the main line when both are there. */
const SECONDARY_PHONE = new Set(['mobile']);

/** A mobile number offered for a field that is not the mobile: the main line may be elsewhere, or missing. */
export const isSecondaryPhone = (tokens: readonly string[], names: FieldNames) => tokens.some((t) => SECONDARY_PHONE.has(t)) && !names.label.some((t) => SECONDARY_PHONE.has(t));

/** Words of a name for free text about a record. */
const NOTE_WORDS = new Set(['note', 'comment', 'description', 'text', 'memo', 'remarks']);

/** An alias reached through other words than its own (a translation, a spelled-out abbreviation). */
const ALIAS_IN_OTHER_WORDS = 0.945;

/** A generic name of the field ("Record ID" for a Customer ID): below any alias, and too low for high confidence alone. */
const WEAK_ALIAS = 0.82;

/** Score of a header whose words equal a name several fields share once filler words are dropped. */
const AMBIGUOUS_WORDS = 0.75;

/**
 * How well a header names a field: its label or key as written 1, its label's words in another form
 * 0.96, an alias 0.95, a generic name (weak alias) 0.82, words several fields share 0.75, else word
 * similarity (at most 0.85, less for generic names).
 */
function headerEvidence(header: string, tokens: readonly string[], field: Field, names: FieldNames): HeaderEvidence {
  const joined = wordsKey(tokens);
  const literal = literalOf(header);
  // A header the target's vocabulary names as something else ("Email consent" for Email), as written.
  if (joined === '' || names.not.has(literal)) return { score: 0, reason: null };
  if (literal === names.literalLabel || literal === names.literalKey) return { score: 1, reason: { kind: 'header-is-label', header } };
  const alias = names.aliasByLiteral.get(literal) ?? names.aliasByWords.get(joined);
  const weak = names.weakByLiteral.get(literal);
  if (alias === undefined && weak !== undefined) return { score: WEAK_ALIAS, reason: { kind: 'header-is-alias', header, alias: weak } };
  if (alias === undefined && names.namedByOther(literal)) return { score: 0, reason: null };
  const labelWords = joined === names.labelJoined || joined === names.keyJoined;
  // An alias as written is a little more than one reached through translated words ("Deposit Date"
  // as written, beside "Receipt Date" read as "Date encaissement").
  const asWritten = names.aliasByLiteral.has(literal);
  if (alias !== undefined) return { score: labelWords ? LABEL_WORDS : asWritten ? 0.95 : ALIAS_IN_OTHER_WORDS, reason: { kind: 'header-is-alias', header, alias } };
  // Same words once abbreviations are spelled out ("Inv #" for Invoice Number).
  if (labelWords) return { score: LABEL_WORDS, reason: { kind: 'header-similar', header, name: field.label, similarity: 1 } };
  let best = 0;
  let bestName = field.label;
  const consider = (candidate: readonly string[], words: string, name: string, weight = 1) => {
    // The same words as a name the field does not own alone ("client" from "Client is", shared with
    // Client; or a generic name): a resemblance, not a name.
    let s = (words === joined ? AMBIGUOUS_WORDS : tokenSimilarity(tokens, candidate, names.vocabulary)) * weight;
    if (s <= best) return;
    // Sharing only a kind-of-value word ("email", "date") while the name says more ("Email of the
    // Account Manager") is weak evidence: the header may be about something else entirely.
    const shared = sharedWords(tokens, candidate, names.vocabulary);
    if (shared.length > 0 && shared.every(weakWord) && candidate.some((w) => !weakWord(w) && !tokens.includes(w))) s *= 0.6;
    // Sharing only the record's name ("Customer Class", "Account Balance" and "Customer account")
    // while the header names something else says nothing about the field.
    else if (shared.length > 0 && shared.every((w) => ENTITY_WORDS.has(w)) && tokens.some((w) => w.length > 1 && !ENTITY_WORDS.has(w) && !candidate.includes(w))) s *= 0.6;
    // A header that only names the record ("Projekt") holds what identifies it, not notes about it ("Aktennotiz").
    else if (tokens.every((w) => ENTITY_WORDS.has(w)) && candidate.some((w) => NOTE_WORDS.has(w))) s *= 0.6;
    if (s > best) {
      best = s;
      bestName = name;
    }
  };
  consider(names.label, names.labelJoined, field.label);
  for (const a of names.aliases) if (!a.lostMeaning) consider(a.tokens, a.words, a.alias);
  // A generic name resembled counts as much less as the name itself does.
  for (const a of names.weak) consider(a.tokens, a.words, a.alias, WEAK_ALIAS / 0.95);
  return best > 0 ? { score: best, reason: { kind: 'header-similar', header, name: bestName, similarity: Math.round(best * 100) / 100 } } : { score: 0, reason: null };
}

/** Header evidence for the whole header and for each part of a qualified one ("customers.id"), the best of them. */
function bestHeaderEvidence(header: string, tokens: readonly string[], field: Field, names: FieldNames, lexicon: Lexicon): HeaderEvidence {
  // "Column C" resembles nothing: its letters are positions, not words. Only a name written out
  // exactly ("A/C" for Client Number) counts.
  if (isGenericHeader(tokens)) {
    const e = headerEvidence(header, tokens, field, names);
    return isExact(e.reason) ? e : { score: 0, reason: null };
  }
  let best = headerEvidence(header, tokens, field, names);
  for (const segment of headerSegments(header)) {
    const e = headerEvidence(segment, headerTokens(segment, lexicon), field, names);
    if (e.score * 0.92 > best.score) best = { score: e.score * 0.92, reason: e.reason === null ? null : ({ ...e.reason, header } as MatchReason) };
  }
  // Of numbered twins ("Phone 1", "Phone 2") the first is the one a person would pick, even when the
  // second's values look a little more like the field's ("Adresse 2" holding the streets of the
  // few rows that have one); and of a phone and a mobile the phone, unless the field is the mobile.
  const ordinal = headerOrdinal(header);
  const secondary = isSecondaryPhone(tokens, names);
  const step = 0.03 * (ordinal - 1) + (secondary ? 0.02 : 0);
  return step > 0 ? { ...best, score: best.score - step } : best;
}

/**
 * The reason for a part of a header ("City" of "Shipping City", "state" of "account_state"), told of
 * the whole header. The part may be the field's own name, but the whole header is not its label: it
 * reads as a synonym, which never stands alone for high confidence.
 */
function wholeHeaderReason(reason: MatchReason | null, header: string, part: string): MatchReason | null {
  if (reason === null) return null;
  return reason.kind === 'header-is-label' ? { kind: 'header-is-alias', header, alias: part } : ({ ...reason, header } as MatchReason);
}

/**
 * Header evidence for a field that belongs to one of several addresses: "Shipping Address City" is
 * read as "Address City" and counts a little more for a shipping-address field, "City" (which
 * address?) a little less, and "Billing City" less still. Scores stay within 0..1.
 */
function qualifiedHeaderEvidence(header: string, tokens: readonly string[], field: Field, names: FieldNames, lexicon: Lexicon): HeaderEvidence {
  const direct = bestHeaderEvidence(header, tokens, field, names, lexicon);
  const wanted = names.qualifier;
  if (wanted === null) return direct;
  const { rest: restWords, said } = withoutQualifiers(foldWords(header).split(' '));
  if (said === null) return { ...direct, score: Math.max(0, direct.score - QUALIFIER_STEP) };
  const rest = restWords.join(' ');
  const stripped = rest === '' ? direct : bestHeaderEvidence(rest, headerTokens(rest, lexicon), field, names, lexicon);
  const best = stripped.score > direct.score ? { score: stripped.reason?.kind === 'header-is-label' ? 0.95 : stripped.score, reason: wholeHeaderReason(stripped.reason, header, rest) } : direct;
  if (best.score === 0) return best;
  return { ...best, score: Math.min(1, Math.max(0, best.score + (said === wanted ? QUALIFIER_STEP : -QUALIFIER_STEP))) };
}

/** How much naming the field's own address (or another one) moves a header's score. */
const QUALIFIER_STEP = 0.04;

/**
 * Each header without the record name an export puts in front of most of its columns
 * ("account_company_name", "account_vat_number", "account_email": "company name", ...), or null.
 * A first word counts as such a prefix when it names a record (not "shipping" or "invoice", which
 * say whose value it is) and at least three headers of several words start with it.
 */
export interface Unprefixed {
  readonly text: string;
  readonly tokens: readonly string[];
}

export function withoutRecordPrefix(headers: readonly string[], lexicon: Lexicon = LEXICON): (Unprefixed | null)[] {
  // The prefix is judged on the meaning of the first word ("customers" is "customer"); what is left
  // keeps its numbering ("Client Address 2" is "address 2", the second address line).
  const first = headers.map((h) => {
    const words = foldWords(h).split(' ').filter((w) => w !== '');
    const meaning = words.length > 1 ? headerTokens(words[0]!, lexicon)[0] : undefined;
    return meaning !== undefined && RECORD_WORDS.has(meaning) ? { meaning, rest: words.slice(1).join(' ') } : null;
  });
  const starts = new Map<string, number>();
  for (const f of first) if (f !== null) starts.set(f.meaning, (starts.get(f.meaning) ?? 0) + 1);
  return first.map((f) => (f !== null && (starts.get(f.meaning) ?? 0) >= 3 ? { text: f.rest, tokens: headerTokens(f.rest, lexicon) } : null));
}

const RECORD_WORDS = new Set(['customer', 'contact', 'account', 'person', 'organisation', 'company', 'supplier', 'employee', 'matter', 'transaction', 'record', 'entity', 'payment']);

/** How much a header read without its record prefix is worth, against the header read whole. */
const PREFIX_DROPPED = 0.95;

/** A name, then a currency as its unit: in brackets, or after "in". */
const CURRENCY_UNIT = /^(.*\p{L}.*?)\s*(?:\((?:[$€£¥]|[A-Z]{3})\)|\[(?:[$€£¥]|[A-Z]{3})\]|\s(?:in|en)\s(?:[$€£¥]|[A-Z]{3}))\s*$/u;

/**
 * How well a column's header names a field: the header as written (and its parts, and without the
 * address it qualifies) or, a little less, without the record prefix most of the file's headers share.
 */
export function columnHeaderEvidence(header: string, tokens: readonly string[], unprefixed: Unprefixed | null, field: Field, names: FieldNames, lexicon: Lexicon = LEXICON): HeaderEvidence {
  // A currency written as an amount's unit ("Cargos ($)", "Montant (EUR)", "Betrag in €") names the amount, not a column of currencies.
  const unit = field.type.kind === 'currency' ? CURRENCY_UNIT.exec(header) : null;
  if (unit !== null) return columnHeaderEvidence(unit[1]!, headerTokens(unit[1]!, lexicon), null, field, names, lexicon);
  const whole = qualifiedHeaderEvidence(header, tokens, field, names, lexicon);
  if (unprefixed === null) return whole;
  const e = qualifiedHeaderEvidence(unprefixed.text, unprefixed.tokens, field, names, lexicon);
  if (e.reason === null || e.score * PREFIX_DROPPED <= whole.score) return whole;
  return { score: e.score * PREFIX_DROPPED, reason: wholeHeaderReason(e.reason, header, unprefixed.text) };
}
