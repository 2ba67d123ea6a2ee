import type { Field, LooksLike, Target } from '../schema/target';
import { abnIsValid } from '../grammar/tax-id';
import { compileFieldCodec } from '../grammar/field-codec';
import type { FieldType } from '../schema/target';
import type { IssueCode } from '../issues';
import { fold } from '../text/fold';
import { GIVEN_NAMES } from './given-names';

/** Refusals that still say "this is that kind of value": a choice to make, or a detail wrong. */
const RIGHT_KIND = new Set<IssueCode>(['ambiguous-date', 'ambiguous-decimal', 'tax-id-checksum', 'impossible-date', 'too-many-decimals', 'time-not-allowed', 'implausible-year', 'leading-zeros-removed', 'email-display-name-removed']);

/** The type without its limits: content evidence asks "is this an amount?", not "is it in range?". */
function kindOnly(type: FieldType): FieldType {
  switch (type.kind) {
    case 'integer':
      return { kind: 'integer' };
    case 'decimal':
      return { kind: 'decimal' };
    case 'text':
      return { kind: 'text' };
    case 'days':
      return { kind: 'days' };
    default:
      return type;
  }
}

/** What a column's values look like, as the share (0..1) of non-empty values each grammar accepts. */
export interface ColumnProfile {
  /** Non-empty values looked at. */
  readonly filled: number;
  /** Distinct non-empty values among them. */
  readonly distinct: number;
  /** Share of values accepted, keyed by content key (see {@link contentKey}). */
  readonly shares: ReadonlyMap<string, number>;
  /** The values count up by one, row after row (1, 2, 3 or 00017, 00018): row numbers, whatever else they look like. */
  readonly counter: boolean;
  /** A counter from 0 or 1: the rows' numbers (a dataframe's index), not ids. */
  readonly rowNumbers: boolean;
  /** No value repeats (among the distinct values counted), and there are at least three. */
  readonly unique: boolean;
  /** Share of values that are mostly digits ("2024-0112", "C-1001"; not "cus_QbX81mDz3K" or "Card"). */
  readonly numeric: number;
  /** Share of values that are words: letters and no digit ("Card", "Bank transfer"). */
  readonly wordy: number;
  /** Share of values that are yes/no flags in some language ("Y", "Oui", "false", "1"). */
  readonly flags: number;
}

const FLAG = /^(?:y|n|yes|no|true|false|t|f|1|0|x|oui|non|o|ja|nein|j|wahr|falsch|si|sí|vrai|faux|verdadero|falso|waar|onwaar|nee)$/i;

/** Whether the values, in row order, are consecutive whole numbers. */
/** At least as many digits as letters, and some digits. */
function mostlyDigits(v: string): boolean {
  const digits = v.replace(/\D/g, '').length;
  return digits > 0 && digits >= v.replace(/[^\p{L}]/gu, '').length;
}

function isCounter(values: readonly string[]): boolean {
  let previous: number | undefined;
  let seen = 0;
  for (const v of values) {
    const t = v.trim();
    if (t === '') continue;
    if (!/^\d{1,9}$/.test(t)) return false;
    const n = Number(t);
    if (previous !== undefined && n !== previous + 1) return false;
    previous = n;
    seen++;
  }
  return seen >= 3;
}

/**
 * The content a field expects, as a key shared by fields of the same kind
 * ("email", "date", "enum:<target>.<field>", "taxId:in-gstin"), or null for
 * free text, where content says nothing.
 */
export function contentKey(target: Target, field: Field): string | null {
  const t = field.type;
  switch (t.kind) {
    case 'text':
      return t.looksLike === undefined ? null : `looks:${t.looksLike}`;
    case 'integer':
      return t.looksLike === undefined ? 'integer' : `looks:${t.looksLike}`;
    case 'reference':
      return null;
    case 'enum':
      return `enum:${target.id}.${field.key}`;
    case 'taxId':
      return `taxId:${t.scheme}`;
    case 'json':
      return `json:${t.shape}`;
    default:
      return t.kind;
  }
}

/** Content that can only refute: anything but a full name may be a family name, so it never proposes a column. */
export const NEGATIVE_ONLY = (key: string) => key === 'looks:family-name';

/** Content kinds strong enough to map a column whose header says nothing. */
export const DISTINCTIVE = (key: string) => /^(email|country|currency|json:object|taxId:(?!any)|enum:|looks:(?!family-name|locality))/.test(key);

/**
 * Positive-only evidence: a text column that does not look like this is still a fine text column
 * (a company called "Harbour View" has no legal form; a Spanish NIF written without its "ES" is
 * still the VAT number, only unverifiable). Honorifics are a closed list: a "Title" column of
 * job titles is not the name title. A family name is anything but a full name or a value with
 * digits: "Michel Ferrand" under "Nom" is both names in one cell, "Jan 12, 2024" under "Last
 * updated" a date.
 */
export const POSITIVE_ONLY = (key: string) => (key.startsWith('looks:') && key !== 'looks:honorific' && key !== 'looks:family-name') || key === 'taxId:any-vat';

const LEGAL_FORM = /\b(?:S\.?A\.?S?\.?U?|SARL|SASU|EURL|SNC|SCI|SCP|SELARL|Ltd\.?|Limited|LLC|L\.L\.C\.|LLP|Inc\.?|Incorporated|Corp\.?|Corporation|Co\.|PLC|GmbH|AG|KG|OHG|UG|e\.V\.|B\.?V\.?|N\.?V\.?|S\.?L\.?U?|S\.?R\.?L\.?|S\.?p\.?A\.?|Pty|AS|A\/S|AB|Oy|Sp\. z o\.o\.|Group|Groupe|Holding|& Co|& Cie|Cie|Partners|Associates|Solutions|Services|Consulting)\b/i;
/** Words that name a trade or a kind of organisation, folded: "Harbourside Dental", "Garage des Alpes", "Tasman Timber". */
const BUSINESS_WORDS = new Set(
  `agence agency architect architects architecte architectes associates associes asociados atelier auto automobiles automotive avocat avocats
  bakery bau boulangerie boucherie brasserie builder builders cabinet cafe centre center charter charters clinic clinique club company
  compagnie construction constructions consultant consultants consulting conseil design dental digital distribution domaine ecole electric
  electrical electricite engineering entreprise etablissements ets farm farms ferme fondation food foods foundation freres garage holding
  holdings hospital hotel immobilier immobilien immobiliaria inmobiliaria import imports industries ingenierie institut institute lab labs law
  librairie logistics logistique logistik maison manufacturing market media motor motors partners pharmacie plumbing production productions
  properties realty restaurant shop software solutions stationers store studio talleres technologie technologies technology timber trading
  transport transports travaux verlag winery works`.split(/\s+/),
);
/** German compounds that end in a trade: "Kreativagentur", "Kaffeerösterei", "Autowerkstatt". */
const BUSINESS_ENDING = /(?:agentur|backerei|rosterei|metzgerei|schreinerei|werkstatt|handel|technik|werk)$/;

function isBusinessName(v: string): boolean {
  if (/(?:^|\s)&(?:\s|$)/.test(v)) return true;
  return fold(v)
    .split(' ')
    .some((w) => BUSINESS_WORDS.has(w) || (w.length > 6 && BUSINESS_ENDING.test(w)));
}

/** Name titles, folded; several may be joined ("Mr & Mrs", "Herr Dr."). */
const HONORIFICS = new Set(
  `mr mrs ms miss mx dr prof sir dame lord lady rev hon mister mistress doctor professor reverend m mme mlle mmes me monsieur madame mademoiselle
  messieurs mesdames maitre docteur professeur herr frau fraulein hr fr sr sra srta senor senora senorita d dna don dona doctora dhr mevr mw heer
  mevrouw juffrouw ing dipl`.split(/\s+/),
);
const JOINERS = new Set(['and', 'et', 'und', 'y']);

function isHonorific(v: string): boolean {
  const words = fold(v)
    .split(' ')
    .filter((w) => w !== '' && !JOINERS.has(w));
  return words.length > 0 && words.every((w) => HONORIFICS.has(w));
}

/** The folded words of a value that reads like a person's name (letters, spaces, hyphens, apostrophes), or null. */
function personWords(v: string): string[] | null {
  const t = v.trim();
  if (!/^[\p{L}][\p{L}' .-]*$/u.test(t)) return null;
  return fold(t).split(' ').filter((w) => w.length > 1);
}

/** "Michel Ferrand", "Ferrand Michel": a given name and a family name in one cell. */
function isFullName(v: string): boolean {
  if (!/\S\s+\S/.test(v.trim())) return false;
  const words = personWords(v);
  return words !== null && words.length >= 2 && words.length <= 4 && (GIVEN_NAMES.has(words[0]!) || GIVEN_NAMES.has(words[words.length - 1]!));
}

/** The names payment methods go by in exports: "Check", "Credit Card", "Wire", "Virement", "Lastschrift", "ACH". */
const PAYMENT_METHOD = /^(?:(?:credit |debit )?card|cc|cb|carte(?: bancaire| bleue)?|visa|master ?card|mc|amex|american express|maestro|cheque|check|chèque|chq|wire(?: transfer)?|bank transfer|transfer|virement(?: bancaire)?|sepa(?: credit transfer| direct debit| transfer)?|direct debit|dd|prélèvement|prelevement|lastschrift|überweisung|ueberweisung|paypal|cash|espèces|especes|bar|barzahlung|ach|bacs|chaps|eft|faster payments?|stripe|ideal|bancontact|giropay|sofort|klarna|apple pay|google pay|transferencia(?: bancaria)?|efectivo|tarjeta|domiciliación|domiciliacion|bizum|contant|pin|overboeking|incasso|money order|lcr|tip|traite|eCheck|e-check)$/i;

/** Payment ids of card and bank processors: Stripe ("ch_3Nq…", "py_", "pi_"), GoCardless ("PM…"), Mollie ("tr_…"), PayPal (17 characters). */
const PROCESSOR_PAYMENT_ID = /^(?:(?:ch|py|pi|txn|tr|pay)_[A-Za-z0-9]{8,}|PM[0-9A-Z]{10,}|(?=[0-9A-Z]*\d)(?=[0-9A-Z]*[A-Z])[0-9A-Z]{17})$/;
/** Customer ids of the same processors: Stripe ("cus_…"), GoCardless ("CU…"), Mollie ("cst_…"). */
const PROCESSOR_CUSTOMER_ID = /^(?:cus_[A-Za-z0-9]{8,}|CU[0-9A-Z]{10,}|cst_[A-Za-z0-9]{6,})$/;
const POSTAL = /^(?:\d{4,5}|\d{3}-\d{4}|\d{5}-\d{4}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d|\d{4} ?[A-Z]{2}|(?:[A-Z]\d{2}|D6W) ?[ACDEFHKNPRTVWXY][\dACDEFHKNPRTVWXY]{3}|\d{2}-\d{3}|\d{6})$/i;
const STREET = /^\d+[a-z]?(?:[-/]\d+)?,?\s+\S|\b(?:rue|avenue|av\.|boulevard|bd|chemin|place|allée|impasse|quai|street|st\.|road|rd\.?|lane|drive|way|court|strasse|straße|str\.|weg|gasse|platz|calle|avenida|plaza|via|straat|laan|plein)\b|\p{L}(?:strasse|straße|str\.|weg|gasse|platz|allee|ring|damm|ufer|straat|laan|plein|gracht|kade|singel)\s+\d|^(?:am|an der|an den|im|in der|auf der|auf dem|zum|zur)\s+\p{L}.*\s\d+[a-z]?$/iu;

/** Codes of the states, provinces and territories addresses carry: US, Canada, Australia (folded). */
const REGION_CODES = new Set(
  `al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa pr ri sc sd tn tx ut vt va wa wv
  wi wy ab bc mb nb nl ns nt nu on pe qc sk yt act nsw qld sa tas vic`.split(/\s+/),
);
/** Their names, folded. */
const REGION_NAMES = new Set(
  `alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|
  maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|
  north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|
  washington|west virginia|wisconsin|wyoming|puerto rico|district of columbia|alberta|british columbia|manitoba|new brunswick|
  newfoundland and labrador|nova scotia|northwest territories|nunavut|ontario|prince edward island|quebec|saskatchewan|yukon|
  australian capital territory|new south wales|queensland|south australia|tasmania|victoria|western australia|northern territory`
    .split('|')
    .map((n) => n.trim()),
);

/** A state, province or territory, by code or name: a column of these is the address's state whatever its header ("VAR4"). */
const isRegion = (v: string) => REGION_CODES.has(fold(v)) || REGION_NAMES.has(fold(v));

/**
 * Invoice and order numbers as billing systems print them: a document prefix (INV, SO, ORD, FAC,
 * FV, RE, AUF, PED, CMD …) and digits, a year perhaps ("INV-2024-0153", "RE-2024-0161",
 * "Invoice #INV10231"), or a shop's "#4127".
 */
const DOCUMENT_NUMBER = /^(?:(?:invoice|order|facture|commande|rechnung|bestellung|factura|pedido)\s*(?:#|n[°º]|nr\.?|no\.?)?\s*)?(?:(?:INV|INVC|SO|ORD|ORDER|PED|PV|FAC|FACT|FCT|FV|FA|F|RE|RN|AUF|CMD|BC|BON|OV|VF|B)[-\s_/#.]?\d{2,}(?:[-/_]\d+)*|#\d{3,})$/i;

/** The opening of a letter ("Dear Ms Kaur,", "Sehr geehrter Herr Dr. Weber,", "Geachte heer Bakker,", "Chère Madame,"). */
const SALUTATION = /^(?:dear|hello|hi|sehr geehrte[rs]?|liebe[rs]?|guten tag|geachte|beste|cher|chère|chers|madame|monsieur|mesdames|messieurs|ma(?:î|i)tre|estimad[oa]s?|querid[oa]s?)\b.*\p{L}/iu;

/** A number of five digits, with or without a fraction: what an Excel date serial looks like. */
const SERIAL_NUMBER = /^\d{5}(?:\.\d+)?$/;

/** YYYYMMDD from 1900 to 2099. */
const COMPACT_DATE = /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;

/** Luhn's check, as SIREN and SIRET numbers carry it. */
function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** Australia's company number: nine digits, the last a check on the first eight. */
function acnIsValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (8 - i);
  return (10 - (sum % 10)) % 10 === Number(digits[8]);
}

/**
 * A company's registration number, by its check digits where it has them: an Australian ABN or
 * ACN, a French SIREN or SIRET, a UK Companies House number (two letters of the register and six
 * digits). Plain runs of digits without a check say too little.
 */
function isCompanyNumber(v: string): boolean {
  const t = v.trim().toUpperCase();
  if (/^(?:SC|NI|OC|SO|NC|LP|SL|R0)\d{6}$/.test(t)) return true;
  const digits = t.replace(/[\s.-]/g, '');
  if (!/^\d+$/.test(digits) || /^0+$/.test(digits)) return false;
  if (digits.length === 11) return abnIsValid(digits);
  if (digits.length === 9) return luhn(digits) || acnIsValid(digits);
  if (digits.length === 14) return luhn(digits);
  return false;
}

/** A place's name as addresses write it: one to four words of letters, no digits ("Saint-Martin-d'Hères", "Saffron Walden", "LYON"). */
const PLACE = /^\p{Lu}[\p{L}'’.-]*(?:[ -][\p{L}'’.-]+){0,3}$/u;

/** Readers for the text shapes of {@link contentKey} "looks:" keys. */
export const LOOKS_LIKE: Readonly<Record<LooksLike, (v: string) => boolean>> = {
  'company-name': (v) => !/@|:\/\/|^[\d\s.,/+-]*$/.test(v) && (LEGAL_FORM.test(v) || isBusinessName(v)),
  honorific: isHonorific,
  'given-name': (v) => {
    const words = personWords(v);
    return words !== null && words.length >= 1 && words.length <= 2 && words.every((w) => GIVEN_NAMES.has(w));
  },
  'family-name': (v) => !isFullName(v) && !/\d/.test(v),
  'payment-method': (v) => PAYMENT_METHOD.test(v.trim().replace(/_/g, ' ')),
  'processor-payment-id': (v) => PROCESSOR_PAYMENT_ID.test(v.trim()),
  'processor-customer-id': (v) => PROCESSOR_CUSTOMER_ID.test(v.trim()),
  'postal-code': (v) => POSTAL.test(v.trim()),
  'street-address': (v) => STREET.test(v.trim()) && /[a-z]/i.test(v),
  region: isRegion,
  'company-number': isCompanyNumber,
  'document-number': (v) => DOCUMENT_NUMBER.test(v.trim()),
  locality: (v) => PLACE.test(v.trim()),
  salutation: (v) => SALUTATION.test(v.trim()) && v.trim().split(/\s+/).length >= 2,
};

const MAX_DISTINCT = 300;
/** Distinct values read before deciding a kind is clearly absent (or clearly present) and stopping. */
const PROBE = 24;

/**
 * Profiles columns against every content key the given targets use: each
 * distinct value is read once by each grammar, weighted by how often it
 * occurs, most frequent first; a kind that none (or all) of the first few
 * values has is settled there. Cost is columns × kinds × a few dozen values.
 */
export function profileColumns(samples: readonly (readonly string[])[], targets: readonly Target[]): ColumnProfile[] {
  const readers = new Map<string, (raw: string) => boolean>();
  for (const target of targets) {
    for (const field of target.fields) {
      const key = contentKey(target, field);
      if (key === null || readers.has(key)) continue;
      if ((field.type.kind === 'text' || field.type.kind === 'integer') && field.type.looksLike !== undefined) {
        readers.set(key, LOOKS_LIKE[field.type.looksLike]);
        continue;
      }
      const codec = compileFieldCodec({ ...field, type: kindOnly(field.type) }, {}, []);
      // Accepted outright, or refused only for want of a column-level choice (day/month order, decimal
      // separator). A value read only with a warning (an unverifiable VAT number, say) is no evidence.
      // A compact date ("20250331", as LEDES and SAP write them) is a date, not an amount. A bare
      // number such as 60613 is a postal code or an id far more often than an Excel date serial.
      const refused = key === 'decimal' ? COMPACT_DATE : key === 'date' ? SERIAL_NUMBER : null;
      readers.set(key, (raw) => {
        if (refused !== null && refused.test(raw.trim())) return false;
        const r = codec.check(raw);
        return r.ok ? r.notes.every((n) => RIGHT_KIND.has(n.code)) : r.issues.every((i) => RIGHT_KIND.has(i.code));
      });
    }
  }
  return samples.map((values) => {
    const counts = new Map<string, number>();
    let filled = 0;
    for (const v of values) {
      const t = v.trim();
      if (t === '') continue;
      filled++;
      if (counts.size < MAX_DISTINCT || counts.has(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    // Most frequent values first, so a probe of the first few speaks for most rows.
    const byCount = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    const shares = new Map<string, number>();
    for (const [key, accepts] of readers) {
      let hit = 0;
      let seen = 0;
      for (let i = 0; i < byCount.length; i++) {
        const [value, n] = byCount[i]!;
        if (accepts(value)) hit += n;
        seen += n;
        // Clear either way after the probe: the remaining (rarer) values cannot change the verdict much.
        if (i + 1 === PROBE && (hit === 0 || hit === seen)) break;
      }
      if (seen > 0) shares.set(key, hit / seen);
    }
    let flagged = 0;
    for (const [value, n] of byCount) if (FLAG.test(value)) flagged += n;
    const unique = filled >= 3 && byCount.every(([, n]) => n === 1);
    let numeric = 0;
    let wordy = 0;
    for (const [value, n] of byCount) {
      if (mostlyDigits(value)) numeric += n;
      else if (!/\d/.test(value) && /\p{L}/u.test(value)) wordy += n;
    }
    const counted = byCount.reduce((sum, [, n]) => sum + n, 0);
    const counter = isCounter(values);
    const first = values.find((v) => v.trim() !== '')?.trim();
    return { filled, distinct: counts.size, shares, counter, rowNumbers: counter && (first === '0' || first === '1'), unique, numeric: counted === 0 ? 0 : numeric / counted, wordy: counted === 0 ? 0 : wordy / counted, flags: filled === 0 ? 0 : flagged / filled };
  });
}
