import { foldWords } from '../text/fold';
import { COMPOUND_ENDINGS, LEXICON } from './lexicon';

/** Words → their English meaning: {@link LEXICON} or a wider one. */
export type Lexicon = Readonly<Record<string, string>>;

const STOP_WORDS = new Set(['the', 'of', 'a', 'an', 'de', 'du', 'des', 'la', 'le', 'les', 'd', 'l', 'en', 'et', 'and', 'und', 'for', 'pour', 'par', 'in', 'to', 'der', 'die', 'das', 'el', 'los', 'del', 'y', 'van', 'het', 'am', 'im', 'zum', 'zur', 'von', 'au', 'aux', 'is', 'our', 'your', 'this', 'on', 'i', 'och', 'og', 'ja', 'és']);

/** "rechnungsdatum" → ["rechnung", "datum"]; words that are not compounds come back whole. */
function splitCompound(word: string, lexicon: Lexicon): string[] {
  if (word.length < 7 || lexicon[word] !== undefined) return [word];
  for (const ending of COMPOUND_ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    let head = word.slice(0, -ending.length);
    // Only an "s" or an "n" comes off here, not the joints compoundHead knows: "Debitorennummer"
    // keeps "debitoren", which targets name apart from a customer number ("debitor" would not be).
    if (lexicon[head] === undefined && head.endsWith('s') && lexicon[head.slice(0, -1)] !== undefined) head = head.slice(0, -1);
    if (lexicon[head] === undefined && head.endsWith('en') && lexicon[head.slice(0, -1)] !== undefined) head = head.slice(0, -1);
    return [head, ending];
  }
  return splitKnownCompound(word, lexicon);
}

/** A compound's first word as the lexicon knows it, without the joint Germanic languages put after it ("betalings-", "kunden-"). */
function compoundHead(head: string, lexicon: Lexicon): string | undefined {
  for (const joint of ['', 's', 'n', 'en', 'e']) {
    if (!head.endsWith(joint)) continue;
    const stem = head.slice(0, head.length - joint.length);
    if (stem.length >= 4 && lexicon[stem] !== undefined) return stem;
  }
  return undefined;
}

/**
 * Two words the lexicon knows, run together as Germanic and Nordic languages do: "betalingsfrist"
 * (payment + term), "kontoklasse" (account + class). The longest first word wins.
 */
function splitKnownCompound(word: string, lexicon: Lexicon): string[] {
  for (let i = word.length - 4; i >= 4; i--) {
    const tail = word.slice(i);
    if (lexicon[tail] === undefined) continue;
    const head = compoundHead(word.slice(0, i), lexicon);
    if (head !== undefined) return [head, tail];
  }
  return [word];
}

/** Every word the lexicon reads, in the header's language or in English. */
const KNOWN_WORDS = new Set([
  ...Object.keys(LEXICON),
  ...Object.values(LEXICON).flatMap((meaning) => meaning.split(' ')),
  // English words old systems run together that the lexicon keeps as they are.
  ...'contact pay paid open opening close closing due name type status method terms date city post street line bank branch credit debit note memo desc title fax mobile web first last full user owner manager rep sales order item qty unit price project job task hours time start end created modified updated billing shipping ship sold parent class category tax'.split(' '),
]);
/** Words that read as two known ones but are one ("rep" + "ort", "inc" + "ident"). */
const WHOLE_WORDS = new Set(['report', 'incident', 'network', 'birthday', 'landline', 'transport', 'import', 'export', 'support', 'passport', 'airport', 'datenschutz']);
/** Words that end a run-together header short: "CUSTNO", "INVNR", "CLIENTID". */
const SHORT_ENDINGS = new Set(['no', 'nr', 'id']);

/**
 * A run-together header of known words, as old systems write them ("REFNUM", "TAXAMT", "INVDATE",
 * "CUSTNO") → its words; anything else comes back whole. Two or three words of three letters or more
 * (a number's "no" may end it), the fewest that read the whole.
 */
function splitRunTogether(word: string): string[] {
  if (word.length < 5 || !/^[a-z]+$/.test(word) || KNOWN_WORDS.has(word) || WHOLE_WORDS.has(word)) return [word];
  const known = (part: string, last: boolean) => KNOWN_WORDS.has(part) && (part.length >= 3 || (last && SHORT_ENDINGS.has(part)));
  for (let i = 3; i <= word.length - 2; i++) {
    const head = word.slice(0, i);
    if (!known(head, false)) continue;
    const tail = word.slice(i);
    if (known(tail, true)) return [head, tail];
  }
  for (let i = 3; i <= word.length - 5; i++) {
    const head = word.slice(0, i);
    if (!known(head, false)) continue;
    for (let k = i + 3; k <= word.length - 2; k++) if (known(word.slice(i, k), false) && known(word.slice(k), true)) return [head, word.slice(i, k), word.slice(k)];
  }
  return [word];
}

/** Header text → the words that carry meaning: folded, split, symbols spelled out, words translated, filler dropped. */
export function headerTokens(header: string, lexicon: Lexicon = LEXICON): string[] {
  // "F5", "B", "E", "f0_": a position (a spreadsheet's, a query tool's), not "f." (fecha) or "e" (e-mail).
  const position = /^\s*_?([A-Za-z])\d*_?\s*$/.exec(header);
  if (position !== null) return [position[1]!.toLowerCase()];
  // "$3": a staged file's third column (Snowflake), not a currency.
  const numbered = /^\s*\$(\d+)\s*$/.exec(header);
  if (numbered !== null) return [numbered[1]!];
  const spelled = header
    .replace(/(?:^|[^a-z])e[-_\s]?mail/gi, ' email ')
    // "N°", "Nº" and the Portuguese "N.º".
    .replace(/[#№]|\bn\.?[°º]/gi, ' number ')
    // "A/C", as British and Asian ledgers write account.
    .replace(/(?<![a-z])a\/c(?![a-z])/gi, ' account ')
    .replace(/%/g, ' percent ')
    .replace(/@/g, ' at ')
    // A currency sign, but not the "$" inside a query tool's name ("EXPR$2").
    .replace(/(?<![A-Za-z0-9])[$€£]|[$€£](?![A-Za-z0-9])/g, ' currency ');
  const words = foldWords(spelled).split(' ').filter((w) => w !== '');
  const out: string[] = [];
  for (const w of words) {
    if (STOP_WORDS.has(w)) continue;
    if (/^\d+$/.test(w) && words.length > 1) continue; // "Address 1", "Email2": numbering, not meaning
    for (const part of splitCompound(w, lexicon).flatMap(splitRunTogether)) {
      // A plural the lexicon knows in the singular ("Téléphones", "Entreprises", "Prénoms").
      const meaning = lexicon[part] ?? (part.length > 4 && part.endsWith('s') ? lexicon[part.slice(0, -1)] : undefined);
      if (meaning === undefined) out.push(part);
      else out.push(...meaning.split(' '));
    }
  }
  // "E-mail address", "adresse e-mail", "phone number": the second word only repeats the first.
  const compound = out.filter((w, i, all) => all.indexOf(w) === i && !(w === 'address' && all.includes('email')) && !(w === 'number' && (all.includes('phone') || all.includes('mobile'))));
  return compound.length > 0 ? compound : words;
}

/** The position of a numbered column ("Phone 2", "Adresse2", "Email 1 - Value"): the first is preferred. */
export function headerOrdinal(header: string): number {
  const m = /(?:^|[^\d])([1-9])(?:$|[^\d])/.exec(header) ?? /([1-9])$/.exec(header);
  return m === null ? 1 : Number(m[1]);
}

/**
 * Parts of a qualified header ("customers.id", "Organization - Name",
 * "Person - Phone - Work", "account_company_name"), each of which may name
 * the field on its own.
 */
export function headerSegments(header: string): string[] {
  // A trailing aside qualifies what comes before it: "Principal (O/N)", "Amount (incl. VAT)", and
  // so does the lookup's display column iDempiere adds: "C_Region_ID[Name]".
  const aside = /^(.*\S)\s*(?:\([^()]*\)|\[[^[\]]*\])\s*$/.exec(header);
  if (aside !== null) return [aside[1]!, ...headerSegments(aside[1]!)];
  // Paths into joined records as ERPs write them: "AD_User>EMail", "C_BPartner_Location>Phone".
  // Not an abbreviation's dot before a hyphen: "Kd.-Nr." is one name, the customer's number.
  const parts = header.split(/\s+-\s+|\.(?=[^\s-])|\s*:\s*|\s+\/\s+|\s*>\s*/).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length < 2) return [];
  // The first part usually qualifies ("customers.", "Organization - "); it names the field only when
  // what follows is a mere qualifier ("E-mail 1 - Value", "Phone - Work").
  const rest = parts.slice(1);
  const restIsQualifier = rest.every((p) => foldWords(p).split(' ').every((w) => QUALIFIERS.has(w) || /^\d+$/.test(w)));
  return restIsQualifier ? [parts[0]!] : rest;
}

const QUALIFIERS = new Set(['value', 'type', 'label', 'work', 'home', 'other', 'primary', 'main', 'formatted', 'raw', 'text', 'display', 'custom', 'mobile', 'business', 'personal', 'de', 'fr', 'en']);

/** Words that name the record rather than the field ("customer", "company"): shared by many fields, so sharing them says little. */
export const ENTITY_WORDS = new Set(['customer', 'company', 'organisation', 'contact', 'person', 'account', 'supplier', 'employee', 'matter', 'billing', 'shipping', 'record', 'transaction', 'entity']);

/** Words that name a kind of value rather than what the value is about: sharing only these says little. */
export const TYPE_WORDS = new Set(['email', 'date', 'amount', 'number', 'id', 'code', 'name', 'phone', 'address', 'reference', 'value', 'total', 'type', 'text', 'description', 'status', 'note', 'comment', 'flag', 'yes', 'no', 'label', 'first', 'last', 'main', 'method', 'days', 'net', 'gross']);

const GENERIC_WORDS = new Set(['column', 'col', 'field', 'fld', 'expr', 'var', 'string', 'double', 'int', 'int64', 'float', 'float64', 'bool', 'numeric', 'unnamed', 'untitled', 'data', 'value', 'values', 'info', 'misc', 'other', 'colonne', 'champ', 'spalte', 'feld', 'columna', 'campo', 'header', 'blank', 'empty', 'kolom', 'veld', 'textbox', 'freifeld', 'zusatzfeld', 'udf',
  // A database's name for a column it computed and no one named (Firebird's, PostgreSQL's): the function's.
  'cast', 'upper', 'lower', 'coalesce', 'substring', 'trim', 'concatenation', 'concat', 'nvl', 'ifnull', 'isnull',
  // A spreadsheet's word for a column in more of its languages ("Colonna A", "Sarake B", "Kolumna C").
  'colonna', 'coluna', 'kolonne', 'kolumna', 'kolumn', 'sarake', 'sloupec', 'stlpec', 'stupac', 'stolpec', 'oszlop', 'kolona', 'stulpelis', 'kolonna', 'veerg', 'sutun',
  // Power Query's names for the columns it adds or merges, in the languages of its interface.
  'custom', 'benutzerdefiniert', 'personalizado', 'personnalise', 'aangepast', 'personalizzato', 'merged', 'zusammengefuhrt', 'samengevoegd', 'combinado', 'fusionne', 'unito']);

/** A header that says nothing about its values ("Column C", "Field7", "Unnamed: 3", ""): only the content can. */
export function isGenericHeader(tokens: readonly string[]): boolean {
  // Letters and numbers are positions ("Column C", "F3", "B"); several letters alone are an abbreviation ("A/C", "D/C").
  if (tokens.length > 1 && tokens.every((t) => /^[a-z]$/.test(t))) return false;
  return tokens.every((t) => GENERIC_WORDS.has(t) || /^\d+$/.test(t) || /^[a-z]$/.test(t) || /^(column|col|field|fld|expr|var|colonne|champ|spalte|feld|columna|campo|kolom|veld|colonna|coluna|kolonne|kolumna|kolumn|sarake|sloupec|stlpec|stupac|stolpec|oszlop|kolona|stulpelis|kolonna|veerg|sutun)\d+$/.test(t));
}
