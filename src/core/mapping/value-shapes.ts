import type { LooksLike } from '../schema/target';
import { readDays } from '../grammar/misc';
import { abnIsValid, readTaxId } from '../grammar/tax-id';
import { fold } from '../text/fold';
import { GIVEN_NAMES } from './given-names';
import { isRegion } from './regions';
import isIBAN from 'validator/es/lib/isIBAN';
import isBIC from 'validator/es/lib/isBIC';

/*
 * The shapes of text values Ferry recognises without a header (target fields' `looksLike`): each
 * reader says whether one value has the shape. content-profile.ts measures them over columns.
 */

const LEGAL_FORM = /\b(?:S\.?A\.?S?\.?U?|SARL|SASU|EURL|SNC|SCI|SCP|SELARL|Ltd\.?|Limited|LLC|L\.L\.C\.|LLP|Inc\.?|Incorporated|Corp\.?|Corporation|Co\.|PLC|GmbH|AG|KG|OHG|UG|e\.V\.|B\.?V\.?|N\.?V\.?|S\.?L\.?U?|S\.?R\.?L\.?|S\.?p\.?A\.?|Pty|AS|A\/S|ApS|ASA|AB|Oyj?|Sp\. z o\.o|Sp\. ?[jk]|s\.c|Lda|Ltda|Unip|s\.r\.o|a\.s|d\.o\.o|Kft|Zrt|EIRELI|UAB|MB|SIA|ehf|hf|Sdn\.? Bhd|Bhd|Pte|GbR|mbH|Group|Groupe|Holding|& Co|& Cie|Cie|Partners|Associates|Solutions|Services|Consulting)\b/i;
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
/**
 * Legal forms with letters that a word boundary does not see: Estonian OÜ, Bulgarian ЕООД, ООД,
 * АД, Russian and Ukrainian ООО, АО, ТОВ, Greek Α.Ε., Ε.Π.Ε., Ι.Κ.Ε., and Japanese 株式会社,
 * 有限会社, 合同会社 (and their short forms ㈱, (株)), Korean 주식회사, (주), Hebrew בע"מ, Arabic شركة and ذ.م.م,
 * Kazakh ТОО and Vietnamese Công ty TNHH.
 */
const LEGAL_FORM_BEYOND_ASCII = /(?:^|[\s,"'„“«(])(?:OÜ|ЕООД|ЕАД|ООД|АД|ЕТ|ООО|ОАО|ЗАО|ПАО|АО|ТОВ|ПП|Α\.?Ε\.?|Ε\.?Π\.?Ε\.?|Ι\.?Κ\.?Ε\.?|Ο\.?Ε\.?)(?=$|[\s,.»"'“”)])|株式会社|有限会社|合同会社|合資会社|㈱|㈲|[(（]株[)）]|[(（]有[)）]|주식회사|유한회사|[(（]주[)）]|בע"מ|בע״מ|شركة|ذ\.م\.م|ش\.م\.م|ش\.م\.ع|(?:^|\s)(?:ТОО|ИП|ЧП|ОДО|д\.о\.о\.|ДОО)(?=$|[\s,.»"“”])|Công ty|TNHH|Cổ phần/u;
/** German compounds that end in a trade: "Kreativagentur", "Kaffeerösterei", "Autowerkstatt". */
const BUSINESS_ENDING = /(?:agentur|backerei|rosterei|metzgerei|schreinerei|werkstatt|handel|technik|werk)$/;

function isBusinessName(v: string): boolean {
  if (/(?:^|\s)&(?:\s|$)/.test(v) || LEGAL_FORM_BEYOND_ASCII.test(v)) return true;
  return fold(v)
    .split(' ')
    .some((w) => BUSINESS_WORDS.has(w) || (w.length > 6 && BUSINESS_ENDING.test(w)));
}

/** Name titles, folded; several may be joined ("Mr & Mrs", "Herr Dr."). */
const HONORIFICS = new Set(
  `mr mrs ms miss mx dr prof sir dame lord lady rev hon mister mistress doctor professor reverend m mme mlle mmes me monsieur madame mademoiselle
  messieurs mesdames maitre docteur professeur herr frau fraulein hr fr sr sra srta senor senora senorita d dna don dona doctora dhr mevr mw heer
  mevrouw juffrouw ing dipl firma`.split(/\s+/),
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
export function isFullName(v: string): boolean {
  if (!/\S\s+\S/.test(v.trim())) return false;
  const words = personWords(v);
  return words !== null && words.length >= 2 && words.length <= 4 && (GIVEN_NAMES.has(words[0]!) || GIVEN_NAMES.has(words[words.length - 1]!));
}

/** The names payment methods go by in exports: "Check", "Credit Card", "Wire", "Virement", "Lastschrift", "ACH". */
const PAYMENT_METHOD = /^(?:(?:credit |debit )?card|cc|cb|carte(?: bancaire| bleue)?|visa|master ?card|mc|amex|american express|maestro|cheque|check|chèque|chq|wire(?: transfer)?|bank transfer|transfer|virement(?: bancaire)?|sepa(?: credit transfer| direct debit| transfer)?|direct debit|dd|prélèvement|prelevement|lastschrift|überweisung|ueberweisung|paypal|cash|espèces|especes|bar|barzahlung|ach|bacs|chaps|eft|faster payments?|stripe|ideal|bancontact|giropay|sofort|klarna|apple pay|google pay|transferencia(?: bancaria)?|efectivo|bankinis pavedimas|pavedimas|grynieji|grynaisiais|pārskaitījums|parskaitijums|skaidra nauda|ülekanne|pangaülekanne|sularaha|банков превод|по банка|в брой|наложен платеж|millifærsla|reiðufé|greiðslukort|振込|銀行振込|現金|手形|口座振替|小切手|クレジットカード|chuyển khoản|tiền mặt|העברה בנקאית|מזומן|שיק|צ'ק|כרטיס אשראי|계좌이체|현금|카드|تحويل بنكي|نقدا|نقدي|شيك|pindahan bank|tunai|cek|átutalás|készpénz|безналичный расчет|безналичный|наличные|банковский перевод|tarjeta|domiciliación|domiciliacion|bizum|contant|pin|overboeking|incasso|money order|lcr|tip|traite|eCheck|e-check|bgc|fpi|fpo|bac|chp|tfr|dep|sto|so|deb|cpt|โอนเงิน|พร้อมเพย์|บัตรเครดิต|บัตรเดบิต|เช็ค|เงินสด)$/i;

/**
 * Words that name a way of paying (folded), found in the short phrases banks and processors write:
 * "ACH_CREDIT", "WIRE_INCOMING", "Money-in par carte", "SEPA-Gutschrift", "Card reader", "CreditCard".
 */
const PAYMENT_WORDS = new Set(
  `card cards carte cartes tarjeta karte kreditkarte visa mastercard amex maestro diners jcb cheque cheques check checks chq echeck wire
  ach bacs chaps fps eft sepa transfer transferencia virement uberweisung ueberweisung lastschrift prelevement domiciliacion paypal cash
  especes efectivo ideal bancontact giropay klarna bizum tt dd ussd qris mpesa upi neft rtgs imps pix boleto interac etransfer giro
  overboeking incasso lcr gutschrift quickpay zelle venmo twint vir cb master promptpay wallet tpv transf bareinzahlung einzahlung bank qr momo truemoney
  creditcard debitcard applepay googlepay samsungpay stcpay mada overschrijving cartao carta karta kortti kort kartya
  bankkartya beszedes utalas simplepay qpay socialpay swish bankgiro autogiro plusgiro erip kaspi карта карт картка перевод перавод наяўныя ерип еріп бэлэн шилжүүлсэн шилжүүлэг дансаар
  bonifico bonifici assegno assegni contanti bancomat pos sdd rid riba mav satispay postepay incassi przelew przelewy gotowka blik pobranie
  prevod prevodem prevodom bezhotovostni hotove hotovost hotovosti kartou inkaso dobirka tilisiirto pikasiirto kateinen verkkomaksu
  havale nakit kredi virman kartica gotovina uplatnica domiciliering overforsel overforing straksoverforsel indbetalingskort mobilepay vipps
  dankort betalingsservice avtalegiro kontant kontanter payconiq tikkie pinbetaling acceptgiro girocard vorkasse nachnahme pix multibanco mbway
  dinheiro numerario pagare nequi daviplata efecty pse fpx tng ovo gopay gcash alipay unionpay paytm discover trustly khqr swift cek
  spei codi televirement telegiro`.split(/\s+/),
);
const PAYMENT_PHRASES = /\b(?:direct (?:debit|credit)|standing order|faster payments?|money order|apple pay|google pay|bank (?:transfer|network)|e transfer|(?:credit|debit) card|payment link|tap to pay|internet banking|online banking|online bankieren|mobile money|mobile pay|recibos? (?:domiciliados?|bancarios?)|mb way|debito direc?to|adeudo directo|terminal (?:de )?pagamento|pagamento por referencia|(?:remote|mobile|direct) deposit|lockbox(?: deposit)?|depot (?:direct|mobile|au comptoir|de cheques?)|mobiel bankieren|deposito (?:en efectivo|(?:de )?cheques?))\b/;
/** Compounds made with a way of paying: "Echtzeitüberweisung", "SEPA-Echtzeitgutschrift", "Lastschrifteinzug", "Instantoverschrijving", "Straksoverførsel". */
const PAYMENT_COMPOUND = /^(?:uberweisung|gutschrift|lastschrift)|(?:uberweisung|gutschrift|lastschrift|overschrijving|domiciliering|overforsel|overforing|storting)$/;

function isPaymentMethod(raw: string): boolean {
  const v = raw.trim().replace(/_/g, ' ');
  if (PAYMENT_METHOD.test(v)) return true;
  const words = fold(v.replace(/([a-z])([A-Z])/g, '$1 $2')).split(' ');
  if (words.length > 5 || words.some((w) => /\d/.test(w))) return false;
  return PAYMENT_PHRASES.test(words.join(' ')) || words.some((w) => PAYMENT_WORDS.has(w) || (w.length > 10 && PAYMENT_COMPOUND.test(w)));
}

/**
 * Payment ids of card and bank processors: Stripe ("ch_3Nq…", "py_", "pi_"), GoCardless ("PM…"), Mollie
 * ("tr_…"), PayPal (17 characters), and the UUIDs, 32-hex keys and 13-to-20-digit references others write (twelve digits are as often a phone number).
 */
const PROCESSOR_PAYMENT_ID = /^(?:(?:ch|py|pi|txn|tr|pay)_[A-Za-z0-9]{8,}|PM[0-9A-Z]{10,}|(?=[0-9A-Z]*\d)(?=[0-9A-Z]*[A-Z])[0-9A-Z]{17}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32}|\d{13,20})$/i;
/** Customer ids of the same processors: Stripe ("cus_…"), GoCardless ("CU…"), Mollie ("cst_…"). */
const PROCESSOR_CUSTOMER_ID = /^(?:cus_[A-Za-z0-9]{8,}|CU[0-9A-Z]{10,}|cst_[A-Za-z0-9]{6,})$/;
const POSTAL = /^(?:\d{4,5}|\d{3}-\d{4}|\d{5}-\d{4}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d|\d{4} ?[A-Z]{2}|(?:[A-Z]\d{2}|D6W) ?[ACDEFHKNPRTVWXY][\dACDEFHKNPRTVWXY]{3}|\d{2}-\d{3}|\d{4,5}-\d{3}|\d{3} \d{2}|\d{6})$/i;
const STREET = /^\d+[a-z]?(?:[-/]\d+)?,?\s+\S|\b(?:rue|avenue|av\.|boulevard|bd|chemin|place|allée|impasse|quai|street|st\.|road|rd\.?|lane|drive|way|court|strasse|straße|str\.|weg|gasse|platz|calle|avenida|plaza|paseo|camino|carrer|carretera|ronda|rambla|via|viale|piazza|corso|vicolo|rua|rúa|travessa|largo|praça|praca|estrada|alameda|straat|laan|plein|ulica|(?:ul|al|os|pl)(?=\.\s)|terrace|crescent|parkway|blvd|highway|caddesi|sokak|sok\.|cad\.|strada|bulevardul|calea|ulice|náměstí)\b|\p{L}(?:strasse|straße|str\.|weg|gasse|platz|allee|ring|damm|ufer|straat|laan|plein|gracht|kade|singel|gatan|gata|vägen|väg|vej|gade|veien|vegen|katu|tie|utca)\s+\d|^(?:am|an der|an den|im|in der|auf der|auf dem|zum|zur)\s+\p{L}.*\s\d+[a-z]?$/iu;


/**
 * Invoice and order numbers as billing systems print them: a document prefix (INV, SO, ORD, FAC,
 * FV, RE, AUF, PED, CMD …) and digits, a year perhaps ("INV-2024-0153", "RE-2024-0161",
 * "Invoice #INV10231"), or a shop's "#4127".
 */
const DOCUMENT_NUMBER = /^(?:(?:invoice|order|facture|commande|rechnung|bestellung|factura|pedido)\s*(?:#|n[°º]|nr\.?|no\.?)?\s*)?(?:(?:INV|INVC|SO|ORD|ORDER|PED|PV|FAC|FACT|FCT|FV|FA|F|RE|RN|AUF|CMD|BC|BON|OV|VF|B)[-\s_/#.]?\d{2,}(?:[-/_]\d+)*|#\d{3,})$/i;

/**
 * The references a payer copies from the invoice into a transfer, which say which invoice it pays:
 * Belgium's structured communication ("+++090/9337/55493+++", its last two digits the rest of the
 * first ten by 97) and the international creditor reference ("RF18 5390 0754 7034", ISO 11649).
 */
function isInvoiceReference(raw: string): boolean {
  const v = raw.trim();
  const ogm = /^(?:\+{3}|\*{3})(\d{3})\/(\d{4})\/(\d{5})(?:\+{3}|\*{3})$/.exec(v);
  if (ogm !== null) {
    const digits = ogm.slice(1).join('');
    const check = Number(digits.slice(0, 10)) % 97;
    return (check === 0 ? 97 : check) === Number(digits.slice(10));
  }
  const rf = v.replace(/\s+/g, '').toUpperCase();
  if (!/^RF\d{2}[0-9A-Z]{1,21}$/.test(rf)) return false;
  const moved = (rf.slice(4) + rf.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return [...moved].reduce((r, d) => (r * 10 + Number(d)) % 97, 0) === 1;
}

/** The opening of a letter ("Dear Ms Kaur,", "Sehr geehrter Herr Dr. Weber,", "Geachte heer Bakker,", "Chère Madame,"). */
const SALUTATION = /^(?:dear|hello|hi|sehr geehrte[rs]?|liebe[rs]?|guten tag|geachte|beste|cher|chère|chers|madame|monsieur|mesdames|messieurs|ma(?:î|i)tre|estimad[oa]s?|querid[oa]s?)\b.*\p{L}/iu;

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
  // A VAT number with its country, a Hungarian tax number, a Singapore UEN, a New Zealand NZBN.
  if (/^[A-Z]{2}/.test(t) && readTaxId(t, 'eu-vat', undefined).ok) return true;
  if (/^\d{8}-\d-\d{2}$/.test(t) || /^(?:19|20)\d{7}[A-Z]$/.test(t) || /^94290\d{8}$/.test(t)) return true;
  const digits = t.replace(/[\s.-]/g, '');
  if (!/^\d+$/.test(digits) || /^0+$/.test(digits)) return false;
  if (digits.length === 11) return abnIsValid(digits);
  if (digits.length === 9) return luhn(digits) || acnIsValid(digits);
  if (digits.length === 14) return luhn(digits);
  if (digits.length === 10 && /^\d{3}-\d{3}-\d{2}-\d{2}$|^\d{3}-\d{2}-\d{2}-\d{3}$/.test(t)) return polishNipIsValid(digits);
  return false;
}

/** A Polish NIP's check digit: the first nine digits weighted 6, 5, 7, 2, 3, 4, 5, 6, 7, modulo 11. */
function polishNipIsValid(digits: string): boolean {
  const sum = [6, 5, 7, 2, 3, 4, 5, 6, 7].reduce((s, w, i) => s + w * Number(digits[i]), 0);
  return sum % 11 === Number(digits[9]);
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
  'payment-method': isPaymentMethod,
  'processor-payment-id': (v) => PROCESSOR_PAYMENT_ID.test(v.trim()),
  'processor-customer-id': (v) => PROCESSOR_CUSTOMER_ID.test(v.trim()),
  'postal-code': (v) => POSTAL.test(v.trim()),
  // A number and a word, as payment terms write days ("30 dní", "60 giorni"), is no street.
  'street-address': (v) => STREET.test(v.trim()) && /[a-z]/i.test(v) && !readDays(v, undefined).ok,
  region: isRegion,
  'company-number': isCompanyNumber,
  'document-number': (v) => DOCUMENT_NUMBER.test(v.trim()) || isInvoiceReference(v),
  locality: (v) => PLACE.test(v.trim()),
  salutation: (v) => SALUTATION.test(v.trim()) && v.trim().split(/\s+/).length >= 2,
  // Checked by their mod-97 digits; a BIC as banks write it, in capitals, with a real country ("PBNKDEFFXXX").
  iban: (v) => /^[A-Z]{2}\d{2}[\dA-Z -]{10,40}$/i.test(v.trim()) && isIBAN(v.trim()),
  bic: (v) => /^[A-Z]{6}[A-Z\d]{2}(?:[A-Z\d]{3})?$/.test(v.trim()) && isBIC(v.trim()),
};

/**
 * What the letters before an id's digits say it numbers, as systems write them ("INV-2291",
 * "FA-2024-118", "PMT-0412", "CL-0041", "MAT-118"): the word of the field names that numbers it.
 */
const ID_PREFIX_WORDS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries({
    invoice: 'INV IN INVO FA FAC FACT FV FT FAT FCT RE RG RECH SI IV BILL',
    payment: 'PMT PAY PAI PAIE PG PAG ZA ZAHL RCPT REC RCT PY',
    customer: 'CL CLI CLT CLNT CUST CUS CU KD KND KUN DEB',
    matter: 'MAT MTR DOS AKT CASE',
    employee: 'EMP EMPL STF',
    supplier: 'SUP SUPP VEN VND FRN LIEF KRED',
  }).flatMap(([word, prefixes]) => prefixes.split(' ').map((p) => [p, word])),
);

/** The word an id's prefix names ("INV" → "invoice"), or null. */
export const idPrefixWord = (prefix: string | null): string | null => (prefix === null ? null : (ID_PREFIX_WORDS[prefix] ?? null));
