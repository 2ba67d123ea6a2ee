import type { Field, Target } from '../schema/target';
import { ENTITY_WORDS, headerTokens, TYPE_WORDS } from './header-tokens';
import { compact, foldWords } from '../text/fold';

/** A word that names a kind of value ("email", "date") or a record ("customer"), not what the value is about. */
export const weakWord = (w: string) => TYPE_WORDS.has(w) || ENTITY_WORDS.has(w);

/** A field's names in the forms header matching compares. */
export interface FieldNames {
  /** notAliases, compacted as written. */
  readonly not: ReadonlySet<string>;
  /** Every word of the target's names: two of them are different words, never one's typo of the other. */
  readonly vocabulary: ReadonlySet<string>;
  /** Whether a name as written (see {@link literalOf}) is one of another field's: such a header is not this field. */
  readonly namedByOther: (literal: string) => boolean;
  readonly label: readonly string[];
  readonly labelJoined: string;
  readonly keyJoined: string;
  readonly literalLabel: string;
  readonly literalKey: string;
  /** Each alias with its meaningful words, and those words in any order (see {@link wordsKey}). */
  readonly aliases: readonly { readonly alias: string; readonly tokens: readonly string[]; readonly words: string; readonly lostMeaning: boolean }[];
  /** Each alias by its compacted spelling, then by its words in any order: exact lookups. */
  readonly aliasByLiteral: ReadonlyMap<string, string>;
  readonly aliasByWords: ReadonlyMap<string, string>;
  /** Generic names that name the field only when nothing better does, by their compacted spelling. */
  readonly weakByLiteral: ReadonlyMap<string, string>;
  /** The same generic names with their words, for resemblance. */
  readonly weak: readonly { readonly alias: string; readonly tokens: readonly string[]; readonly words: string }[];
  /** Every word of the field's label and aliases. */
  readonly words: ReadonlySet<string>;
  /** The address the field is part of, when it belongs to one of several. */
  readonly qualifier: Qualifier | null;
}

/** A name as written, for exact comparisons: case, accents and spacing aside, but "#" and "%" kept ("Account #" is not "Account"). */
export const literalOf = (text: string) => compact(text.replace(/[#№]/g, ' no ').replace(/%/g, ' pct '));

/** A header's meaningful words in a form that ignores their order: "N° facture" says "Invoice number". */
export const wordsKey = (tokens: readonly string[]) => [...tokens].sort().join(' ');

export type Qualifier = 'shipping' | 'billing';

/** Words that say which of a customer's addresses a column belongs to. */
const QUALIFIER_WORDS: readonly [Qualifier, RegExp][] = [
  ['shipping', /^(?:shipping|ship|svc|delivery|deliver|location|site|physical|service|destination|destinazione|dest|install|installation|instal\p{L}*|anlagen\p{L}*|standort\p{L}*|objekt\p{L}*|intervention|reexpedition|chantier|prestation|verbrauchs\p{L}*|abnahme\p{L}*|livraison|livr|liefer(?!ant)\p{L}*|envio|entrega|aflever\p{L}*|verzend\p{L}*|leverans\p{L}*|levering\p{L}*|consegna|spedizione|dodac\p{L}*|dorucovaci|teslimat|toimitu\p{L}*|dostaw\p{L}*|szallitasi|livrare|tarne\p{L}*)$/u],
  ['billing', /^(?:billing|bill|invoicing|mailing|facturation|fact|factur\p{L}*|rechnungs\p{L}*|fakturier\p{L}*|factuur\p{L}*|faktur\p{L}*|fatturazione|faturamento|fatura|laskutus\p{L}*|szamlazasi)$/u],
];

export const qualifierOf = (word: string): Qualifier | null => QUALIFIER_WORDS.find(([, re]) => re.test(word))?.[0] ?? null;

/** A compound's word after its qualifier (German "lieferstrasse" → "strasse", Dutch "afleverplaats" → "plaats"), or null. */
const QUALIFIED_COMPOUND = /^(?:liefer|rechnungs?|aflever|leverans|leverings?|factuur|faktura|toimitus|laskutus|installatie|anlagen|standort|objekt)(\p{L}{3,})$/u;
const ADDRESS_NOUNS = new Set(['anschrift', 'adresse', 'address', 'osoite', 'stelle']);
/** Parts of an address "Postal" may stand before as a qualifier ("Postal City"); not a postcode ("Postal Zip"). */
const ADDRESS_PARTS = new Set(['city', 'town', 'suburb', 'state', 'province', 'region', 'country', 'street', 'line']);

/**
 * A folded header's words without the words that say which address it is, compounds split
 * ("Lieferstraße" is "strasse"; "Shipping to City" is "city"), and whether any was there.
 */
export function withoutQualifiers(words: readonly string[]): { rest: string[]; said: Qualifier | null } {
  let said: Qualifier | null = null;
  let noun: string | null = null;
  const rest: string[] = [];
  words.forEach((w, i) => {
    // "Postal address" and "Postal City" are where the post goes, the billing address; "Postal code" is a postcode.
    const q = w === 'postal' && (ADDRESS_NOUNS.has(words[i + 1] ?? '') || ADDRESS_PARTS.has(words[i + 1] ?? '')) ? 'billing' : qualifierOf(w);
    if (q === null) {
      if (!(w === 'to' && i > 0 && qualifierOf(words[i - 1]!) !== null)) rest.push(w);
      return;
    }
    // The word nearest the noun says which: "Location: Bill To City" is the location's billing city.
    said = q;
    const tail = QUALIFIED_COMPOUND.exec(w)?.[1];
    // "Lieferanschrift PLZ" is the postcode: the address word of a compound only repeats what the qualifier says.
    if (tail !== undefined && !ADDRESS_NOUNS.has(tail) && qualifierOf(tail) === null) rest.push(tail);
    if (tail !== undefined && ADDRESS_NOUNS.has(tail)) noun = tail;
  });
  // Unless it is all there is: "Objektadresse" is the address of the property served.
  return { rest: rest.length === 0 && noun !== null ? [noun] : rest, said };
}

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
export function namesOfTarget(target: Target): ReadonlyMap<Field, FieldNames> {
  const cached = namesCache.get(target);
  if (cached !== undefined) return cached;
  const owners = new Map<string, Set<string>>();
  const literals = new Map<string, Set<Field>>();
  for (const field of target.fields) for (const name of [field.label, field.key, ...field.aliases, ...field.weakAliases]) literals.set(literalOf(name), (literals.get(literalOf(name)) ?? new Set()).add(field));
  const claim = (words: string, field: Field) => owners.set(words, (owners.get(words) ?? new Set()).add(familyOf(field)));
  const tokenised = target.fields.map((field) => {
    const aliases = field.aliases.map((alias) => {
      const tokens = headerTokens(alias);
      // "AM email" is one kind-of-value word once "am" is read as filler: it names the field only as written.
      const lostMeaning = tokens.every(weakWord) && tokens.length < foldWords(alias).split(' ').length;
      return { alias, tokens, words: wordsKey(tokens), lostMeaning };
    });
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
      const words = a.words;
      if (!aliasByLiteral.has(literalOf(a.alias))) aliasByLiteral.set(literalOf(a.alias), a.alias);
      if (!aliasByWords.has(words) && owners.get(words)!.size === 1 && !a.lostMeaning) aliasByWords.set(words, a.alias);
    }
    byField.set(field, {
      not: new Set(field.notAliases.map((n) => literalOf(n))),
      vocabulary,
      namedByOther: (literal) => [...(literals.get(literal) ?? [])].some((f) => f !== field),
      label,
      labelJoined: wordsKey(label),
      keyJoined: wordsKey(key),
      literalLabel: literalOf(field.label),
      literalKey: literalOf(field.key),
      aliases,
      aliasByLiteral,
      aliasByWords,
      weakByLiteral: new Map(field.weakAliases.map((a) => [literalOf(a), a])),
      weak: field.weakAliases.map((alias) => {
        const tokens = headerTokens(alias);
        return { alias, tokens, words: wordsKey(tokens) };
      }),
      words: new Set([...label, ...aliases.flatMap((a) => a.tokens)]),
      qualifier: fieldQualifier(field),
    });
  }
  namesCache.set(target, byField);
  return byField;
}
