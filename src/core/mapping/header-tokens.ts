import { foldWords } from '../text/fold';

/** Abbreviations seen in exports, expanded to the word they stand for (after folding). */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  no: 'number', nr: 'number', nbr: 'number', num: 'number', nro: 'number', numero: 'number', nummer: 'number', n: 'number', nb: 'number',
  ref: 'reference', refs: 'reference', amt: 'amount', amnt: 'amount', inv: 'invoice', invc: 'invoice', pmt: 'payment', pymt: 'payment', paymt: 'payment',
  txn: 'transaction', trx: 'transaction', trans: 'transaction', tx: 'transaction', cust: 'customer', cst: 'customer', acct: 'account', acc: 'account',
  addr: 'address', adr: 'address', tel: 'phone', ph: 'phone', phn: 'phone', telephone: 'phone', desc: 'description', descr: 'description', dt: 'date',
  qty: 'quantity', cur: 'currency', ccy: 'currency', curr: 'currency', mgr: 'manager', co: 'company', org: 'organisation', organization: 'organisation',
  dept: 'department', e: 'email', mail: 'email', courriel: 'email', emails: 'email', id: 'id', ident: 'id', identifier: 'id', identifiant: 'id',
  tva: 'vat', cp: 'postal', zip: 'postal', postcode: 'postal', dob: 'birth', pct: 'percent', yr: 'year', mo: 'month', bal: 'balance', amount: 'amount',
  montant: 'amount', client: 'customer', clients: 'customer', customers: 'customer', kunde: 'customer', cliente: 'customer', telefon: 'phone',
};

const STOP_WORDS = new Set(['the', 'of', 'a', 'an', 'de', 'du', 'des', 'la', 'le', 'les', 'd', 'l', 'en', 'et', 'and', 'for', 'pour', 'par', 'in', 'to', 'der', 'die', 'das', 'el', 'los']);

/** Header text → the words that carry meaning: folded, split, symbols spelled out, abbreviations expanded, filler dropped. */
export function headerTokens(header: string): string[] {
  const spelled = header.replace(/[#№]|\bn[°º]/gi, ' number ').replace(/%/g, ' percent ').replace(/@/g, ' at ').replace(/\$|€|£/g, ' currency ');
  const words = foldWords(spelled).split(' ').filter((w) => w !== '');
  const out: string[] = [];
  for (const w of words) {
    if (STOP_WORDS.has(w)) continue;
    if (/^\d+$/.test(w) && words.length > 1) continue; // "Address 1", "Email2": numbering, not meaning
    out.push(ABBREVIATIONS[w] ?? w);
  }
  // "E-mail address", "adresse e-mail", "phone number": the second word only repeats the first.
  const compound = out.filter((w, _, all) => !((w === 'address' || w === 'adresse') && all.includes('email')) && !((w === 'number' || w === 'numero') && all.includes('phone')));
  return compound.length > 0 ? compound : words;
}

/** The tokens joined without spaces, for exact comparisons. */
export const headerKey = (header: string) => headerTokens(header).join('');

/** Words that name a kind of value rather than what the value is about: sharing only these says little. */
export const TYPE_WORDS = new Set([
  'email', 'date', 'amount', 'number', 'id', 'code', 'name', 'phone', 'address', 'reference', 'value', 'total', 'type', 'text', 'description',
  'status', 'flag', 'yes', 'no', 'key', 'label', 'nom', 'numero', 'adresse', 'libelle', 'valeur', 'montant', 'datum', 'fecha',
]);

const GENERIC_WORDS = new Set(['column', 'col', 'field', 'unnamed', 'untitled', 'data', 'value', 'values', 'info', 'misc', 'other', 'colonne', 'champ', 'spalte', 'feld', 'columna', 'campo', 'header', 'blank', 'empty']);

/** A header that says nothing about its values ("Column C", "Field7", "Unnamed: 3", ""): only the content can. */
export function isGenericHeader(tokens: readonly string[]): boolean {
  return tokens.every((t) => GENERIC_WORDS.has(t) || /^\d+$/.test(t) || /^[a-z]$/.test(t));
}
