import type { Field, Relation, Target } from '../schema/target';
import { assignMaxWeight } from './assign';
import { contentKey, DISTINCTIVE, NEGATIVE_ONLY, POSITIVE_ONLY, type ColumnProfile } from './content-profile';
import { type FieldNames, literalOf, namesOfTarget, withoutQualifiers } from './field-names';
import { foldWords } from '../text/fold';
import type { LearnedName } from './profile';
import { columnHeaderEvidence, type HeaderEvidence, isExact, isSecondaryPhone, type MatchReason, withoutRecordPrefix } from './header-evidence';
import { ENTITY_WORDS, headerTokens, TYPE_WORDS } from './header-tokens';
import { WIDE_LEXICON } from './lexicon';
import { idPrefixWord } from './value-shapes';
import { besideItsKin, ID_WORDS, idTwins, isMachineName, leadingIdColumn, numberedPositions, saysNothing } from './file-structure';

export type { MatchReason } from './header-evidence';

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

/**
 * Whether the header shares a word with the field's names that is more than a kind of value
 * ("email", "date") and, unless entityCounts, more than the record it is on ("customer").
 */
function sharesTopicWord(tokens: readonly string[], names: FieldNames, entityCounts: boolean): boolean {
  return tokens.some((t) => !(TYPE_WORDS.has(t) || (!entityCounts && ENTITY_WORDS.has(t))) && names.words.has(t));
}

/** One column and one field, with what is known of both. */
interface Pair {
  readonly target: Target;
  readonly field: Field;
  readonly names: FieldNames;
  readonly header: string;
  readonly tokens: readonly string[];
  readonly h: HeaderEvidence;
  readonly profile: ColumnProfile | undefined;
  /** The field is the target's only one of its kind of value (its only date, say). */
  readonly uniqueKind: boolean;
  /** The file is laid out on the target's template (most headers are its labels). */
  readonly template: boolean;
  /** The column clearly holds a kind of value that is not free text (see {@link isTypedColumn}). */
  readonly typedColumn: boolean;
  /** The header says nothing of what the values are (see {@link saysNothing}): they speak for themselves. */
  readonly meaningless: boolean;
  /** The file has one column of dates, this one or another. */
  readonly oneDate: boolean;
}

/**
 * Combines header and content evidence into one score, with the reasons a
 * person can read. Content alone proposes a column only when its header
 * says nothing ("Column C"); a meaningful header that merely shares a word
 * like "email" with a field is not enough, whatever the values are.
 */
function pairScore({ target, field, names, header, tokens, h, profile, uniqueKind, template, typedColumn, meaningless, oneDate }: Pair): { score: number; reasons: MatchReason[] } {
  const reasons: MatchReason[] = h.reason === null ? [] : [h.reason];
  const key = contentKey(target, field);
  // Unix timestamps are dates under a header that names the date, and ids under any other.
  const read = (k: string, p: ColumnProfile) => (k === 'date' && h.score >= 0.5 ? Math.max(p.shares.get(k) ?? 0, p.epochs) : (p.shares.get(k) ?? 0));
  // Amounts with cents ("1,650.00") are no whole numbers, whatever a reader of integers makes of them.
  const share = key === null || profile === undefined || profile.filled === 0 ? null : key === 'integer' && profile.amounts >= 0.5 ? 0 : read(key, profile);
  // Ids whose prefix says what they number ("INV-2291", "PMT-0412", "CL-0041"), under a header that
  // says nothing: the field that numbers that record takes them.
  const numbered = profile === undefined ? null : idPrefixWord(profile.idPrefix);
  if (meaningless && numbered !== null && tellsRecordsApart(field, names) && names.label.includes(numbered)) {
    return { score: 0.55, reasons: [{ kind: 'content', header, content: `prefix:${profile!.idPrefix!}`, share: 1 }, ...reasons] };
  }
  // A ledger that names its customers instead of numbering them ("Harbor Point Marina LLC" on one
  // row after another), under a header that says nothing: in a target with no field for the
  // customer's name, the names are the rows' only link to the customer, so its number takes them.
  if (meaningless && profile !== undefined && profile.filled >= 3 && profile.names >= 0.8 && profile.distinct < profile.filled && linksCustomerByName(target, field, names)) {
    return { score: 0.5, reasons: [{ kind: 'content', header, content: 'names', share: Math.round(profile.names * 100) / 100 }, ...reasons] };
  }
  if (share === null) {
    // Free text takes anything, but a column of email addresses (or currency codes, VAT numbers,
    // yes/no flags) under a header that only resembles the field's names is that, not free text.
    // A rate in the header ("IVA 21%") over amounts is the tax at that rate, not a rate or a code: alias or not.
    const rated = /\d\s*%/.test(header) && profile !== undefined && profile.amounts >= 0.8;
    const other = key === null && typedColumn && !isExact(h.reason);
    return { score: h.score * (profile !== undefined && profile.filled === 0 ? 0.9 : rated ? 0.4 : other ? 0.6 : 1), reasons };
  }
  // One or two values cannot vouch for a number or a date, but they can refute one ("15.06.2023"
  // under "Bezahlt am" is no payment amount). Even one settles an email or a VAT number.
  if (profile!.filled < 3 && !DISTINCTIVE(key!) && (share > 0 || h.score < 0.5)) return { score: h.score, reasons };
  const contentReason: MatchReason = { kind: share >= 0.5 ? 'content' : 'content-contradicts', header, content: key!.startsWith('looks:') ? key!.slice('looks:'.length) : key === 'decimal:percent' ? key : key!.replace(/:.*/, ''), share: Math.round(share * 100) / 100 };
  // Shapes such as a company name only ever add: of two columns named alike ("Nom", "Société"), the
  // one whose values have the field's shape is the better witness.
  // Content that can only refute says nothing when it does not: no witness for high confidence.
  if (NEGATIVE_ONLY(key!) && share >= 0.5) return { score: h.score, reasons };
  // A numeric code that sources write as words (a payment method's id): its words or its numbers
  // are fine, and so are a few other words to translate; anything else ("65e5a1c2-7f3b…" under
  // "ID") refutes it, as for any whole number.
  const numbers = profile!.shares.get('integer') ?? profile!.numeric;
  if (field.type.kind === 'integer' && key!.startsWith('looks:') && share < 0.5 && numbers < 0.5 && profile!.filled >= 3 && !codeList(profile!)) {
    return { score: h.score * 0.4, reasons: [...reasons, { kind: 'content-contradicts', header, content: 'integer', share: Math.round(numbers * 100) / 100 }] };
  }
  // Codes ("C000214", "GP0007") are nobody's name, whatever the header ("Customer" in an ERP's list is its key).
  if (h.score >= 0.5 && NAME_SHAPES.has(key!) && share < 0.2 && profile!.numeric >= 0.8 && profile!.filled >= 3) return { score: h.score * 0.6, reasons: [...reasons, { kind: 'content-contradicts', header, content: key!.slice('looks:'.length), share: Math.round(share * 100) / 100 }] };
  // A shape that only adds still cannot be a column of dates or of yes/no under a header that
  // merely resembles the field ("Fecha de cobro", "Betaald" for a payment method).
  const datesOrFlags = profile!.flags >= 0.9 || (profile!.shares.get('date') ?? 0) >= 0.9;
  if (h.score >= 0.5 && POSITIVE_ONLY(key!) && share < 0.2 && datesOrFlags && !isExact(h.reason)) return { score: h.score * 0.6, reasons };
  // Nor a column wholly of another field's kind (see ANOTHER_KIND).
  const another = ANOTHER_KIND[key!];
  if (another !== undefined && share < 0.2 && (profile!.shares.get(another.kind) ?? 0) >= 0.9) return { score: h.score * another.factor, reasons: [...reasons, contentReason] };
  if (h.score >= 0.5 && POSITIVE_ONLY(key!)) return share >= 0.6 ? { score: Math.min(1, h.score + CORROBORATED), reasons: [...reasons, contentReason] } : { score: h.score, reasons };
  if (h.score >= 0.5) {
    // A header match is trusted as far as the values agree with it, with a floor for what a value
    // map or a fix can still make right. Lists and flags: their words differ between systems, if
    // some values match ("Gérant, Associée" under "Fonction" are job titles, not roles), if they are
    // yes/no ("Leaver? Y/N"), or if the column is the target's own template's. A named numeric code
    // holding names ("Card" for a PayToolID) is the right column, to translate; invoice numbers with
    // a prefix ("2024-0112") are the invoice numbers, to fix: flagged rows are better than another
    // column's whole numbers exported silently in their place. Another system's ids ("cus_QbX81…"
    // for Billing's numeric AccountID) and names in an email column: nothing translates them.
    const ownLayout = template && h.reason?.kind === 'header-is-label';
    const codes = (field.type.kind === 'enum' && (share >= 0.2 || profile!.flags >= 0.9 || ownLayout)) || field.type.kind === 'boolean';
    // A flag's header over values that are no yes/no at all, and all different ("Ann Lee", "Tom Ray" under "Billing contact"), names something else.
    const noFlags = field.type.kind === 'boolean' && share < 0.2 && profile!.flags < 0.5 && profile!.distinct >= 0.7 * profile!.filled && profile!.filled >= 3;
    // Values that are mostly not the list's words and mostly all different (job titles under
    // "Fonction" for a contact's role) are no codes to translate but something else: the header
    // alone is not enough. Codes repeat ("SI", "SR", "SI").
    const fewListWords = field.type.kind === 'enum' && share < 0.5 && profile!.distinct >= 0.7 * profile!.filled && profile!.flags < 0.9 && !ownLayout;
    // A number of the record's own ("Invoice Number") is kept to fix; the target's id of another record
    // ("AccountID") is not another system's code ("C-10042", an IBAN): only whole numbers, or words
    // to translate ("Card" for a PayToolID), may be it, unless the file is in the target's own layout.
    const fixable = names.label.includes('id') ? share >= 0.5 || ownLayout || (codeList(profile!) && profile!.wordy >= 0.8) : profile!.numeric >= 0.5 || codeList(profile!);
    const floor = fewListWords || noFlags ? 0.2 : codes || (isExact(h.reason) && field.type.kind === 'integer' && fixable) ? 0.7 : 0.4;
    // A header that only resembles the field's names, over values of a kind only a few fields take
    // ("Email ID" holding addresses), is that field more than one the header resembles as much.
    const told = !isExact(h.reason) && share >= 0.9 && DISTINCTIVE(key!) && profile!.filled >= 3 ? TOLD_BY_VALUES : 0;
    return { score: Math.min(Math.max(h.score, 0.9), h.score * (floor + (1 - floor) * share) + told), reasons: [...reasons, contentReason] };
  }
  const needed = POSITIVE_ONLY(key!) ? 0.6 : 0.9;
  if (NEGATIVE_ONLY(key!)) return { score: h.score, reasons };
  // Under a meaningless header, values decide when they are of a kind only one field takes; a yes/no
  // column is not, whatever the target: it could be any flag of the old system. Nor are words that
  // only their neighbours can read (see besideItsKin), nor bare numbers as phone numbers: a SIRET
  // or a Chamber of Commerce number reads as one as well.
  // Nor whole numbers as amounts: an invoice's number (5120) or a control number (000004812) reads as one.
  // Nor bare numbers as days ("1043" is an id more often than terms); "30 dagar" is terms. Nor as
  // durations: "450.00" reads as hours, but "2:15" is a duration.
  const unwritten = (key === 'phone' && profile!.bareNumbers >= 0.5) || (key === 'decimal' && profile!.fractions === 0) || ((key === 'days' || key === 'duration') && profile!.bareNumbers >= 0.5);
  // Nor is a file's one date the day something happened to the record ("Verified date"): it is when the record was made or done.
  const statusDate = key === 'date' && names.label.some((t) => STATUS_DATE_WORDS.has(t));
  if (share >= needed && meaningless && !profile!.counter && !unwritten && (DISTINCTIVE(key!) || (uniqueKind && key !== 'boolean' && key !== 'looks:locality' && !statusDate))) {
    // Distinctive values on a few rows only (a parent company's name) tell less than on every row.
    const filledShare = profile!.filledRows.length === 0 ? 1 : profile!.filled / profile!.filledRows.length;
    return { score: (DISTINCTIVE(key!) ? 0.6 + 0.1 * share : 0.5 + 0.05 * share) * (0.9 + 0.1 * filledShare), reasons: [contentReason, ...reasons] };
  }
  // A header none of whose words the target knows ("CODESTTE", "Canton", "REGIO") says nothing either,
  // but it may mean something: distinctive values decide, a little lower.
  if (share >= 0.9 && h.score === 0 && !profile!.counter && DISTINCTIVE(key!) && !LOOSE_SHAPES.has(key!) && saysNothingKnown(tokens, names.vocabulary)) {
    return { score: 0.55 + 0.1 * share, reasons: [contentReason, ...reasons] };
  }
  // So does a file's one date, for a target's one date field ("Tarih" of a ledger), lower still.
  if (share >= 0.9 && h.score === 0 && key === 'date' && oneDate && uniqueKind && !statusDate && saysNothingKnown(tokens, names.vocabulary)) {
    return { score: 0.5, reasons: [contentReason, ...reasons] };
  }
  // A header close to the field's names, and values that are what the field holds: "*ContactName"
  // full of company names is the company. Only a word beyond a kind of value counts for closed
  // kinds ("Email consent" holding emails still is not the email).
  // Two-letter codes that are states as well as countries (AZ, CA, DE, IN under "Location State")
  // witness no country.
  const statesToo = key === 'country' && (profile!.shares.get('looks:region') ?? 0) >= 0.9;
  if (share >= 0.9 && h.score >= 0.3 && !statesToo && (POSITIVE_ONLY(key!) || sharesTopicWord(tokens, names, false))) {
    return { score: h.score + 0.2, reasons: [...reasons, contentReason] };
  }
  // The values are exactly one list's words and the header is about the same thing ("Account
  // Type" holding Asset, Liability, Income): the list decides, even when the header names another.
  if (share >= 0.9 && key!.startsWith('enum:') && profile!.distinct >= 2 && sharesTopicWord(tokens, names, true)) {
    return { score: 0.6 + 0.05 * share, reasons: [contentReason, ...reasons] };
  }
  // Every value one of the list's words, two or more of them, none a number or a yes/no ("INV", "PMT" under
  // "INV/PMT"): a code list that says which it is, under any header.
  if (share >= 0.95 && key!.startsWith('enum:') && profile!.wordy >= 0.8 && profile!.distinct >= 2 && profile!.filled >= 4 && profile!.flags < 0.5 && h.score < 0.5) {
    return { score: 0.59, reasons: [contentReason, ...reasons] };
  }
  // Values of a shape no other field's take by chance ("ORD-58231") under a header that shares a word
  // with the field's names, even one that is another field's synonym ("Reference"), decide; so do
  // payment terms written out ("30 Tage netto", "Net 45", "Contado"), which no code list looks like.
  const telling = TELLING_SHAPES.has(key!) || (key === 'days' && profile!.numeric < 0.5);
  if (share >= 0.9 && telling && tokens.some((t) => names.words.has(t))) return { score: Math.max(TOLD_BY_SHAPE, h.score), reasons: [contentReason, ...reasons] };
  // Ways of paying under any header at all ("Buchungstext", "Concepto", "Channel" of a bank or a
  // processor): no other field's values are those words.
  if (share >= 0.8 && key === 'looks:payment-method' && profile!.filled >= 3) return { score: Math.max(TOLD_BY_SHAPE - 0.05, h.score), reasons: [contentReason, ...reasons] };
  return { score: h.score * (0.55 + 0.45 * share), reasons };
}

/** The column a field's row of pair scores rates highest (the first of equals). */
const bestColumn = (row: readonly { readonly score: number }[]) => row.reduce((b, p, c) => (p.score > row[b]!.score ? c : b), 0);

/** National ids by which Latin American and Iberian ledgers name a customer (tax, company and identity numbers), and the "receptor" an invoice's RFC is of. */
const PARTY_ID_WORDS = new Set(['nit', 'cuit', 'cuil', 'ruc', 'rut', 'rfc', 'cpf', 'cnpj', 'nif', 'cif', 'dni', 'ci', 'receptor']);

/** Records a party's rows may each be about, whose numbers a sample can pair with the party's names by chance. */
const OTHER_RECORDS = new Set(['event', 'order', 'job', 'project', 'batch', 'session', 'booking']);

/** Words of headers over codes that read as countries or states without being any ("sv", "en", "de" under "locale"). */
const CODES_OF_ANOTHER_KIND = new Set(['language']);

/**
 * No word of the header is a word of the target's names, nor ends with one as run-together names
 * do ("PRIMARYCONTACTEMAIL" is an email; "CODESTTE" says nothing the target knows).
 */
const saysNothingKnown = (tokens: readonly string[], vocabulary: ReadonlySet<string>) =>
  !tokens.some((t) => CODES_OF_ANOTHER_KIND.has(t)) &&
  tokens.every((t) => !vocabulary.has(t) && ![...vocabulary].some((w) => w.length >= 4 && t.length > w.length && t.endsWith(w)));

/** Words of a date field that dates a change of the record's state rather than the record ("Verified", "Closed"). */
const STATUS_DATE_WORDS = new Set(['verified', 'closed', 'archived', 'destroyed', 'modified', 'updated', 'birth']);

/** The shapes of names: of a company, of a person. */
const NAME_SHAPES = new Set(['looks:company-name', 'looks:given-name', 'looks:family-name']);

/** Distinctive shapes that plain numbers also take (a four-digit id, nine digits): not enough under a header of words. */
const LOOSE_SHAPES = new Set(['looks:postal-code', 'taxId:us-ein']);

/** What a telling shape is worth under a header that only shares a word with the field's names. */
const TOLD_BY_SHAPE = 0.55;

/**
 * Shapes no other field's values take by chance: a column of invoice numbers is the invoice
 * numbers, whatever synonym of another field its header is ("Reference" holding "ORD-58231" is the
 * order, not the payment's reference), and "Type" holding BACS and CHAPS is the payment method.
 */
const TELLING_SHAPES = new Set(['looks:payment-method', 'looks:document-number', 'looks:processor-payment-id', 'looks:processor-customer-id', 'looks:company-number', 'looks:honorific']);

/** Share of a column's values that must have a telling shape for it to tell: four in five, so a bank's odd entry ("Addebito SDD") among its transfers does not hide them. */
const TELLING_SHARE = 0.8;

/** How much a synonym counts for a column whose values are clearly another field's. */
const FOREIGN_SHAPE = 0.5;

/** The telling shapes of the target's fields that a column's values clearly have. */
function tellingShapes(target: Target, profile: ColumnProfile | undefined): ReadonlySet<string> {
  const out = new Set<string>();
  if (profile === undefined || profile.filled < 3) return out;
  for (const f of target.fields) {
    const key = contentKey(target, f);
    if (key !== null && TELLING_SHAPES.has(key) && (profile.shares.get(key) ?? 0) >= TELLING_SHARE) out.add(key);
  }
  return out;
}

/** Whether the column's values have another field's telling shape and not this field's, under a header that is only a synonym of this one. */
function foreignShape(own: string | null, telling: ReadonlySet<string>, profile: ColumnProfile | undefined, evidence: HeaderEvidence): boolean {
  if (telling.size === 0 || profile === undefined || evidence.reason?.kind === 'header-is-label' || evidence.reason?.kind === 'profile') return false;
  if (own !== null && (profile.shares.get(own) ?? 0) >= 0.5) return false;
  return [...telling].some((key) => key !== own);
}

/** A few words or repeated values ("Card", "Cheque", "Net 30"), not ids ("cus_QbX81mDz3K"): codes written out, to translate. */
const codeList = (profile: ColumnProfile) => profile.distinct <= 30 && (profile.wordy >= 0.8 || !profile.unique);

/** A column of emails, currency codes, tax ids, JSON, yes/no flags, dates or amounts with cents: values with a kind of their own. */
const isTypedColumn = (profile: ColumnProfile | undefined) =>
  profile !== undefined && profile.filled >= 3 && (profile.flags >= 0.9 || profile.amounts >= 0.9 || [...profile.shares].some(([k, v]) => v >= 0.9 && /^(email|currency|taxId:|json:|date$)/.test(k)));

/** Below this share of values of the field's kind, a match is shown with low confidence whatever its name. */
const REFUTED = 0.2;

/** What values of the field's shape add to a header that names it. */
const CORROBORATED = 0.02;
/**
 * Shapes that only add, refused all the same by a column wholly of another field's kind: a column of
 * countries is no state or region ("Stát", Czech for a country, over "Česká republika"), and bare
 * titles ("Mr.", "Ms.", "Dr." under "Salutation") are the name's title, not a letter's salutation.
 */
const ANOTHER_KIND: Readonly<Record<string, { readonly kind: string; readonly factor: number }>> = {
  'looks:region': { kind: 'country', factor: 0.6 },
  'looks:salutation': { kind: 'looks:honorific', factor: 0.5 },
  // Nor are email addresses a postcode, whatever the header resembles ("E-posta", Turkish for email).
  'looks:postal-code': { kind: 'email', factor: 0.5 },
};
/** What distinctive values add to a header that only resembles the field's names. */
const TOLD_BY_VALUES = 0.1;

/**
 * A column with the same value on every row ("411", "1300", "121000 Account Receivable") names
 * the ledger, not whose line it is: of two columns named like a customer number, the one that
 * varies is the customer's. Lists, flags and codes such as a currency may well be constant, and
 * so may a place named for the field: a local firm's customers are all in one state ("QLD" on every
 * row of "Site State"). A lone "IN" under a header that says nothing is no state for all that.
 */
const constantColumn = (field: Field, profile: ColumnProfile | undefined, kind: string, named: boolean) =>
  profile !== undefined && profile.filled >= 4 && profile.distinct === 1 && (field.type.kind === 'text' || field.type.kind === 'integer' || field.type.kind === 'reference') && !(named && PLACES.has(kind));

const PLACES = new Set(['looks:region', 'looks:locality', 'country']);

const CONSTANT_COLUMN = 0.9;

/** The rows' numbers (1, 2, 3: an Access autonumber, a dataframe's index) are no other record's id nor any value, unless named so. */
const ROW_NUMBERS = 0.5;

/** For a field whose values many records share (see Field.shared), a column whose values are all different is something else. */
const ALL_DIFFERENT = 0.5;

/**
 * For a field that tells records apart (an id, a number, a code, a reference to another record), a
 * column with the same value on every row is much weaker still: "Accounts Receivable" on every line
 * of a QuickBooks ledger is the ledger account, and the customer is in another column.
 */
const CONSTANT_ID_COLUMN = 0.6;
/** The text field that numbers the customer, in a target with no field for the customer's name. */
const linksCustomerByName = (target: Target, field: Field, names: FieldNames) =>
  field.type.kind === 'text' && names.label.includes('customer') && tellsRecordsApart(field, names) && !target.fields.some((f) => f.type.kind === 'text' && f.type.looksLike === 'company-name');

const tellsRecordsApart = (field: Field, names: FieldNames) => field.type.kind === 'reference' || names.label.some((t) => ID_WORDS.has(t));

export interface AutoMapInput {
  readonly target: Target;
  /** Source column names as the user sees them (unique). */
  readonly headers: readonly string[];
  /** One profile per column (same order as headers). */
  readonly profiles: readonly ColumnProfile[];
  /** Headers the user's saved profiles map to this target's fields (see {@link learnedNames}). */
  readonly learned?: readonly LearnedName[];
}

/** A header the user once mapped to the field: their word outranks every synonym but the target's own label. */
const LEARNED = 0.97;

/** What values read by their neighbours are worth: a content-only match. */
const BESIDE_KIN = 0.6;

/** What a leading column of unique ids is worth for the record's id field: a generic name's weight. */
const LEADING_ID = 0.82;

/** What a column of other rows' ids is worth for a field that refers to the file's own records: a synonym's weight, less. */
const POINTS_TO_OWN = 0.9;

/** A proposal under construction: its score, reasons, and how exactly the header names the field (0 if it does not). */
interface PairScore {
  readonly score: number;
  readonly reasons: readonly MatchReason[];
  readonly named: number;
}

/**
 * Raises, for each field referring to records of this file (a customer's group), the columns whose
 * values are the ids in the column assigned to the referenced field, on other rows ("Head Office",
 * "Zentrale", "Parent account"), and lowers the other fields' claims on them. Returns whether
 * anything was raised.
 */
function raiseSelfReferences(target: Target, headers: readonly string[], profiles: readonly ColumnProfile[], assigned: readonly number[], pairs: PairScore[][]): boolean {
  let raised = false;
  target.fields.forEach((field, i) => {
    const type = field.type;
    if (type.kind !== 'reference' || (type.target !== 'self' && type.target !== target.id)) return;
    const d = assigned[target.fields.findIndex((f) => f.key === type.field)] ?? -1;
    if (d < 0) return;
    profiles.forEach((p, c) => {
      const pair = pairs[i]![c]!;
      // Short numbers meet other columns' values by chance ("Postcode" 1042 where customer 1042 is
      // another row): for them the header must say something of the link too.
      if (!p.refersTo.includes(d) || (p.shortNumbers >= 0.9 && pair.score < 0.2)) return;
      pairs[i]![c] = { ...pair, score: Math.max(pair.score, POINTS_TO_OWN), reasons: [...pair.reasons, { kind: 'points-to', header: headers[c]!, to: headers[d]! }] };
      // Ids of other rows are no one's name ("Parent account" is also the group's name in Upflow).
      pairs.forEach((row, j) => {
        if (j !== i && row[c]!.score > POINTS_TO_OWN * 0.9) row[c] = { ...row[c]!, score: POINTS_TO_OWN * 0.9 };
      });
      raised = true;
    });
  });
  return raised;
}

/** What a relation between a file's numbers is worth for the fields it relates: a content-only match, above a close name. */
const ARITHMETIC = 0.7;

/** What a tax's relation is worth for the amount it is a tax on: less, for an amount is often another's base too. */
const TAXED = 0.65;

/** The target's relations between fields (see {@link Relation}), its product rules first. */
const relationsOf = (target: Target): Relation[] => [
  ...target.rules.flatMap((r) => (r.kind === 'product' && r.factors.length === 2 ? [{ kind: 'product' as const, field: r.field, factors: [r.factors[0]!, r.factors[1]!] as [string, string] }] : [])),
  ...target.relations,
];

/**
 * Raises the columns whose numbers relate as the target's fields do: a column that is two others
 * multiplied row by row is a line's amount, and they are its units (the smaller numbers) and its
 * price; a column that is a steady few percent of another is a tax on it. This speaks under any
 * header, in any language, but only for a field no other column is named for. Each later relation
 * counts a little less, so the first of two that the same columns satisfy (a tax in invoice
 * currency before the same in base currency) is preferred.
 */
function raiseByArithmetic(target: Target, headers: readonly string[], profiles: readonly ColumnProfile[], pairs: PairScore[][]): void {
  const index = (key: string) => target.fields.findIndex((f) => f.key === key);
  // Numbers settle what names do not: a field another column is named for keeps that column.
  const named = pairs.map((row) => row.map((p) => p.score >= MEDIUM));
  const raise = (i: number, c: number, score: number, reason: MatchReason) => {
    const pair = pairs[i]?.[c];
    if (pair === undefined || named[i]!.some((n, d) => n && d !== c)) return;
    pairs[i]![c] = { ...pair, score: Math.max(pair.score, score), reasons: [...pair.reasons, reason] };
  };
  relationsOf(target).forEach((relation, k) => {
    const score = ARITHMETIC - 0.01 * k;
    profiles.forEach((profile, c) => {
      if (relation.kind === 'product') {
        const [field, count, price] = [relation.field, ...relation.factors].map(index) as [number, number, number];
        for (const [small, large] of profile.products) {
          raise(field, c, score, { kind: 'product', header: headers[c]!, factors: [headers[small]!, headers[large]!] });
          raise(count, small, score, { kind: 'factor', header: headers[small]!, other: headers[large]!, product: headers[c]! });
          raise(price, large, score, { kind: 'factor', header: headers[large]!, other: headers[small]!, product: headers[c]! });
        }
        return;
      }
      if (relation.kind === 'gross') {
        // The field's best column is one of the parts another column adds up: that column is the amount after tax.
        const i = index(relation.field);
        const row = pairs[i];
        if (row === undefined || profile.sumOf === null) return;
        const best = bestColumn(row);
        if (row[best]!.score < MIN_SCORE || !profile.sumOf.includes(best) || row[c]!.score > row[best]!.score) return;
        pairs[i]![c] = { ...row[c]!, score: Math.min(1, row[best]!.score + 0.01), reasons: [{ kind: 'gross', header: headers[c]!, parts: profile.sumOf.map((p) => headers[p]!) }, ...row[c]!.reasons] };
        return;
      }
      if (relation.kind === 'rate') {
        if (profile.rateOf !== null) raise(index(relation.field), c, score, { kind: 'rate', header: headers[c]!, currency: headers[profile.rateOf]! });
        return;
      }
      if (relation.kind === 'remainder') {
        if (profile.remainderOf !== null) raise(index(relation.field), c, score, { kind: 'remainder', header: headers[c]!, of: headers[profile.remainderOf]! });
        return;
      }
      if (relation.kind === 'later') {
        for (const earlier of profile.laterThan) {
          raise(index(relation.field), c, score, { kind: 'later', header: headers[c]!, than: headers[earlier]! });
          raise(index(relation.after), earlier, score, { kind: 'earlier', header: headers[earlier]!, than: headers[c]! });
        }
        return;
      }
      if (relation.kind !== 'tax') return;
      for (const { base, rates, gross } of profile.taxOf) {
        raise(index(relation.field), c, score, { kind: 'tax-rate', header: headers[c]!, base: headers[base]!, rates });
        raise(index(relation.base), base, TAXED - 0.01 * k, { kind: 'taxed', header: headers[base]!, tax: headers[c]! });
        // The field a tax is of is the amount before it: not the column named for it ("Total",
        // "Betrag") when that one is this amount plus the tax.
        const row = pairs[index(relation.base)];
        if (row === undefined || gross === null || bestColumn(row) !== gross || row[gross]!.score < MIN_SCORE || row[base]!.score >= row[gross]!.score) continue;
        row[base] = { ...row[base]!, score: Math.min(1, row[gross]!.score + 0.01), reasons: [{ kind: 'net', header: headers[base]!, tax: headers[c]!, gross: headers[gross]! }, ...row[base]!.reasons] };
      }
    });
  });
}

/** What leading a list of records is worth for their own number, under a header that says nothing: a content-only match. */
const LEADS = 0.58;

/**
 * The records' own number (see the leading-number relation): under headers that say nothing, the
 * first column that is neither the rows' numbers nor one repeated value ("24/11/2026", the day the
 * report was printed), when its values are codes all different, neither dates nor amounts.
 */
function raiseLeadingNumber(target: Target, headers: readonly string[], profiles: readonly ColumnProfile[], meaningless: readonly boolean[], pairs: PairScore[][]): void {
  const relation = target.relations.find((r) => r.kind === 'leading-number');
  if (relation === undefined) return;
  const i = target.fields.findIndex((f) => f.key === relation.field);
  if (pairs[i]?.some((p) => p.score >= MEDIUM) !== false) return;
  const c = profiles.findIndex((p) => p.filled > 0 && !p.rowNumbers && p.distinct > 1);
  const p = profiles[c];
  if (p === undefined || !meaningless[c] || !p.unique || p.amounts >= 0.5 || (p.shares.get('date') ?? 0) >= 0.5 || p.wordy > 0) return;
  const pair = pairs[i]![c]!;
  if (pair.score < LEADS) pairs[i]![c] = { ...pair, score: LEADS, reasons: [{ kind: 'leads', header: headers[c]! }, ...pair.reasons] };
}

/** What a name is worth for an id field beside a column of its ids ("Patient" beside "Pat.-Nr."). */
const NAME_BESIDE_ITS_ID = 0.8;

/** What a ledger's sides are worth for its debit and credit, under headers that say nothing: a content-only match. */
const SIDES = 0.6;

/** What following the sides is worth for the kind of entry; a little less for a column that fills one side's rows. */
const FOLLOWS_SIDE = 0.58;
const FILLS_SIDE = 0.55;

/** Share of a side's rows a column must fill to be filled "on those rows", and most of the other side's it may fill (a credit note's number). */
const ON_SIDE = 0.6;
const OFF_SIDE = 0.34;

/**
 * A ledger's sides, under headers that say nothing (see ledger-sides): the file's two columns of
 * amounts filled on different rows are the split amount's debit (the left one) and credit, a
 * column of a few words that change with the side is the kind of entry, and each field the target
 * says stands on one side's rows (an invoice's number on the debit rows) takes the column filled
 * on those rows and hardly on the others'; words that come back on both sides name the customer.
 * A ledger with one amount column has its sides too, told by its entries (see ledger-sides): the
 * same holds for what stands on them, and the amount is its first column of money on every row.
 * Not when a header names any of the amounts: they speak.
 */
function raiseBySides(target: Target, headers: readonly string[], profiles: readonly ColumnProfile[], meaningless: readonly boolean[], namesOf: (f: Field) => FieldNames, pairs: PairScore[][]): void {
  const split = target.derivations.find((d) => d.kind === 'split-amount' && d.sources.length === 2);
  if (split?.kind !== 'split-amount') return;
  const index = (key: string) => target.fields.findIndex((f) => f.key === key);
  const [debit, credit] = split.sources.map((s) => index(s.field)) as [number, number];
  if ([debit, credit, index(split.amount)].some((i) => pairs[i]?.some((p) => p.score >= MEDIUM) === true)) return;
  const raise = (i: number, c: number, score: number, reason: MatchReason) => {
    const pair = pairs[i]?.[c];
    if (pair !== undefined && pair.score < score) pairs[i]![c] = { ...pair, score, reasons: [reason, ...pair.reasons] };
  };
  const amount = index(split.amount);
  const sides = profiles.flatMap((p, c) => (meaningless[c] === true && p.ledger?.side != null && p.ledger.otherSide !== null && meaningless[p.ledger.otherSide] === true ? [{ c, ledger: p.ledger }] : []));
  if (sides.length === 2) {
    for (const { c, ledger } of sides) raise(ledger.side === 'debit' ? debit : credit, c, SIDES, { kind: 'side', header: headers[c]!, other: headers[ledger.otherSide!]!, side: ledger.side! });
    // The amount is then the sides': another column of money beside them is a tax or a balance.
    pairs[amount]?.forEach((p, c) => {
      if (meaningless[c] === true) pairs[amount]![c] = { ...p, score: Math.min(p.score, MIN_SCORE / 2) };
    });
  } else {
    // One amount on every row, the sides told by the entries' own columns: the amount is the first
    // column of money filled on every row (a tax is filled on the charges only, a balance comes after).
    const entries = profiles.every((p, c) => meaningless[c] !== true || (p.ledger !== null && !p.ledger.split));
    const first = profiles.findIndex((p, c) => meaningless[c] === true && p.ledger?.money === true && p.ledger.onDebit >= 0.9 && p.ledger.onCredit >= 0.9);
    if (!entries || !profiles.some((p, c) => meaningless[c] === true && p.ledger !== null) || first < 0) return;
    raise(amount, first, FILLS_SIDE, { kind: 'every-entry', header: headers[first]! });
  }
  const sideColumn = (side: 'debit' | 'credit') => sides.find((s) => s.ledger.side === side)?.c;
  const free = (c: number) => meaningless[c] === true && profiles[c]?.ledger?.side === null;
  // In a target with no field for the customer's name, the names are the rows' link to the customer.
  const party = target.fields.findIndex((f) => linksCustomerByName(target, f, namesOf(f)));
  profiles.forEach((p, c) => {
    if (free(c) && p.ledger!.followsSide) raise(index(split.field), c, FOLLOWS_SIDE, { kind: 'follows-side', header: headers[c]! });
    if (free(c) && p.ledger!.acrossSides && party >= 0) raise(party, c, FILLS_SIDE, { kind: 'across-sides', header: headers[c]! });
  });
  for (const relation of target.relations) {
    if (relation.kind !== 'side') continue;
    const i = index(relation.field);
    const side = split.sources.findIndex((s) => s.field === relation.side) === 0 ? 'debit' : 'credit';
    const field = target.fields[i]!;
    // Words for a way of paying; codes or numbers (not words, dates or amounts) for a document's number.
    const fits = (q: ColumnProfile) => (field.type.kind === 'text' && field.type.looksLike === 'payment-method' ? q.wordy >= 0.8 : q.wordy < 0.2 && !q.ledger!.money && (q.shares.get('date') ?? 0) < 0.5);
    const on = (q: ColumnProfile) => (side === 'debit' ? q.ledger!.onDebit : q.ledger!.onCredit);
    const off = (q: ColumnProfile) => (side === 'debit' ? q.ledger!.onCredit : q.ledger!.onDebit);
    const candidates = profiles.flatMap((q, c) => (free(c) && fits(q) && on(q) >= ON_SIDE && off(q) <= OFF_SIDE ? [{ c, margin: on(q) - off(q) }] : []));
    const best = candidates.sort((x, y) => y.margin - x.margin)[0];
    const sideHeader = sideColumn(side);
    if (best !== undefined) raise(i, best.c, FILLS_SIDE, sideHeader === undefined ? { kind: 'on-entries', header: headers[best.c]!, side } : { kind: 'fills-side', header: headers[best.c]!, side: headers[sideHeader]! });
  }
}

/**
 * Of the record's id and its number (Efimis's ImportId and EntityNumber), a lone column of unique
 * ids feeds the id when the id is required and the number is not: the file can then be imported,
 * and the number users see may be set later. Returns whether the column moved.
 */
function moveLoneIdToRecordId(target: Target, headers: readonly string[], profiles: readonly ColumnProfile[], assigned: readonly number[], pairs: PairScore[][]): boolean {
  const r = target.fields.findIndex((f) => f.key === target.recordId);
  const n = target.fields.findIndex((f) => f.key === target.recordNumber);
  if (r < 0 || n < 0 || !target.fields[r]!.required || target.fields[n]!.required || assigned[r]! >= 0) return false;
  const c = assigned[n]!;
  if (c < 0 || profiles[c]?.unique !== true) return false;
  pairs[r]![c] = { ...pairs[r]![c]!, score: Math.min(1, pairs[n]![c]!.score + 0.01), reasons: [{ kind: 'lone-id', header: headers[c]!, number: target.fields[n]!.label }] };
  return true;
}

/** Share of a side's rows on which another side (or the signed amount) is filled too, above which it is no side of a split. */
const SIDES_OVERLAP = 0.5;

/**
 * Withdraws the columns proposed for the sides of a split amount (debit and credit: whichever is
 * filled decides) that are filled on the same rows as another side or the amount itself: an
 * invoice list's "Paid" beside its "Amount" is how much of each invoice was paid, not a credit
 * entry. Returns whether anything was withdrawn.
 */
function withdrawOverlappingSides(target: Target, profiles: readonly ColumnProfile[], assigned: readonly number[], pairs: PairScore[][]): boolean {
  let withdrawn = false;
  const columnOf = (key: string) => assigned[target.fields.findIndex((f) => f.key === key)] ?? -1;
  for (const d of target.derivations) {
    if (d.kind !== 'split-amount') continue;
    const sides = d.sources.map((s) => columnOf(s.field));
    const amount = columnOf(d.amount);
    d.sources.forEach((source, k) => {
      const c = sides[k]!;
      const rows = c < 0 ? undefined : profiles[c]?.filledRows;
      if (rows === undefined) return;
      // The other sides; or, for a lone side, the amount (a running balance beside both sides proves nothing).
      const otherSides = sides.filter((o, j) => j !== k && o >= 0);
      const others = (otherSides.length > 0 ? otherSides : amount >= 0 ? [amount] : []).map((o) => profiles[o]!.filledRows);
      const filled = rows.filter(Boolean).length;
      const shared = rows.filter((f, r) => f && others.some((o) => o[r] === true)).length;
      // Two rows at least: one row with both sides filled is a mistake to flag, not a pattern.
      if (others.length === 0 || shared < 2 || shared < SIDES_OVERLAP * filled) return;
      const i = target.fields.findIndex((f) => f.key === source.field);
      pairs[i]![c] = { ...pairs[i]![c]!, score: 0 };
      withdrawn = true;
    });
  }
  return withdrawn;
}

/**
 * Of two numbered address blocks (Efimis's Address1… and Address2…), the one whose columns come
 * first in the file is address 1: which block a system calls physical, postal, mailing or home
 * varies, the file's order does not. Swaps the blocks' columns, part for part, when the second
 * block starts first; each moved column keeps the evidence it had, and says why it moved.
 */
function firstBlockFirst(target: Target, headers: readonly string[], assigned: readonly number[], pairs: PairScore[][]): number[] {
  const out = [...assigned];
  const part = (key: string) => /^(\D*address)(\d)(\D+)$/i.exec(key);
  const start = (n: string) => Math.min(...target.fields.flatMap((f, i) => (part(f.key)?.[2] === n && out[i]! >= 0 ? [out[i]!] : [])));
  const move = (from: number, to: number) => {
    const c = assigned[from]!;
    if (c < 0) return;
    pairs[to]![c] = { ...pairs[from]![c]!, reasons: [...pairs[from]![c]!.reasons, { kind: 'first-block', header: headers[c]! }] };
  };
  // Side by side and with no part twice, the columns are one block ("Mailing Address" beside "City",
  // "State", "Zip Code"), whatever each header suggested: address 1.
  const blockOf = (n: string) => target.fields.flatMap((f, i) => (part(f.key)?.[2] === n && out[i]! >= 0 ? [i] : []));
  const [first, second] = [blockOf('1'), blockOf('2')];
  const columns = [...first, ...second].map((i) => out[i]!).sort((a, b) => a - b);
  const together = columns.every((c, k) => k === 0 || c - columns[k - 1]! <= 2);
  const twice = second.some((i) => first.some((k) => part(target.fields[k]!.key)![3] === part(target.fields[i]!.key)![3]));
  if (first.length > 0 && second.length > 0 && together && !twice) {
    for (const i of second) {
      const m = part(target.fields[i]!.key)!;
      const j = target.fields.findIndex((g) => g.key === `${m[1]}1${m[3]}`);
      if (j < 0) continue;
      move(i, j);
      [out[i], out[j]] = [-1, out[i]!];
    }
    return out;
  }
  if (!(start('2') < start('1'))) return out;
  target.fields.forEach((f, i) => {
    const m = part(f.key);
    if (m === null || m[2] !== '1') return;
    const j = target.fields.findIndex((g) => g.key === `${m[1]}2${m[3]}`);
    if (j < 0) return;
    move(i, j);
    move(j, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  });
  return out;
}

/** Words of a field for the firm's own person in charge of a record (Upflow's account manager). */
const STAFF_WORDS = new Set(['manager', 'owner', 'responsible', 'collector', 'controller', 'salesperson']);

/** What the same few addresses across a customer list are worth for the staff's email field: a content match. */
const STAFF_EMAILS = 0.6;

/** What a column of addresses all different is worth for the staff's email field, unless named for it: each customer's own. */
const THEIR_OWN_ADDRESS = 0.5;

/** A header's resemblance to a field's names below which it says nothing of which column is meant. */
const WEAK_NAME = 0.2;

/**
 * A ledger's required link to its customer that no column took: the column the rows are grouped by,
 * codes or names that come back on several rows and stand on every row ("Cód. propietario" 0045,
 * 0045, 0061…, a clinic's "Nº historia" 2841, 2841, 3107…). An account statement repeats nothing
 * else so but its dates, kinds of entry and amounts. Of several, the one whose header is closest to
 * the field's names, else the one of more values; codes before names, as a name's code is its
 * customer's id. Under headers that say nothing, codes are anyone's: only names are the customer.
 * Returns whether a column moved.
 */
function partyTheRowsAreGroupedBy(target: Target, headers: readonly string[], profiles: readonly ColumnProfile[], meaningless: readonly boolean[], assigned: readonly number[], pairs: PairScore[][], namesOf: (f: Field) => FieldNames): boolean {
  const i = target.fields.findIndex((f, k) => f.required && assigned[k]! < 0 && namesOf(f).label.includes('customer') && tellsRecordsApart(f, namesOf(f)));
  if (i < 0) return false;
  const taken = new Set(assigned);
  const groups = (q: ColumnProfile, c: number) => {
    if (taken.has(c) || q.filled < 3 || q.filled < q.filledRows.length || q.distinct < 2 || q.distinct >= q.filled || q.counter) return false;
    if (q.amounts >= 0.5 || q.fractions >= 0.5 || q.flags >= 0.5 || (q.shares.get('date') ?? 0) >= 0.5) return false;
    const numbered = idPrefixWord(q.idPrefix);
    return numbered === null || numbered === 'customer';
  };
  const names = (c: number) => profiles[c]!.names >= 0.8;
  const codes = profiles.flatMap((q, c) => (groups(q, c) && q.wordy < 0.2 && meaningless[c] !== true ? [c] : []));
  const named = profiles.flatMap((q, c) => (groups(q, c) && names(c) ? [c] : []));
  // A header that resembles the field's names a little decides; else the more customers.
  const rank = (c: number) => [pairs[i]![c]!.score >= WEAK_NAME ? pairs[i]![c]!.score : 0, profiles[c]!.distinct] as const;
  const better = (a: number, b: number) => { const [x, y] = [rank(a), rank(b)]; return x[0] > y[0] || (x[0] === y[0] && x[1] > y[1]); };
  const first = (cs: number[]) => cs.reduce((b, k) => (better(k, b) ? k : b), cs[0]!);
  const name = named.length > 0 ? first(named) : -1;
  const c = codes.length > 0 ? first(codes) : (profiles[name]?.codes.find((k) => groups(profiles[k]!, k)) ?? name);
  if (c < 0) return false;
  pairs[i]![c] = { ...pairs[i]![c]!, score: MIN_SCORE, reasons: [{ kind: 'groups-rows', header: headers[c]! }] };
  return true;
}

/** A dBase field's descriptor as LibreOffice writes it after the name: "KUNDNR,C,6", "BETRAG,N,12,2", "AKTIV,L". */
const FIELD_TYPE = /^(.+?),[CNDLMF](?:,\d{1,3}(?:,\d{1,2})?)?$/;

/**
 * The headers without their dBase field descriptors, when most of them carry one (a table opened
 * from a .dbf file and saved as CSV): the name says what the column is, the descriptor how it was stored.
 */
function withoutFieldTypes(headers: readonly string[]): readonly string[] {
  const typed = headers.filter((h) => FIELD_TYPE.test(h.trim())).length;
  return typed >= 3 && typed >= 0.8 * headers.length ? headers.map((h) => FIELD_TYPE.exec(h.trim())?.[1] ?? h) : headers;
}

/**
 * Proposes a source column for every field of the target: header evidence
 * (names, synonyms, abbreviations, typos, any language the target lists)
 * and content evidence (what the values are) give each pair a score, and the
 * global best assignment (Hungarian) picks one column per field and one field
 * per column. Exact header matches outrank fuzzy ones by construction.
 */
export function autoMap(input: AutoMapInput): FieldMatch[] {
  const { target, profiles } = input;
  const headers = withoutFieldTypes(input.headers);
  const learned = new Map((input.learned ?? []).map((l) => [literalOf(l.header), l]));
  const namesByField = namesOfTarget(target);
  // Every word of the target's names (the same set for each of its fields).
  const vocabulary = namesByField.get(target.fields[0]!)?.vocabulary ?? new Set<string>();
  const positions = numberedPositions(headers, vocabulary);
  // A column named by its position says nothing: its number is its only word. A name a tool made up has none.
  const headerTokenLists = headers.map((h, c) => positions.get(c) ?? (isMachineName(h, vocabulary) ? [] : headerTokens(h)));
  const meaningless = saysNothing(headers, headerTokenLists);
  const unprefixed = withoutRecordPrefix(headers);
  // Each header is also read with the words of other languages the lexicon lacks ("Fylke" is a county).
  const wideTokenLists = headers.map((h, c) => (positions.has(c) ? headerTokenLists[c]! : isMachineName(h, vocabulary) ? [] : headerTokens(h, WIDE_LEXICON)));
  const wideUnprefixed = withoutRecordPrefix(headers, WIDE_LEXICON);
  const readsWider = headers.map((_, c) => wideTokenLists[c]!.join(' ') !== headerTokenLists[c]!.join(' ') || wideUnprefixed[c]?.tokens.join(' ') !== unprefixed[c]?.tokens.join(' '));
  const fields = target.fields;
  const kindCount = new Map<string, number>();
  const primaryKindCount = new Map<string, number>();
  for (const f of fields) {
    const k = contentKey(target, f);
    if (k !== null) kindCount.set(k, (kindCount.get(k) ?? 0) + 1);
    if (k !== null && f.exported) primaryKindCount.set(k, (primaryKindCount.get(k) ?? 0) + 1);
  }
  // A file laid out on the target's template (most headers are its labels) says what each column is
  // for; a lone "Status" among a processor's columns is just a common word.
  const labels = new Set(fields.map((f) => literalOf(f.label)));
  const labelled = headers.filter((h) => labels.has(literalOf(h))).length;
  const template = labelled >= 3 && labelled >= headers.length / 2;
  const typedColumns = profiles.map(isTypedColumn);
  const oneDate = profiles.filter((p) => p.filled >= 3 && (p.shares.get('date') ?? 0) >= 0.9).length === 1;
  const telling = profiles.map((p) => tellingShapes(target, p));
  const idField = fields.find((f) => f.key === target.recordId);
  // Not when another column holds values of the id field's own shape (Stripe's "ch_…" under "Charge").
  const idShape = idField === undefined ? null : contentKey(target, idField);
  const shapedElsewhere = idShape !== null && idShape.startsWith('looks:') && profiles.some((p) => (p.shares.get(idShape) ?? 0) >= 0.9 && p.filled >= 3);
  const leadingId = idField === undefined || shapedElsewhere ? -1 : leadingIdColumn(headers, headerTokenLists, profiles, namesByField.get(idField)!);
  const pairs = fields.map((field) => {
    const names = namesByField.get(field)!;
    // A column of dates says "the date" only when the target has a single date field, or a single
    // exported one (a ledger's Amount, rather than the Debit and Credit columns it can be derived
    // from). Integers are too common (ids, counts, codes) for that second reading.
    const kind = contentKey(target, field) ?? '';
    const uniqueKind = kindCount.get(kind) === 1 || (field.exported && kind !== 'integer' && primaryKindCount.get(kind) === 1);
    return headers.map((header, c) => {
      const taught = learned.get(literalOf(header));
      // The header read with other languages' words too, where that names the field better.
      const own = columnHeaderEvidence(header, headerTokenLists[c]!, unprefixed[c] ?? null, field, names);
      const wide = taught === undefined && readsWider[c] && own.score < 1 ? columnHeaderEvidence(header, wideTokenLists[c]!, wideUnprefixed[c] ?? null, field, names, WIDE_LEXICON) : own;
      const widened = wide.score > own.score;
      const tokens = widened ? wideTokenLists[c]! : headerTokenLists[c]!;
      // What the user taught settles the header: their field gets it, the others do not.
      const named: HeaderEvidence =
        taught === undefined
          ? widened ? wide : own
          : taught.field === field.key
            ? { score: LEARNED, reason: { kind: 'profile', header, profile: taught.profile } }
            : { score: 0, reason: null };
      const evidence: HeaderEvidence = c === leadingId && field.key === target.recordId && named.score < LEADING_ID ? { score: LEADING_ID, reason: { kind: 'leading-id', header } } : named;
      const pair = { ...pairScore({ target, field, names, header, tokens, h: evidence, profile: profiles[c], uniqueKind, template, typedColumn: typedColumns[c] ?? false, meaningless: meaningless[c] ?? false, oneDate }), named: isExact(evidence.reason) ? evidence.score : 0 };
      const kin = pair.score < BESIDE_KIN ? besideItsKin(kind, c, meaningless, profiles) : null;
      const beside = kin === null ? pair : { ...pair, score: BESIDE_KIN, reasons: [{ kind: 'content' as const, header, content: kin, share: 1 }] };
      const scaled = constantColumn(field, profiles[c], kind, evidence.score >= 0.5)
        ? { ...beside, score: beside.score * (tellsRecordsApart(field, names) ? CONSTANT_ID_COLUMN : CONSTANT_COLUMN) }
        : field.shared && profiles[c]?.unique === true
          ? { ...beside, score: beside.score * ALL_DIFFERENT }
          : profiles[c]?.rowNumbers === true && !isExact(evidence.reason)
            ? { ...beside, score: beside.score * ROW_NUMBERS }
            : beside;
      return foreignShape(kind === '' ? null : kind, telling[c]!, profiles[c], evidence) ? { ...scaled, score: scaled.score * FOREIGN_SHAPE } : scaled;
    });
  });
  // A field that holds an id: a reference to another record, or a number or code by its name ("Client Number").
  const holdsId = (field: Field) => field.type.kind === 'reference' || namesByField.get(field)!.label.some((t) => ID_WORDS.has(t));
  // Of a name and its id ("Mitarbeiter" and "Mitarbeiter-Nr.", "Project" and "Project Code",
  // "Contact Name" and "Contact Code"), a field that holds an id (a reference to another record, a
  // "Client Number") takes the id.
  for (const [plain, withId] of idTwins(headerTokenLists)) {
    fields.forEach((field, i) => {
      if (!holdsId(field)) return;
      const a = pairs[i]![plain]!;
      const b = pairs[i]![withId]!;
      // A name's number whose values the field refuses is another thing's ("Card Number" beside a scheme's "Card Name").
      if (headerTokenLists[plain]!.includes('name') && b.reasons.some((r) => r.kind === 'content-contradicts')) return;
      // Words the field's codes are written as ("Bonifico a vostro favore" under "Causale", for a
      // PayToolID) tell the field; the old system's code beside them ("Cod. causale" 48) does not.
      const shape = contentKey(target, field);
      if (shape !== null && shape.startsWith('looks:') && (profiles[plain]?.shares.get(shape) ?? 0) >= TELLING_SHARE) return;
      if (a.score >= MIN_SCORE && a.score >= b.score) pairs[i]![withId] = { ...b, score: Math.min(1, a.score + 0.01), reasons: b.reasons.length > 0 ? b.reasons : a.reasons.map((r) => ({ ...r, header: headers[withId]! }) as MatchReason) };
      // And the name is not the id, even where no other field would take the id instead ("Leerling"
      // beside "Leerlingnummer": the number would otherwise go to the invoice number, for want of one).
      // A reference is not always the name's own ("Vendor Ref" is the vendor's reference for the expense).
      if (pairs[i]![withId]!.score >= MIN_SCORE && !headerTokenLists[withId]!.includes('reference')) pairs[i]![plain] = { ...a, score: a.score * NAME_BESIDE_ITS_ID };
    });
  }
  // A field that holds an id takes the names' codes ("Clave" 12 beside "Nombre" Ferretería El
  // Tornillo), not the names its header may share words with ("Cliente" for a Client Number).
  fields.forEach((field, i) => {
    if (!holdsId(field)) return;
    const row = pairs[i]!;
    const best = bestColumn(row);
    if (row[best]!.score < MIN_SCORE) return;
    // Under a header of id words, national ids that name a party ("NIT", "CPF/CNPJ", "RFC receptor")
    // and the names' own words ("Code", "Clave", "Client Code"): a "Project #" or a "Mobile Number"
    // may pair with a sample's few names too.
    const own = new Set([...ID_WORDS, ...PARTY_ID_WORDS, ...namesByField.get(field)!.label, ...headerTokenLists[best]!]);
    const codes = profiles[best]?.codes ?? [];
    const ownWords = codes.filter((c) => headerTokenLists[c]!.every((t) => own.has(t)));
    // For a customer, the one number of words the target does not know ("Code copro", "Guarantor
    // Nbr", "Nº Cuenta") is the named party's as well, unless the words name another record ("Event
    // ID"); of two or more ("KR-Nr.", "UR-Nr." and "Beteiligten-Nr." of a notary's debtor), none is.
    const customer = namesByField.get(field)!.label.includes('customer');
    const unknown = !customer
      ? []
      : codes.filter((c) => {
          const tokens = headerTokenLists[c]!;
          return tokens.some((t) => ID_WORDS.has(t)) && tokens.every((t) => own.has(t) || (!vocabulary.has(t) && !OTHER_RECORDS.has(t)) || t === 'account');
        });
    for (const code of ownWords.length > 0 || unknown.length !== 1 ? ownWords : unknown) {
      if (row[code]!.score < row[best]!.score) row[code] = { ...row[code]!, score: Math.min(1, row[best]!.score + 0.01), reasons: [{ kind: 'code-of', header: headers[code]!, of: headers[best]! }] };
    }
  });
  // Of a phone and a mobile, the phone, unless the field is the mobile: "Telefon służbowy" or "Tél.
  // ligne directe" beside "Tél. portable", though only the mobile's words are among the field's names.
  fields.forEach((field, i) => {
    const kind = contentKey(target, field);
    if (kind !== 'phone') return;
    const row = pairs[i]!;
    const best = bestColumn(row);
    if (row[best]!.score < MIN_SCORE || !isSecondaryPhone(wideTokenLists[best]!, namesByField.get(field)!)) return;
    const line = row.findIndex((p, c) => {
      const q = profiles[c];
      return c !== best && q !== undefined && q.filled >= 3 && (q.shares.get(kind) ?? 0) >= 0.9 && wideTokenLists[c]!.includes('phone') && !isSecondaryPhone(wideTokenLists[c]!, namesByField.get(field)!) && p.score >= WEAK_NAME;
    });
    if (line >= 0) row[line] = { ...row[line]!, score: Math.min(1, row[best]!.score + 0.01) };
  });
  // A customer that is a company ("Name" of the contact beside "Company", as shops export their
  // customers): of two columns named for it, the one of companies, not the one of persons' names.
  fields.forEach((field, i) => {
    if (field.type.kind !== 'text' || field.type.looksLike !== 'company-name') return;
    const row = pairs[i]!;
    const best = bestColumn(row);
    // Beside a first name ("Prénom"), a bare "Nom" of single words is the person's surname as well.
    const surname = headerTokenLists[best]!.join(' ') === 'name' && headerTokenLists.some((t, k) => k !== best && t.join(' ') === 'first name');
    if (row[best]!.score < MIN_SCORE || ((profiles[best]?.persons ?? 0) < 0.8 && !surname)) return;
    const company = row.findIndex((p, c) => {
      const q = profiles[c];
      return c !== best && q !== undefined && q.filled >= 3 && q.persons <= 0.2 && q.names >= 0.8 && isExact(p.reasons[0] ?? null);
    });
    if (company >= 0) row[best] = { ...row[best]!, score: Math.max(0, row[company]!.score - 0.01) };
  });
  // Of two columns that both name a list field, the one whose values are all the list's words is
  // meant ("Rôle facturation" holding Comptabilité and Payeur beside "Fonction" holding job titles
  // of which some happen to be).
  fields.forEach((field, i) => {
    if (field.type.kind !== 'enum') return;
    const key = contentKey(target, field)!;
    const share = (c: number) => profiles[c]?.shares.get(key) ?? 0;
    const row = pairs[i]!;
    const best = bestColumn(row);
    if (row[best]!.score < MIN_SCORE || share(best) >= 0.8) return;
    for (const [c, p] of row.entries()) {
      const q = profiles[c];
      if (q === undefined || share(c) < 0.95 || q.filled < 3 || q.distinct < 2 || q.flags >= 0.9 || p.score < 0.5) continue;
      row[c] = { ...p, score: Math.min(1, row[best]!.score + 0.01) };
    }
  });
  // Of columns that all name the field ("Belegnummer" and "Rechnungsnummer" for an Invoice Number),
  // the one that says the field's own word is meant, whatever its values: a voucher's number is any
  // document's, and invoice numbers written "2025-0114" are to fix, not to replace.
  fields.forEach((field, i) => {
    const names = namesByField.get(field)!;
    if (!tellsRecordsApart(field, names)) return;
    const own = (c: number) => headerTokenLists[c]!.some((t) => names.label.includes(t) && !TYPE_WORDS.has(t) && !ID_WORDS.has(t) && !ENTITY_WORDS.has(t));
    const named = pairs[i]!.flatMap((p, c) => (p.named > 0 && p.score >= MIN_SCORE ? [c] : []));
    const others = Math.max(0, ...named.filter((c) => !own(c)).map((c) => pairs[i]![c]!.score));
    // Unless another column's values have the field's telling shape ("Invoice #INV10231" under
    // "Applied To Transaction"): whole numbers are too common to tell, a shape is not.
    const shaped = named.some((c) => !own(c) && pairs[i]![c]!.reasons.some((r) => r.kind === 'content' && r.share >= 0.9 && r.content !== 'integer'));
    if (shaped) return;
    for (const c of named) if (own(c) && pairs[i]![c]!.score < others) pairs[i]![c] = { ...pairs[i]![c]!, score: Math.min(1, others + 0.01) };
  });
  // The firm's own people: the same few addresses come back across the customers' rows ("l.berube@…"
  // on every other row), while a customer's own address is theirs alone.
  fields.forEach((field, i) => {
    if (field.type.kind !== 'email' || !namesByField.get(field)!.label.some((t) => STAFF_WORDS.has(t))) return;
    profiles.forEach((q, c) => {
      if (q.filled < 3 || (q.shares.get('email') ?? 0) < 0.9) return;
      const p = pairs[i]![c]!;
      if (q.distinct <= q.filled / 2) {
        if (p.score < STAFF_EMAILS) pairs[i]![c] = { ...p, score: STAFF_EMAILS, reasons: [...p.reasons, { kind: 'staff', header: headers[c]! }] };
      } else if (q.unique && !isExact(p.reasons[0] ?? null)) pairs[i]![c] = { ...p, score: p.score * THEIR_OWN_ADDRESS };
    });
  });
  // Numbers that relate as the target's fields do (units × price = amount; a tax at 20%) are those fields.
  raiseByArithmetic(target, headers, profiles, pairs);
  // A list leads with its records' own numbers (an invoice list with the invoices'), whatever the headers.
  raiseLeadingNumber(target, headers, profiles, meaningless, pairs);
  // A ledger's debit and credit, filled on different rows, and what stands on each side's rows.
  raiseBySides(target, headers, profiles, meaningless, (f) => namesByField.get(f)!, pairs);
  // Cubed before summing, so one strong match outweighs two weak ones that would displace it.
  const assign = () => assignMaxWeight(pairs.map((row) => row.map((p) => (p.score >= MIN_SCORE ? p.score ** 3 : 0))), MIN_SCORE ** 3);
  let assigned = assign();
  // Once the records' ids have their column, a column whose values are the ids of other rows
  // ("Compte parent" 402 where "Code" is 402 on another row) is the reference to the file's own records.
  if (raiseSelfReferences(target, headers, profiles, assigned, pairs)) assigned = assign();
  // A lone id column that an optional number field took goes to the required record id instead.
  if (moveLoneIdToRecordId(target, headers, profiles, assigned, pairs)) assigned = assign();
  // Debit and credit columns are filled on different rows; a "Paid" column beside an invoice's amount is not a credit.
  if (withdrawOverlappingSides(target, profiles, assigned, pairs)) assigned = assign();
  // A ledger's customer that no column named: the column its rows are grouped by.
  if (partyTheRowsAreGroupedBy(target, headers, profiles, meaningless, assigned, pairs, (f) => namesByField.get(f)!)) assigned = assign();
  // The file's first address block is address 1, whatever each system calls its blocks.
  assigned = firstBlockFirst(target, headers, assigned, pairs);
  const weights = pairs.map((row) => row.map((p) => p.score));
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
    // Nor a column whose header is this one's plus a qualifier ("Original Amount" beside "Amount"):
    // the plain one may be the converted amount, the due amount, another party's.
    // A trailing aside ("Amount (USD)") qualifies nothing here: it is read as its plain header.
    const plain = headerTokens(headers[c]!.replace(/\s*\([^()]*\)\s*$/, ''));
    const qualifiedTwin = headerTokenLists.some((t, k) => k !== c && t.length > plain.length && plain.length > 0 && plain.every((w) => t.includes(w)) && profiles[k] !== undefined && profiles[k]!.filled > 0);
    const contested = Math.max(rivalColumn, rivalField) > p.score - 0.15 || (p.named > 0 && rivalName >= p.named - 0.05) || qualifiedTwin;
    // High also needs two agreeing witnesses: the header names the field outright and the values
    // are what the field holds. The target's own label in a file laid out on its template (a
    // previous export) is enough alone. A synonym by itself is not: "Code contact" or "Payment Number" mean different
    // things in different systems.
    const label = (template && p.reasons.some((r) => r.kind === 'header-is-label')) || p.reasons.some((r) => r.kind === 'profile');
    const named = p.reasons.some(isExact);
    // Whole numbers are too common a kind (ids, counts, codes) to witness which number a column is.
    const agreed = p.reasons.some((r) => r.kind === 'content' && r.share >= 0.9 && r.content !== 'integer');
    const contradicted = p.reasons.some((r) => r.kind === 'content-contradicts');
    const confidence = confidenceOf(p.score);
    // A column read one way while the same kind of value also arrives another way (an Amount next
    // to a Payments column read as the credit side) may be either: a person should look.
    const kind = contentKey(target, field);
    const alternative = fields.some((other, k) => k !== i && assigned[k]! >= 0 && (other.exported !== field.exported) && kind !== null && contentKey(target, other) === kind);
    const secondary = isSecondaryPhone(headerTokenLists[c]!, namesByField.get(field)!);
    // Of two address blocks ("Physical …" and "Postal …"), which is the first is a convention a
    // person should confirm: no block's field is shown with high confidence.
    const block = /^(\D+)(\d+)/.exec(field.key);
    const twoBlocks = block !== null && fields.some((other, k) => assigned[k]! >= 0 && other.key.startsWith(block[1]!) && /^\D+(\d+)/.exec(other.key)?.[1] !== block[2]);
    // Values that are almost never what the field holds ("Card" for a payment-method id): the name
    // may be right, but a person must look before anything else.
    const refuted = p.reasons.some((r) => r.kind === 'content-contradicts' && r.share < REFUTED);
    // Nor of two columns of phone numbers or emails named alike ("Customer Phone" and "Address
    // Phone"): which one the target means is a convention a person should confirm.
    const names = namesByField.get(field)!;
    // Another column whose values are of this field's kind too, and that passes `also`.
    const twin = (also: (k: number) => boolean) => kind !== null && profiles.some((q, k) => k !== c && q.filled >= 3 && (q.shares.get(kind) ?? 0) >= 0.9 && also(k));
    const contactTwin = (kind === 'phone' || kind === 'email') && twin((k) => headerTokenLists[k]!.some((t) => names.words.has(t)));
    // Nor of two columns of countries, whatever their headers ("Maa" of the billing address beside
    // "Toimitusmaa" of the delivery address): a file with two addresses has two.
    const countryTwin = kind === 'country' && twin(() => true);
    // Nor of two columns of dates both plausible for the field ("Posting date" and "Voucher date").
    const dateTwin = kind === 'date' && twin((k) => weights[i]![k]! >= MIN_SCORE);
    // Nor for a field of a named address (Zenskar's shipping address) from a column that does not
    // name it, when the file has columns that do ("Téléphone" beside "Adresse de livraison").
    const wanted = names.qualifier;
    // Nor from a column that names another address than the field's ("Billing City" for a shipping address's city): a fallback at best.
    const said = withoutQualifiers(foldWords(headers[c]!).split(' ')).said;
    const otherAddress = wanted !== null && said !== wanted && (said !== null || headers.some((h) => withoutQualifiers(foldWords(h).split(' ')).said === wanted));
    const capped = refuted ? 'low' : confidence === 'high' && (contested || contradicted || alternative || secondary || twoBlocks || contactTwin || countryTwin || dateTwin || otherAddress || !(label || (named && agreed))) ? 'medium' : confidence;
    return { field: field.key, column: c, score: Math.round(p.score * 1000) / 1000, confidence: capped, reasons: p.reasons };
  });
}
