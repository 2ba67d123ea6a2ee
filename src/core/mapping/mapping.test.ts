import { describe, expect, it } from 'vitest';
import { TargetRegistry } from '../targets/registry';
import { autoMap, type FieldMatch } from './auto-map';
import { assignMaxWeight } from './assign';
import { profileColumns } from './content-profile';
import { LOOKS_LIKE } from './value-shapes';
import { headerTokens, isGenericHeader } from './header-tokens';
import { isMachineName } from './file-structure';
import { columnHeaderEvidence } from './header-evidence';
import { namesOfTarget } from './field-names';
import { reasonMessage } from '../messages/problems';
import { applyProfile, headerSimilarity, learnedNames, learnFromProfiles, parseProfile, profileFromMapping, type LearnedName } from './profile';
import { Session } from '../session/session';
import { memorySource } from '../session/byte-source';
import { suggestTargets } from './suggest-target';
import { matchValues } from './value-map';
import { tokenSimilarity } from './similarity';
import { nameColumns } from '../table/header-row';
import { RawTableBuilder } from '../table/raw-table';
import { columnIndex } from '../brand';
import { compileFieldCodec } from '../grammar/field-codec';

const registry = TargetRegistry.builtIn();
const target = (id: string) => registry.get(id)!.target;

/** The matcher's proposals for a header row and data rows. */
function matchRows(targetId: string, rows: string[][], learned?: LearnedName[]): { headers: string[]; matches: FieldMatch[] } {
  const [headers, ...data] = rows as [string[], ...string[][]];
  const samples = headers.map((_, c) => data.map((r) => r[c] ?? ''));
  const t = target(targetId);
  return { headers, matches: autoMap({ target: t, headers, profiles: profileColumns(samples, [t]), ...(learned === undefined ? {} : { learned }) }) };
}

/** The proposal for one field of these rows, with its reasons in words. */
function proposalFor(targetId: string, rows: string[][], field: string, locale: 'en' | 'fr'): FieldMatch & { readonly said: string[] } {
  const match = matchRows(targetId, rows).matches.find((m) => m.field === field)!;
  return { ...match, said: match.reasons.map((r) => reasonMessage(r, field, locale)) };
}

/** Each header with the field proposed for it, or null. */
function mapRows(targetId: string, rows: string[][]): Record<string, string | null> {
  const { headers, matches } = matchRows(targetId, rows);
  const out: Record<string, string | null> = {};
  headers.forEach((h, c) => (out[h] = matches.find((m: FieldMatch) => m.column === c)?.field ?? null));
  return out;
}

describe('header normalisation', () => {
  it('folds case, accents, punctuation, camel and snake case, symbols and abbreviations', () => {
    expect(headerTokens('N° TVA')).toEqual(['number', 'vat']);
    expect(headerTokens('Invoice #')).toEqual(['invoice', 'number']);
    expect(headerTokens('customerID')).toEqual(['customer', 'id']);
    expect(headerTokens('pmt_amt')).toEqual(['payment', 'amount']);
    expect(headerTokens('Avocat responsable')).toEqual(headerTokens('Responsible attorney').reverse());
    expect(headerTokens('Data chiusura')).toContain('closed');
    // A firm's words, and those of more languages; letters that do not decompose fold too (Turkish ı, Polish ł).
    const read: [string, string[]][] = [
      ['Modalidad', ['method']],
      ['Resp TKPR', ['responsible', 'timekeeper']],
      ['Total HTVA', ['total', 'net']],
      ['Project Name', ['matter', 'name']],
      ['Müşteri Adı', ['customer', 'name']],
      ['Główny kontakt', ['main', 'contact']],
      ['PSČ', ['postal']],
      ['Județ', ['state']],
      ['TOKUISAKI_CD', ['customer', 'code']],
      ['Müvekkil No', ['customer', 'number']],
      ['N.º doc.', ['number', 'document']],
      ['Afleverpostcode', ['aflever', 'postal']],
      ['Data rozliczenia', ['data', 'settlement']],
      ['Nº Fra.', ['number', 'invoice']],
      ['Référence locataire', ['reference', 'customer']],
      ['Primær kontakt', ['main', 'contact']],
      ['Kd.-Nr.', ['customer', 'number']],
      ['Student ID', ['customer', 'id']],
      ['Doručovací země', ['delivery', 'country']],
      ['Lähiosoite', ['street']],
      ['Maksuaika pv', ['payment', 'term', 'days']],
      // Dutch "soort" is a kind, not a German "Ort" (a town) at the end of a word.
      ['Mutatiesoort', ['mutatie', 'type']],
      ['Zahlungsmethode', ['payment', 'method']],
      ['Personalnr.', ['employee', 'number']],
      ['Bizonylatszám', ['document', 'number']],
      ['Kiállítás dátuma', ['issue', 'date']],
      ['Betalingsmetode', ['payment', 'method']],
      ['Poststed', ['city']],
      ['Leveringsadresse', ['delivery', 'address']],
      ['Betalningsmetod', ['payment', 'method']],
      ['Référence marchand', ['reference', 'merchant']],
      ['Henkilönumero', ['employee', 'number']],
      ['Postinro', ['postal']],
      ['Moderbolag', ['parent', 'company']],
      ['Toimitusmaa', ['delivery', 'country']],
    ];
    for (const [header, tokens] of read) expect(headerTokens(header), header).toEqual(tokens);
    expect(headerTokens('  E-mail Address 2 ')).toEqual(['email']);
    expect(headerTokens('Date d\'échéance')).toEqual(['date', 'due']);
    expect(headerTokens('Rechnungsdatum')).toEqual(['invoice', 'date']);
    expect(headerTokens('Kundennr.')).toEqual(['customer', 'number']);
    // Any two words the lexicon knows, run together with or without a joint.
    expect(headerTokens('Betalingsfrist')).toEqual(['payment', 'term']);
    expect(headerTokens('Buchungsreferenz')).toEqual(['transaction', 'reference']);
    // A club's member, abbreviated as French clubs do ("N° adh.").
    expect(headerTokens('N° adh.')).toEqual(['number', 'customer']);
    // "Excluding" tax is the amount before it, in any of its abbreviations.
    expect(headerTokens('Beløp eks. mva')).toEqual(['amount', 'net', 'vat']);
    expect(headerTokens('Total exkl. MWST')).toEqual(['total', 'net', 'vat']);
    expect(headerTokens('Zahlungsreferenz')).toEqual(['payment', 'reference']);
    expect(headerTokens('Cust A/C')).toEqual(['customer', 'account']);
    expect(headerTokens('DDI')).toEqual(['work', 'phone']);
    // A spreadsheet position stays a position: "F5" is not "f." for fecha.
    expect(headerTokens('F5')).toEqual(['f']);
    // Run-together words, as old systems write their columns; real words stay whole.
    expect(headerTokens('REFNUM')).toEqual(['reference', 'number']);
    expect(headerTokens('CUSTNO')).toEqual(['customer', 'number']);
    expect(headerTokens('INVDATE')).toEqual(['invoice', 'date']);
    expect(headerTokens('PRIMARYCONTACTEMAIL')).toEqual(['main', 'contact', 'email']);
    expect(headerTokens('Report')).toEqual(['report']);
    // Italian, Portuguese, Polish and Nordic headers.
    expect(headerTokens('Importo fattura')).toEqual(['amount', 'invoice']);
    expect(headerTokens('Código postal')).toEqual(['code', 'postal']);
    expect(headerTokens('Nazwa kontrahenta')).toEqual(['name', 'customer']);
    expect(headerTokens('Förfallodatum')).toEqual(['due', 'date']);
    expect(headerTokens('Network')).toEqual(['network']);
    // Plurals of known words.
    expect(headerTokens('Téléphones')).toEqual(['phone']);
    expect(headerTokens('Entreprises')).toEqual(['company']);
    // "Including tax" is the gross amount.
    expect(headerTokens('Bedrag incl. btw')).toEqual(['amount', 'gross', 'vat']);
    expect(isGenericHeader(headerTokens('$3'))).toBe(true);
    // BigQuery's autodetected names say the storage type, not the meaning.
    expect(isGenericHeader(headerTokens('double_field_4'))).toBe(true);
    expect(isGenericHeader(headerTokens('int64_field_0'))).toBe(true);
    // Power Query's added and merged columns, in its interface's languages.
    for (const h of ['Custom.3', 'Benutzerdefiniert', 'Personnalisé', 'Samengevoegd', 'Zusammengeführt']) expect(isGenericHeader(headerTokens(h)), h).toBe(true);
  });
});

describe('auto-mapping', () => {
  it('prefers an exact header over a fuzzy one: "Email consent" does not take the email field', () => {
    const m = mapRows('upflow-contacts', [
      ['Email consent', 'Email', 'Company'],
      ['yes', 'a@b.co', 'Acme'],
      ['no', 'c@d.co', 'Beta'],
      ['yes', 'e@f.co', 'Gamma'],
    ]);
    expect(m).toEqual({ 'Email consent': null, Email: 'email', Company: 'customerName' });
  });

  it('leaves a near-match alone when its values contradict it', () => {
    expect(mapRows('upflow-contacts', [['Email consent', 'Company'], ['yes', 'Acme'], ['no', 'Beta'], ['yes', 'Gamma']])['Email consent']).toBeNull();
  });

  it('assigns globally: one column per field and the best total, not first come', () => {
    const m = mapRows('zencase-client-ledger', [
      ['Invoice Date', 'Date', 'Num', 'Customer', 'Amount'],
      ['05/01/2020', '05/02/2020', '1001', 'C-1', '10.00'],
      ['05/03/2020', '05/04/2020', '1002', 'C-2', '20.00'],
      ['05/13/2020', '05/14/2020', '1003', 'C-3', '30.00'],
    ]);
    expect(Object.values(m).filter((v) => v === 'transactionDate')).toHaveLength(1);
    expect(m['Customer']).toBe('clientNumber');
    expect(m['Amount']).toBe('amount');
  });

  it('maps a meaningless header from its content when the content is distinctive', () => {
    const m = mapRows('billing-payments', [
      ['Column A', 'Column B', 'Column C', 'Column D'],
      ['EUR', 'Open', '3', '12.50'],
      ['USD', 'Hold', '3', '99.00'],
      ['GBP', 'Open', '4', '1.00'],
    ]);
    expect(m['Column A']).toBe('currencyId');
    expect(m['Column B']).toBe('status');
  });

  it('says why, and never shows a content-only guess as high confidence', () => {
    const headers = ['Col1', 'Courriel'];
    const samples = [['a@b.co', 'x@y.fr', 'q@r.de'], ['a@b.co', 'x@y.fr', 'q@r.de']];
    const matches = autoMap({ target: target('upflow-contacts'), headers, profiles: profileColumns(samples, [target('upflow-contacts')]) });
    const email = matches.find((m) => m.field === 'email')!;
    expect(email.column).toBe(1);
    expect(email.confidence).toBe('high');
    expect(email.reasons[0]).toEqual({ kind: 'header-is-alias', header: 'Courriel', alias: 'Courriel' });
  });

  const confidenceOf = (targetId: string, rows: string[][], field: string) => {
    const { headers, matches } = matchRows(targetId, rows);
    const match = matches.find((m) => m.field === field)!;
    return { column: match.column === -1 ? null : headers[match.column], confidence: match.confidence };
  };

  it('gives high confidence to a synonym only when the values agree, and to the target\'s own label alone in a file laid out on its template', () => {
    const names = [['Customer'], ['Acme'], ['Beta'], ['Gamma']];
    expect(confidenceOf('upflow-contacts', names, 'customerName')).toEqual({ column: 'Customer', confidence: 'medium' });
    const template = [['Customer name', 'Customer ID', 'Town'], ['Acme', 'C1', 'Lyon'], ['Beta', 'C2', 'Metz'], ['Gamma', 'C3', 'Nice']];
    expect(confidenceOf('upflow-customers', template, 'customerName')).toEqual({ column: 'Customer name', confidence: 'high' });
    // A lone label among another system's columns is a common word: "Status" of a card processor.
    const processor = [['Status', 'Amount', 'Currency'], ['settled', '10.00', 'EUR'], ['refused', '12.00', 'EUR'], ['captured', '3.00', 'EUR']];
    expect(confidenceOf('billing-payments', processor, 'status').column).toBeNull();
  });

  it('keeps a header that names the field when its values are in another code, with high confidence only when they are of the field\'s kind', () => {
    // "Card" is not a PayToolID, but this is the column to translate, not one to ignore: payment methods are what a PayToolID stands for.
    const methods = [['Payment method', 'Amount'], ['Card', '10.00'], ['Wire', '20.00'], ['Card', '5.00']];
    expect(confidenceOf('billing-payments', methods, 'payToolId')).toEqual({ column: 'Payment method', confidence: 'high' });
    // Words of no known kind: still the column, but a person should look.
    const other = [['Payment method', 'Amount'], ['Stripe', '10.00'], ['Bankomat', '20.00'], ['Stripe', '5.00']];
    expect(confidenceOf('billing-payments', other, 'payToolId')).toEqual({ column: 'Payment method', confidence: 'medium' });
  });

  it('reads positions as positions: "Column C" is not the abbreviation "A/C"', () => {
    const ledger = [
      ['Column A', 'Column B', 'Column C', 'Column D'],
      ['C-1', '01/04/2022', 'Debit', '1250.00'],
      ['C-1', '01/18/2022', 'Credit', '1250.00'],
      ['C-2', '01/06/2022', 'Debit', '430.50'],
    ];
    const m = mapRows('zencase-client-ledger', ledger);
    expect(m['Column C']).toBe('transactionType');
    // The ledger's one exported amount, not the Debit and Credit columns it can be derived from.
    expect(m['Column D']).toBe('amount');
    expect(mapRows('zencase-client-ledger', [['A/C', 'Debit'], ['C-1', '10.00'], ['C-2', '12.00'], ['C-3', '1.00']])['A/C']).toBe('clientNumber');
  });

  it('reads a trailing aside as a qualifier: "Principal (O/N)" is the main-contact flag', () => {
    expect(mapRows('upflow-contacts', [['Principal (O/N)', 'Email'], ['O', 'a@b.co'], ['N', 'c@d.co'], ['O', 'e@f.co']])['Principal (O/N)']).toBe('mainContact');
  });

  it('reads "E-Mail Rechnung" as the address invoices go to, and "Rechnung per E-Mail" as the flag to send them by email', () => {
    const m = mapRows('zenskar-customers', [
      ['Kd.-Nr.', 'Firma', 'E-Mail Rechnung', 'Rechnung per E-Mail'],
      ['10021', 'Bäckerei Zettler GmbH', 'rechnung@zettler.de', 'ja'],
      ['10022', 'Backhaus Kögel KG', 'info@koegel.de', 'nein'],
      ['10023', 'Café Brunner', 'buchhaltung@brunner.at', 'ja'],
    ]);
    expect(m).toMatchObject({ 'E-Mail Rechnung': 'email', 'Rechnung per E-Mail': 'emailCommunications' });
  });

  it('reads what a ledger line billed ("Item", "Leistung", "Tratamiento") as its note, and an invoice series as no note', () => {
    const en = mapRows('zencase-client-ledger', [
      ['Date', 'Member', 'Item', 'Amount'],
      ['01/10/2025', 'Ann Lee', 'Unlimited Monthly - Oct', '120.00'],
      ['03/10/2025', 'Ann Lee', 'Payment received', '-120.00'],
      ['05/10/2025', 'Tom Ray', '10-Class Pack', '150.00'],
      ['09/10/2025', 'Tom Ray', 'Drop-In', '20.00'],
    ]);
    expect(en['Item']).toBe('note');
    const es = mapRows('zencase-client-ledger', [
      ['Fecha', 'Paciente', 'Serie', 'Tratamiento', 'Importe'],
      ['02/10/2025', 'Lucía Pérez', 'A', 'Fisioterapia deportiva (45 min)', '45,00'],
      ['09/10/2025', 'Lucía Pérez', 'A', 'Bono 5 sesiones', '180,00'],
      ['10/10/2025', 'Javier Gil', 'B', 'Punción seca', '40,00'],
      ['15/10/2025', 'Javier Gil', 'A', 'Primera visita + valoración', '55,00'],
    ]);
    expect(es).toMatchObject({ Tratamiento: 'note' });
    const series = mapRows('zencase-client-ledger', [
      ['Serie', 'Folio', 'Fecha', 'Tipo de comprobante', 'RFC receptor', 'Total'],
      ['A', '1187', '2024-03-05', 'Ingreso', 'DMA0807153A5', '11600.00'],
      ['A', '1188', '2024-03-07', 'Ingreso', 'TIN150622K41', '28246.00'],
      ['NC', '42', '2024-03-08', 'Egreso', 'DMA0807153A5', '1160.00'],
      ['A', '1189', '2024-03-11', 'Ingreso', 'TIN150622K41', '5800.00'],
    ]);
    expect(series['Serie']).toBeNull();
  });

  it('reads a disbursement register\'s kind column ("Tipo", "Art", "Laji") by its words: paid out, expected, or the office\'s own cost', () => {
    const m = mapRows('efimis-disbursement', [
      ['Expediente', 'Fecha', 'Tipo', 'Concepto', 'Importe'],
      ['2025/014', '03/10/2025', 'Suplido', 'Tasa judicial', '150,00'],
      ['2025/014', '08/10/2025', 'Gasto previsto', 'Notaría', '320,00'],
      ['2025/021', '10/10/2025', 'Gasto de despacho', 'Fotocopias', '12,40'],
      ['2025/021', '15/10/2025', 'Suplido', 'Registro Mercantil', '45,00'],
    ]);
    expect(m['Tipo']).toBe('Type');
    const t = target('efimis-disbursement').fields.find((f) => f.key === 'Type')!.type;
    if (t.kind !== 'enum') throw new Error('Type is an enum');
    const read = matchValues(['Barauslage', 'vorzumerken', 'Kanzleiaufwand', 'Débours', 'Frais de cabinet', 'Ennakoitu'].map((value) => ({ value, count: 1 })), t.values, true, new Map());
    expect(read.map((r) => r.to)).toEqual(['Incurred', 'Anticipated', 'CostRecovery', 'Incurred', 'CostRecovery', 'Anticipated']);
  });

  it('reads a bank\'s effective date as the payment\'s date, not the day the transaction was keyed', () => {
    const bank = mapRows('billing-payments', [
      ['Date', 'Effective Date', 'Description', 'Amount'],
      ['11/03/2025', '11/04/2025', 'ACH CREDIT ACME CORP', '1,250.00'],
      ['11/05/2025', '11/05/2025', 'MOBILE DEPOSIT', '480.00'],
      ['11/07/2025', '11/10/2025', 'WIRE IN HARBOR LLC', '9,600.00'],
    ]);
    expect(bank).toMatchObject({ 'Effective Date': 'documentDate', Date: null });
  });

  it('reads German abbreviations before "-Nr." whole: "Kd.-Nr." is the customer\'s number, "Rg.-Nr." the invoice\'s', () => {
    const rows = [
      ['10482', 'Hoffmann, Sabine', '07.04.2025', 'Rechnung', '25-01932', '287,63'],
      ['10482', 'Hoffmann, Sabine', '07.04.2025', 'Zahlung', '25-01932', '287,63'],
      ['11230', 'Pferdehof Lindenau GbR', '09.04.2025', 'Rechnung', '25-01977', '1.146,25'],
      ['11230', 'Pferdehof Lindenau GbR', '12.04.2025', 'Zahlung', '25-01977', '1.146,25'],
    ];
    expect(mapRows('zencase-client-ledger', [['Kd.-Nr.', 'Name', 'Datum', 'Art', 'Rg.-Nr.', 'Betrag brutto'], ...rows])).toMatchObject({ 'Kd.-Nr.': 'clientNumber', 'Rg.-Nr.': 'invoiceNumber' });
    // Beside invoice numbers that are no whole numbers, the customer's number still is not the invoice's.
    expect(mapRows('zencase-client-ledger', [['Kd.-Nr.', 'Name', 'Datum', 'Art', 'Re.-Nr.', 'Betrag brutto'], ...rows])['Kd.-Nr.']).toBe('clientNumber');
  });

  it('reads an Argentine current account\'s vouchers, an Italian school\'s pagoPA notices and an Indian khata\'s "You Gave" and "You Got"', () => {
    const ar = mapRows('zencase-client-ledger', [
      ['Cliente', 'Fecha', 'Tipo Comp.', 'Nro. Comp.', 'Debe', 'Haber'],
      ['C0142', '03/02/2025', 'FAC A', '0003-00004871', '1.452.300,00', ''],
      ['C0142', '17/02/2025', 'REC X', '0001-00002215', '', '1.000.000,00'],
      ['C0157', '20/02/2025', 'FAC B', '0003-00004902', '87.120,00', ''],
    ]);
    expect(ar).toMatchObject({ 'Tipo Comp.': 'transactionType', 'Nro. Comp.': 'invoiceNumber' });
    const it = mapRows('zencase-client-ledger', [
      ['Cod. alunno', 'Data', 'Movimento', 'N. avviso', 'Identificativo riscossione', 'Importo €', 'Canale di pagamento'],
      ['A004512', '12/11/2024', 'Avviso', '301000000004521874', '', '45,00', ''],
      ['A004512', '20/11/2024', 'Pagamento', '301000000004521874', 'IUR-240120998123', '45,00', 'App IO'],
      ['A004518', '12/11/2024', 'Avviso', '301000000004521901', '', '7,50', ''],
      ['A004518', '03/12/2024', 'Pagamento', '301000000004521901', 'IUR-240121441870', '7,50', 'Tabaccheria'],
    ]);
    expect(it).toMatchObject({ Movimento: 'transactionType', 'N. avviso': 'invoiceNumber', 'Identificativo riscossione': 'paymentNumber', 'Canale di pagamento': 'paymentMethod' });
    const khata = mapRows('zencase-client-ledger', [
      ['Date', 'Customer Name', 'You Gave (₹)', 'You Got (₹)', 'Balance (₹)'],
      ['05 Mar 2025', 'Shree Ganesh Traders', '12,480.00', '', '12,480.00'],
      ['09 Mar 2025', 'Shree Ganesh Traders', '', '10,000.00', '2,480.00'],
      ['11 Mar 2025', 'Patil Medicals', '1,25,600.00', '', '1,25,600.00'],
    ]);
    expect(khata).toMatchObject({ 'You Gave (₹)': 'debitAmount', 'You Got (₹)': 'creditAmount' });
  });

  it('reads a law firm\'s own words: a bill\'s "Narrative" and "Associate", a cost\'s "Cost Type" beside its "Firm Code", a client\'s "Condición IVA"', () => {
    const bills = mapRows('efimis-invoice', [
      ['Bill No', 'Bill Date', 'Associate', 'Narrative', 'Amount'],
      ['SG-24-0412', '04/03/2024', 'Tan Wei Ling', 'Professional fees: tenancy dispute', '4,850.00'],
      ['SG-24-0419', '08/03/2024', 'Rajesh Kumar', 'Conveyancing: 12 Jurong West St', '1,320.00'],
      ['SG-24-0423', '15/03/2024', 'Tan Wei Ling', 'Advice on employment contract', '2,675.50'],
    ]);
    expect(bills).toMatchObject({ Associate: 'ActingPersonId', Narrative: 'Title' });
    const costs = mapRows('efimis-disbursement', [
      ['Matter', 'Date', 'Cost Type', 'Firm Code', 'Amount'],
      ['M-1024', '03/04/2025', 'Hard cost', 'FIL', '350.00'],
      ['M-1024', '05/04/2025', 'Soft cost', 'COPY', '12.40'],
      ['M-1031', '09/04/2025', 'Hard cost', 'CRT', '75.00'],
    ]);
    expect(costs).toMatchObject({ 'Cost Type': 'Type', 'Firm Code': 'Code' });
    const clients = mapRows('efimis-client', [
      ['Nº Cliente', 'Razón social', 'Condición IVA'],
      ['C-0412', 'Agro Pampa S.A.', 'Responsable Inscripto'],
      ['C-0419', 'Juan Pérez', 'Consumidor Final'],
      ['C-0423', 'Ferretería El Tornillo', 'Monotributista'],
    ]);
    expect(clients['Condición IVA']).toBe('TaxCode');
  });

  it('gives the client number to a name\'s number written as one word ("Osakasnumero" beside "Osakas"), not to the name', () => {
    const m = mapRows('zencase-client-ledger', [
      ['Osakasnumero', 'Osakas', 'Päivämäärä', 'Selite', 'Summa'],
      ['1021', 'Virtanen Matti', '01.10.2025', 'Hoitovastike 10/2025', '245,50'],
      ['1021', 'Virtanen Matti', '05.10.2025', 'Maksu', '-245,50'],
      ['1034', 'Korhonen Anna', '01.10.2025', 'Hoitovastike 10/2025', '198,20'],
      ['1034', 'Korhonen Anna', '08.10.2025', 'Maksu', '-198,20'],
    ]);
    expect(m).toMatchObject({ Osakasnumero: 'clientNumber', Osakas: null });
  });

  it('reads a Danish timesheet\'s kinds and states ("Tid", "Fast honorar", "Ferie"; "Ikke faktureret", "Afskrevet") and Nordic VAT and ledger numbers', () => {
    const times = mapRows('efimis-work-item', [
      ['Dato', 'Medarb.', 'Sag', 'Type', 'Timer', 'Status'],
      ['03-11-2025', 'MKL', '2025-0142', 'Tid', '2,50', 'Ikke faktureret'],
      ['03-11-2025', 'MKL', '2025-0142', 'Tid', '1,00', 'Faktureret'],
      ['04-11-2025', 'AHJ', '2025-0150', 'Fast honorar', '0,00', 'Ikke faktureret'],
      ['05-11-2025', 'AHJ', '2025-0150', 'Tid', '0,75', 'Afskrevet'],
      ['06-11-2025', 'SBN', '', 'Ferie', '7,40', 'Ej fakturerbar'],
    ]);
    expect(times).toMatchObject({ 'Medarb.': 'EmployeeId', Type: 'ItemType', Status: 'State' });
    const t = target('efimis-work-item').fields.find((f) => f.key === 'State')!.type;
    if (t.kind !== 'enum') throw new Error('State is an enum');
    expect(matchValues(['Ikke faktureret', 'Faktureret', 'Afskrevet', 'Ej fakturerbar'].map((value) => ({ value, count: 1 })), t.values, true, new Map()).map((r) => r.to)).toEqual(['Finalised', 'Billed', 'WrittenOff', 'NonBillable']);
    const customers = mapRows('upflow-customers', [
      ['Kundenr.', 'Navn', 'CVR-nr.', 'Reskontronr.'],
      ['1001', 'Bager Jensen ApS', '31247689', '10010'],
      ['1002', 'Tømrerfirma Holm', '29190941', '10020'],
      ['1003', 'Café Havnen I/S', '38812204', '10030'],
    ]);
    expect(customers).toMatchObject({ 'CVR-nr.': 'vatNumber', 'Reskontronr.': 'accountingCode' });
  });

  it('reads more systems\' own words: a bank\'s "Transaktionsnummer", a canteen account\'s "Abbuchung" and "Einzahlung", a Czech file list\'s "Spisová značka" and "Koncipient"', () => {
    const bank = mapRows('billing-payments', [
      ['Buchungsdatum', 'Valutadatum', 'Mitteilung', 'Betrag', 'Währung', 'Transaktionsnummer'],
      ['03.11.2025', '03.11.2025', 'Rechnung 2025-118', '1250.00', 'CHF', 'LLB-TX-88120451'],
      ['04.11.2025', '05.11.2025', 'Rechnung 2025-121', '480.00', 'CHF', 'LLB-TX-88120977'],
      ['06.11.2025', '06.11.2025', 'Rg. 2025-125', '2300.00', 'CHF', 'LLB-TX-88121503'],
    ]);
    expect(bank['Transaktionsnummer']).toBe('referenceNumber');
    const canteen = mapRows('zencase-client-ledger', [
      ['Datum', 'Kunde', 'Buchungstext', 'Abbuchung', 'Einzahlung'],
      ['03.11.2025', 'Lena Maier', 'Mittagessen', '4,20', ''],
      ['04.11.2025', 'Lena Maier', 'Überweisung Eltern', '', '50,00'],
      ['04.11.2025', 'Tim Vogt', 'Mittagessen', '4,20', ''],
    ]);
    expect(canteen).toMatchObject({ Abbuchung: 'debitAmount', Einzahlung: 'creditAmount' });
    const files = mapRows('efimis-matter', [
      ['ID spisu', 'Spisová značka', 'Předmět věci', 'Koncipient', 'Datum založení'],
      ['S-3318', '12/2025', 'Novák s.r.o. – vymáhání pohledávky', 'Mgr. Petr Dvořák', '03.02.2025'],
      ['S-3321', '13/2025', 'Svoboda – rozvod', 'Mgr. Jana Malá', '10.02.2025'],
      ['S-3325', '14/2025', 'Stavby Brno a.s. – smlouva o dílo', 'Mgr. Petr Dvořák', '17.02.2025'],
    ]);
    expect(files).toMatchObject({ 'Spisová značka': 'MatterNumber', Koncipient: 'ActingPersonId', 'Datum založení': 'DateOpened' });
  });

  it('reads a domiciliation centre\'s forwarding address as where the customer is served, and Austrian, Danish and Belgian systems\' own words', () => {
    const centre = mapRows('zenskar-customers', [
      ['Raison sociale', 'Adresse de facturation', 'CP facturation', 'Adresse de réexpédition', 'CP réexpédition', 'Ville réexpédition'],
      ['SAS Nordtech', '12 rue de la Paix', '75002', '4 allée des Tilleuls', '59000', 'Lille'],
      ['EURL Bâti Conseil', '12 rue de la Paix', '75002', '18 quai Rambaud', '69002', 'Lyon'],
      ['SCI Les Oliviers', '12 rue de la Paix', '75002', '7 boulevard Longchamp', '13001', 'Marseille'],
    ]);
    expect(centre).toMatchObject({ 'Adresse de réexpédition': 'address', 'CP réexpédition': 'zipCode', 'Ville réexpédition': 'city', 'Adresse de facturation': null });
    const danish = mapRows('zenskar-customers', [
      ['Kundenummer', 'Firmanavn', 'Postnr.', 'By', 'Automatisk kortbetaling'],
      ['1001', 'Bager Jensen ApS', '8000', 'Aarhus C', 'Ja'],
      ['1002', 'Tømrerfirma Holm', '5000', 'Odense C', 'Nej'],
      ['1003', 'Café Havnen I/S', '9000', 'Aalborg', 'Ja'],
    ]);
    expect(danish).toMatchObject({ By: 'city', 'Automatisk kortbetaling': 'autoCharge' });
    const bills = mapRows('efimis-invoice', [
      ['Rechnungsnummer', 'Aktenzahl', 'Aktbezeichnung', 'Netto EUR'],
      ['HN-2025-118', '2025/0412', 'Huber gegen Maier – Mietrecht', '1.250,00'],
      ['HN-2025-121', '2025/0419', 'Verlassenschaft Gruber', '2.480,00'],
      ['HN-2025-125', '2025/0433', 'GmbH-Gründung Stadler', '980,00'],
    ]);
    expect(bills).toMatchObject({ Aktenzahl: 'MatterNumber', Aktbezeichnung: 'MatterTitle' });
    const noalyss = mapRows('zencase-client-ledger', [
      ['Date', 'Quick Code', 'Nom', 'Libellé', 'Montant'],
      ['03/11/2025', 'CLI0042', 'Brasserie du Parc', 'Facture 2025-118', '1.250,00'],
      ['10/11/2025', 'CLI0042', 'Brasserie du Parc', 'Paiement', '-1.250,00'],
      ['12/11/2025', 'CLI0057', 'Garage Lambert', 'Facture 2025-121', '480,00'],
    ]);
    expect(noalyss).toMatchObject({ 'Quick Code': 'clientNumber', Nom: null });
    const golf = mapRows('zencase-client-ledger', [
      ['Lidnummer', 'Datum', 'Soort mutatie', 'Avgift', 'Bedrag'],
      ['L-1042', '01-03-2025', 'Contributie', 'Jaarcontributie 2025', '650,00'],
      ['L-1042', '15-03-2025', 'Betaling', 'Incasso', '-650,00'],
      ['L-1057', '01-03-2025', 'Contributie', 'Jaarcontributie 2025', '650,00'],
    ]);
    expect(golf).toMatchObject({ 'Soort mutatie': 'transactionType', Avgift: 'note' });
  });

  it('reads "Svc" as the service address, and an hourly wage as no sure cost per hour', () => {
    const lawn = mapRows('zenskar-customers', [
      ['Customer Name', 'Bill Addr1', 'Bill City', 'Svc Addr1', 'Svc City', 'Svc Zip'],
      ['Greenway HOA', 'PO Box 88', 'Dayton', '1200 Meadow Ln', 'Kettering', '45429'],
      ['Oak Ridge Dental', '55 Main St', 'Dayton', '55 Main St', 'Dayton', '45402'],
      ['Miller, Tom', 'PO Box 12', 'Xenia', '8 Elm Ct', 'Beavercreek', '45434'],
    ]);
    expect(lawn).toMatchObject({ 'Svc Addr1': 'address', 'Svc City': 'city', 'Svc Zip': 'zipCode', 'Bill Addr1': null, 'Bill City': null });
    const staff = matchRows('efimis-employee', [
      ['Personeelsnummer', 'Naam', 'Uurloon'],
      ['1001', 'de Vries, Anna', '32,50'],
      ['1002', 'Bakker, Tom', '28,75'],
      ['1003', 'Smit, Eva', '41,00'],
    ]);
    expect(staff.matches.find((m) => m.field === 'NominalCostPerHour')?.confidence).not.toBe('high');
  });

  it('reads a primary-contact or invoice-recipient flag as the main contact, but not a column of names under "Billing contact"', () => {
    expect(mapRows('upflow-contacts', [['Naam', 'E-mail', 'Primair contact'], ['de Vries', 'a@b.nl', 'Ja'], ['Bakker', 'c@d.nl', 'Nee'], ['Smit', 'e@f.nl', 'Ja']])['Primair contact']).toBe('mainContact');
    expect(mapRows('upflow-contacts', [['Name', 'Email', 'Invoice Contact'], ['Ann Lee', 'a@b.co', 'TRUE'], ['Tom Ray', 'c@d.co', 'FALSE'], ['Jo Park', 'e@f.co', 'TRUE']])['Invoice Contact']).toBe('mainContact');
    expect(mapRows('upflow-contacts', [['Email', 'Billing contact'], ['a@b.co', 'Ann Lee'], ['c@d.co', 'Tom Ray'], ['e@f.co', 'Jo Park']])['Billing contact']).not.toBe('mainContact');
  });
});

describe('auto-mapping: names shared between fields, and values that settle them', () => {
  it('does not give a field a header that is another field\'s exact name ("Client" is the client, not the client\'s role)', () => {
    const m = mapRows('efimis-matter', [
      ['Matter Number', 'Client', 'Description'],
      ['M-1', 'Grace Holloway', 'Lease'],
      ['M-2', 'Kwame Mensah', 'Estate'],
      ['M-3', 'Helen Ostrowski', 'Dispute'],
    ]);
    // The lone matter number is also the matters' only id: it feeds the required ImportId (see "gives a lone column of ids").
    expect(m).toEqual({ 'Matter Number': 'ImportId', Client: 'ClientId', Description: 'Title' });
  });

  it('keeps "#" in exact names: "Account #" is the account code, not the account name', () => {
    const m = mapRows('efimis-account', [
      ['Account #', 'Account'],
      ['1-1100', 'Cheque Account'],
      ['1-1200', 'Savings'],
      ['4-1000', 'Sales'],
    ]);
    expect(m).toEqual({ 'Account #': 'AccountCode', Account: 'Name' });
  });

  it('leaves a list field unmapped when its values all miss its list: job titles are not contact roles', () => {
    const m = mapRows('upflow-contacts', [
      ['Email', 'Fonction'],
      ['a@b.fr', 'Gérant'],
      ['c@d.fr', 'Associée'],
      ['e@f.fr', 'Directrice'],
      ['g@h.fr', 'Gérante'],
    ]);
    expect(m.Fonction).toBeNull();
    expect(mapRows('billing-payments', [['Type', 'Amount'], ['purchase', '10.00'], ['purchase', '12.00'], ['refund', '3.00']]).Type).toBeNull();
    // Yes and no are a two-state list written as a flag: "Leaver?" is the employee's state.
    expect(mapRows('efimis-employee', [['Leaver?', 'Email'], ['N', 'a@b.uk'], ['Y', 'c@d.uk'], ['N', 'e@f.uk']])['Leaver?']).toBe('State');
    // Values that partly match are the field, for the value map to finish.
    expect(mapRows('upflow-contacts', [['Email', 'Role'], ['a@b.fr', 'FIN'], ['c@d.fr', 'Accounting'], ['e@f.fr', 'FIN']]).Role).toBe('position');
  });

  it('lets a list\'s own words decide between two list fields ("Account Type" holding Asset, Liability, Income)', () => {
    const m = mapRows('efimis-account', [
      ['Account Number', 'Account Name', 'Account Type'],
      ['1-1100', 'Bank', 'Asset'],
      ['2-1200', 'GST Collected', 'Liability'],
      ['4-1000', 'Sales', 'Income'],
      ['6-1000', 'Rent', 'Expense'],
    ]);
    expect(m['Account Type']).toBe('AccountCategory');
  });

  it('takes a column whose values are all a list\'s words for that list, whatever its header ("INV/PMT"), but no yes/no column', () => {
    const ledger = (kinds: string[]) => [['Cust', 'INV/PMT', 'Amt'], ...kinds.map((k, i) => [`C-10${i % 2}`, k, `${100 + i}.00`])];
    expect(mapRows('zencase-client-ledger', ledger(['INV', 'PMT', 'INV', 'PMT', 'INV']))['INV/PMT']).toBe('transactionType');
    // One word repeated says nothing of a list; nor do Y and N, which might be any flag.
    expect(mapRows('zencase-client-ledger', ledger(['INV', 'INV', 'INV', 'INV', 'INV']))['INV/PMT']).not.toBe('transactionType');
    expect(mapRows('efimis-work-item', [['Billable?', 'Hours'], ['Y', '1.5'], ['N', '0.5'], ['Y', '2.0'], ['Y', '0.3']])['Billable?']).not.toBe('State');
  });

  it('reads a name title from its values: "Title" full of job titles is not the title, "Prefix" full of Mr and Dr is', () => {
    const m = mapRows('efimis-entity', [
      ['Prefix', 'First Name', 'Last Name', 'Title'],
      ['Ms.', 'Ada', 'Byron', 'Office Manager'],
      ['Mr.', 'Alan', 'Turing', 'Software Engineer'],
      ['Dr.', 'Grace', 'Hopper', 'Chief of Surgery'],
    ]);
    expect(m).toMatchObject({ Prefix: 'Title', Title: null });
  });

  it('takes a yes/no column named for a direct debit in the languages of Europe for Zenskar\'s auto charge, and payment terms for none', () => {
    for (const header of ['Autogiro', 'Betalingsservice', 'Machtiging incasso', 'Addebito SDD', 'Remesar']) {
      const mapped = mapRows('zenskar-customers', [['Name', header], ['Kafé Linnea AB', 'Ja'], ['Norrlands Bageri AB', 'Nej'], ['Fjällstugan AB', 'Ja'], ['Umeå Bygg AB', 'Nej']]);
      expect(mapped[header]).toBe('autoCharge');
    }
    const terms = mapRows('zenskar-customers', [['Naam', 'Betalingstermijn'], ['Bakkerij Jansen', '14'], ['Fietsenmaker De Vries', '30'], ['Kapsalon Anne', '14'], ['Loodgieter Bakker', '30']]);
    expect(terms['Betalingstermijn']).toBeNull();
  });

  it('takes the address the target means: shipping columns for Zenskar, billing columns for Upflow', () => {
    const rows = [
      ['Name', 'Address Line1', 'Address City', 'Shipping Address Line1', 'Shipping Address City', 'Billing City'],
      ['Acme Ltd', '1 Main St', 'Leeds', '9 Dock Rd', 'Hull', 'York'],
      ['Beta GmbH', '2 High St', 'Bonn', '8 Quay St', 'Kiel', 'Köln'],
      ['Gamma SARL', '3 Rue Haute', 'Lyon', '7 Rue Basse', 'Nice', 'Metz'],
    ];
    expect(mapRows('zenskar-customers', rows)).toMatchObject({ 'Shipping Address Line1': 'address', 'Shipping Address City': 'city', 'Address City': null, 'Billing City': null });
    expect(mapRows('upflow-customers', rows)).toMatchObject({ 'Billing City': 'town', 'Shipping Address City': null });
  });

  it('forgives typos, but two words of the vocabulary are never each other\'s typo ("Action ID" is not "Acting")', () => {
    expect(mapRows('efimis-matter', [['Action ID', 'Matter Numbr'], ['3021', 'AS-1'], ['3035', 'AS-2'], ['3048', 'AS-3']])).toEqual({ 'Action ID': 'ImportId', 'Matter Numbr': 'MatterNumber' });
    expect(mapRows('zenskar-customers', [['Name', 'POCountry'], ['Acme', 'SG'], ['Beta', 'SG'], ['Gamma', 'MY']]).POCountry).toBe('country');
  });

  it('does not put a column of email addresses into a free-text field its header merely resembles', () => {
    const m = mapRows('upflow-customers', [['customers.company', 'customers.email'], ['Acme Ltd', 'ap@acme.com'], ['Beta GmbH', 'ar@beta.de'], ['Gamma SA', 'x@gamma.fr']]);
    expect(m['customers.email']).toBeNull();
  });

  it('reads headers without the record name an export puts before them ("account_company_name")', () => {
    const m = mapRows('upflow-customers', [
      ['account_code', 'account_email', 'account_company_name', 'INV TOTAL'],
      ['a-1', 'x@acme.com', 'Acme Ltd', '10.00'],
      ['a-2', 'y@beta.de', 'Beta GmbH', '20.00'],
      ['a-3', 'z@gamma.fr', 'Gamma SA', '30.00'],
    ]);
    expect(m.account_company_name).toBe('customerName');
  });

  it('never maps row numbers from their content, and reads a lone letter as a position, not "E" for email', () => {
    const m = mapRows('efimis-work-item', [
      ['A', 'B', 'E'],
      ['1', '2024-01-02', '1:30'],
      ['2', '2024-01-03', '0:45'],
      ['3', '2024-01-04', '2:15'],
      ['4', '2024-01-05', '1:00'],
    ]);
    expect(m).toEqual({ A: null, B: 'EntryDate', E: 'DurationTicks' });
  });

  it('recognises processor ids (Stripe, GoCardless, Mollie) under a meaningless header', () => {
    const m = mapRows('billing-payments', [
      ['Unnamed: 0', 'Unnamed: 1'],
      ['1', 'ch_3NqFz2LkdIwHu7ix0abc1234'],
      ['2', 'py_3NqGa7LkdIwHu7ix1def5678'],
      ['3', 'tr_WDqYK6vllg'],
    ]);
    expect(m['Unnamed: 1']).toBe('referenceNumber');
    expect(mapRows('zenskar-customers', [['c1', 'c2'], ['cus_Pc3Za4Bc5De6Fg', 'Acme Ltd'], ['cus_Pd7Hi8Jk9Lm0No', 'Beta GmbH'], ['CU000123ABCDEF', 'Gamma SA']]).c1).toBe('customerId');
  });

  it('does not show the amount with high confidence when a credit column is read alongside it', () => {
    const rows = [
      ['Date', 'Amount', 'Payments'],
      ['2024-01-02', '100.00', ''],
      ['2024-01-09', '', '100.00'],
      ['2024-02-01', '250.00', ''],
    ];
    const { matches } = matchRows('zencase-client-ledger', rows);
    expect(matches.find((m) => m.field === 'creditAmount')?.column).toBe(2);
    expect(matches.find((m) => m.field === 'amount')).toMatchObject({ column: 1, confidence: 'medium' });
  });

  it('reads people\'s names: given names under a meaningless header, and a full name is not the family name', () => {
    const m = mapRows('upflow-contacts', [
      ['col_1', 'Nom', 'Courriel'],
      ['Megan', 'Michel Ferrand', 'a@b.fr'],
      ['Derek', 'Émilie Roux', 'c@d.fr'],
      ['Aisha', 'Patrick Vial', 'e@f.fr'],
      ['Oliver', 'Anne Martin', 'g@h.fr'],
    ]);
    expect(m).toEqual({ col_1: 'firstName', Nom: null, Courriel: 'email' });
  });

  it('matches a name whatever the order of its words ("Id factura" is "ID de factura")', () => {
    const m = mapRows('efimis-invoice', [['Id factura', 'Número'], ['F-1', '2024/001'], ['F-2', '2024/002'], ['F-3', '2024/003']]);
    expect(m['Id factura']).toBe('ImportId');
  });

  it('shows no high confidence when another column names the field too, whatever the values', () => {
    const rows = [
      ['Compte tiers', 'N° pièce', 'N° facture', 'Débit'],
      ['C001', '8812', 'FA-2023-0142', '100,00'],
      ['C002', '8813', 'FA-2023-0143', '200,00'],
      ['C003', '8814', 'FA-2023-0144', '300,00'],
    ];
    const { matches } = matchRows('zencase-client-ledger', rows);
    const invoice = matches.find((m) => m.field === 'invoiceNumber')!;
    expect(invoice.column).toBeGreaterThan(0);
    expect(invoice.confidence).not.toBe('high');
  });

  it('lets a generic name ("Record ID") feed a field only when no column names it better', () => {
    expect(mapRows('upflow-customers', [['Record ID', 'Company name'], ['9001', 'Acme Ltd'], ['9002', 'Beta GmbH'], ['9003', 'Gamma SA']])['Record ID']).toBe('customerId');
    const m = mapRows('upflow-customers', [['Record ID', 'Customer Number', 'Company name'], ['9001', 'C-1', 'Acme Ltd'], ['9002', 'C-2', 'Beta GmbH'], ['9003', 'C-3', 'Gamma SA']]);
    expect(m).toMatchObject({ 'Record ID': null, 'Customer Number': 'customerId' });
  });

  it('recognises payment methods under a meaningless header', () => {
    const m = mapRows('zencase-client-ledger', [
      ['Column A', 'Column B', 'Column E'],
      ['C-1', '01/13/2024', ''],
      ['C-1', '01/20/2024', 'Check'],
      ['C-2', '02/01/2024', 'Credit Card'],
      ['C-3', '02/03/2024', 'Wire'],
    ]);
    expect(m['Column E']).toBe('paymentMethod');
  });

  it('reads query-tool column names (Expr1000, f0_, EXPR$2, VAR00002) as positions', () => {
    for (const h of ['Expr1000', 'f0_', 'EXPR$2', 'VAR00002', 'fld02']) expect(isGenericHeader(headerTokens(h)), h).toBe(true);
    expect(headerTokens('Amount ($)')).toEqual(['amount', 'currency']);
  });

  it('never shows a mobile as the main phone with high confidence', () => {
    const phone = matchRows('upflow-contacts', [['Email', 'Mobile'], ['a@b.uk', '+44 7700 900123'], ['c@d.uk', '+44 7700 900456'], ['e@f.uk', '+44 7700 900789']]).matches.find((m) => m.field === 'phone')!;
    expect(phone.column).toBe(1);
    expect(phone.confidence).toBe('medium');
  });

  it('reads a processor\'s "Payment ID" as its reference, and Billing\'s own numbers as the PaymentID', () => {
    expect(mapRows('billing-payments', [['Payment ID', 'Amount'], ['pay_w4kgbgx6tq3ej', '10.00'], ['pay_a8nqfe21xz0kd', '12.00'], ['pay_7hd2kq9pz0xw1', '3.00']])['Payment ID']).toBe('referenceNumber');
    expect(mapRows('billing-payments', [['Payment ID', 'Amount'], ['1041', '10.00'], ['1042', '12.00'], ['1043', '3.00']])['Payment ID']).toBe('paymentId');
  });

  it('prefers a column that varies to a constant one named alike (a ledger\'s control account)', () => {
    const m = mapRows('zencase-client-ledger', [
      ['Compte', 'Compte auxiliaire', 'Date', 'Débit'],
      ['411000', 'CU-0012', '02/03/2024', '100,00'],
      ['411000', 'CU-0027', '02/04/2024', '200,00'],
      ['411000', 'CU-0031', '02/05/2024', '300,00'],
      ['411000', 'CU-0012', '02/06/2024', '400,00'],
    ]);
    expect(m).toMatchObject({ Compte: null, 'Compte auxiliaire': 'clientNumber' });
  });

  it('keeps scores within 0..1 and never passes a qualified header off as the label', () => {
    const rows = [['Name', 'Shipping City', 'City'], ['Acme Ltd', 'Hull', 'Leeds'], ['Beta GmbH', 'Kiel', 'Bonn'], ['Gamma SA', 'Nice', 'Lyon']];
    const { headers, matches } = matchRows('zenskar-customers', rows);
    expect(matches.every((m) => m.score >= 0 && m.score <= 1)).toBe(true);
    const city = matches.find((m) => m.field === 'city')!;
    expect(headers[city.column]).toBe('Shipping City');
    expect(city.reasons[0]).toMatchObject({ kind: 'header-is-alias' });
  });

  it('reads a generic name only as a resemblance at its lower weight, and an alias that loses its meaning only as written', () => {
    // "Pay Date" resembles "Payment date", one of DocumentDate's generic names: still proposed.
    expect(mapRows('billing-payments', [['Pay Date', 'Amount'], ['2024-01-02', '10.00'], ['2024-01-03', '12.00'], ['2024-01-04', '3.00']])['Pay Date']).toBe('documentDate');
    // "Email address" is not the account manager's email, whatever names end in "email".
    expect(mapRows('upflow-customers', [['Company', 'Email address'], ['Acme Ltd', 'ap@acme.com'], ['Beta GmbH', 'ar@beta.de'], ['Gamma SA', 'x@gamma.fr']])['Email address']).toBeNull();
  });

  it('never reads flags, initials or dates as people\'s names', () => {
    const m = mapRows('upflow-contacts', [['Col1', 'Col2', 'Last name'], ['Y', 'A', '2022-01-01'], ['N', 'B', '2022-02-01'], ['Y', 'C', '2022-03-01']]);
    expect([m.Col1, m.Col2]).not.toContain('firstName');
    const last = matchRows('upflow-contacts', [['Email', 'Last name'], ['a@b.fr', '2022-01-01'], ['c@d.fr', '2022-02-01'], ['e@f.fr', '2022-03-01']]).matches.find((x) => x.field === 'lastName')!;
    expect(last.confidence).not.toBe('high');
    expect(mapRows('upflow-contacts', [['Email', 'Last updated'], ['a@b.fr', 'Jan 12, 2024 10:41 AM'], ['c@d.fr', 'Feb 3, 2024 2:05 PM'], ['e@f.fr', 'Mar 1, 2024 9:00 AM']])['Last updated']).toBeNull();
  });

  it('reads no country in a language\'s codes ("sv", "de" under "locale" or "Taal"), and the named address\'s block before the plain one', () => {
    const m = mapRows('zenskar-customers', [
      ['name', 'locale', 'City', 'Delivery city', 'address_country_code'],
      ['Nordic Pixel AB', 'sv', 'Malmö', 'Lund', 'SE'],
      ['Hansa Druck GmbH', 'de', 'Hamburg', 'Kiel', 'DE'],
      ['Atelier Sorel', 'fr', 'Lyon', 'Lyon', 'FR'],
    ]);
    expect(m).toMatchObject({ locale: null, City: null, 'Delivery city': 'city', address_country_code: 'country' });
    // Of two qualifiers, the one nearest the noun says which address: Shopify's "Location: Bill To City" is billing.
    const shopify = mapRows('zenskar-customers', [
      ['Name', 'Location: Bill To City', 'Location: Ship To City'],
      ['Buckeye Fleet Services LLC', 'Columbus', 'Dublin'],
      ['Great Lakes Linen Supply Inc.', 'Cleveland', 'Akron'],
      ['Hoosier Cold Chain Logistics', 'Indianapolis', 'Carmel'],
    ]);
    expect(shopify).toMatchObject({ 'Location: Bill To City': null, 'Location: Ship To City': 'city' });
    // Dutch run-together delivery headers ("Afleverplaats") are the delivery block's.
    const minox = mapRows('zenskar-customers', [
      ['Naam', 'Plaats', 'Afleverplaats', 'Afleverpostcode'],
      ['Bakkerij Van Dijk B.V.', 'Utrecht', 'Nieuwegein', '3439 LM'],
      ['Hovenier Bos & Zn', 'Zeist', 'Zeist', '3701 AB'],
      ['Tandarts De Linde', 'Amersfoort', 'Leusden', '3831 AA'],
    ]);
    expect(minox).toMatchObject({ Plaats: null, Afleverplaats: 'city', Afleverpostcode: 'zipCode' });
    // "Postal City" is the postal address's city: the billing one, which Upflow prefers.
    const accredo = mapRows('upflow-customers', [
      ['Name', 'Delivery City', 'Postal City'],
      ['Kauri Coast Cafe Ltd', 'Dargaville', 'Whangarei'],
      ['Mt Cook Outfitters', 'Twizel', 'Twizel'],
      ['Harbourside Provisions', 'Auckland', 'Wellington'],
    ]);
    expect(accredo).toMatchObject({ 'Delivery City': null, 'Postal City': 'town' });
    expect(mapRows('upflow-customers', [['Naam', 'Taal'], ['Bakkerij Van Dijk B.V.', 'NL'], ['Hovenier Bos & Zn', 'EN'], ['Tandarts De Linde', 'NL']]).Taal).toBeNull();
  });

  it('under meaningless headers, reads terms in any language as days and not as a street, and the names filled on every row as the customer', () => {
    const m = mapRows('upflow-customers', [
      ['Sloupec1', 'Sloupec2', 'Sloupec3', 'Sloupec4', 'Sloupec5'],
      ['OD-00147', 'Vítkovice Stavby a.s.', 'Ruská 2887/101', '30 dní', ''],
      ['OD-00152', 'Vítkovice Montáže s.r.o.', 'Ruská 2887/101', '30 dní', 'Vítkovice Stavby a.s.'],
      ['OD-00163', 'Kovo Frýdek s.r.o.', 'Beskydská 1210', '14 dní', ''],
      ['OD-00171', 'Stalprofil Katowice Sp. z o.o.', 'ul. Porcelanowa 23', '60 dní', ''],
    ]);
    expect(m).toMatchObject({ Sloupec2: 'customerName', Sloupec4: 'defaultPaymentPeriod', Sloupec5: null });
    expect(LOOKS_LIKE['street-address']('30 dní')).toBe(false);
    // Bare numbers are no terms: they are ids or counts as often.
    expect(mapRows('upflow-customers', [['Kolumn1', 'Kolumn2'], ['1043', 'Vätterbygdens Maskin AB'], ['1057', 'Ekbackens Gård HB'], ['1061', 'Agder Landbruksmaskiner AS']]).Kolumn1).not.toBe('defaultPaymentPeriod');
  });

  it('proposes no payment method from a column of dates or of yes/no under a payment header ("Fecha de cobro", "Paid on")', () => {
    const m = mapRows('zencase-client-ledger', [
      ['Date', 'Client', 'Invoice', 'Amount', 'Fecha de cobro', 'Paid on'],
      ['2025-01-03', 'C-01', '1042', '120.00', '03/02/2025', '2025-02-03'],
      ['2025-01-05', 'C-02', '1043', '80.00', '05/02/2025', '2025-02-05'],
      ['2025-01-11', 'C-03', '1044', '45.50', '11/02/2025', '2025-02-11'],
    ]);
    expect(m).toMatchObject({ 'Fecha de cobro': null, 'Paid on': null });
  });

  it('recognises company names by their trade words as well as legal forms, and never an email address', () => {
    const m = mapRows('upflow-customers', [
      ['Field1', 'Field2'],
      ['Harbourside Dental', 'leo@cobalt.design'],
      ['Tasman Timber', 'mark@ashford-vets.co.uk'],
      ['Garage des Alpes', 'info@garage.fr'],
      ['Quill & Ink Stationers', 'ap@quill.com'],
    ]);
    expect(m.Field1).toBe('customerName');
    expect(m.Field2).not.toBe('customerName');
  });

  it('does not read a header that shares only the record\'s name ("Customer Class", "Account Balance") as a field', () => {
    const m = mapRows('upflow-customers', [
      ['Customer ID', 'Customer Name', 'Customer Class', 'Account Balance'],
      ['C-100', 'Harbourside Dental', 'RETAIL', '1,250.00'],
      ['C-101', 'Tasman Timber', 'WHOLESALE', '0.00'],
      ['C-102', 'Garage des Alpes', 'RETAIL', '310.40'],
    ]);
    expect(m).toEqual({ 'Customer ID': 'customerId', 'Customer Name': 'customerName', 'Customer Class': null, 'Account Balance': null });
  });

  it('maps the column named as a whole-number field even when its values need fixing, with low confidence', () => {
    // Twinfield: the invoice numbers carry a year prefix; the journal's entry numbers are whole numbers but another thing.
    const { headers, matches } = matchRows('zencase-client-ledger', [
      ['Relatie', 'Boekstuknr.', 'Factuurnummer', 'Bedrag'],
      ['10023', '202400112', '2024-0112', '1.250,00'],
      ['10051', '202400139', '2024-0139', '310,40'],
      ['10023', '202400121', '2024-0121', '89,00'],
      ['10077', '202400127', '2024-C004', '1.000,00'],
    ]);
    const invoice = matches.find((m) => m.field === 'invoiceNumber')!;
    expect(headers[invoice.column]).toBe('Factuurnummer');
    expect(invoice.confidence).toBe('low');
    // Beside a voucher's number, which names the field too ("Belegnummer", "N° pièce"), the column that
    // says "invoice" is the invoice number, whatever its values.
    for (const [voucher, own] of [['Belegnummer', 'Rechnungsnummer'], ['N° pièce', 'N° facture']] as const) {
      const m = mapRows('zencase-client-ledger', [
        ['Konto', voucher, own, 'Soll'],
        ['10023', '250087', '2025-0114', '3.927,00'],
        ['10058', '250095', '2025-0121', '714,00'],
        ['10023', '250131', '2025-0126', '1.250,00'],
      ]);
      expect([m[voucher], m[own]], own).toEqual([null, 'invoiceNumber']);
    }
  });

  it('leaves another system\'s codes out of a target\'s numeric id of another record ("C-10042", an IBAN for Billing\'s AccountID)', () => {
    const payments = (header: string, values: string[]) =>
      mapRows('billing-payments', [['Date', header, 'Amount'], ...values.map((v, i) => [`2025-03-0${i + 1}`, v, '120.00'])])[header];
    expect(payments('Customer ID', ['C-10042', 'C-10107', 'C-10042', 'C-20008'])).toBeNull();
    expect(payments('Kontonummer', ['DE41700100800412345678', 'DE16550501200002233445', 'DE09100110012625123456', 'AT281200051812345678'])).toBeNull();
    expect(payments('Customer ID', ['10042', '10107', '10042', '20008'])).toBe('accountId');
  });

  it('recognises states and provinces, by code or name, under a meaningless header', () => {
    const m = mapRows('zenskar-customers', [
      ['VAR1', 'VAR2', 'VAR3', 'VAR4'],
      ['Bluebird Analytics Inc.', 'finance@bluebird.com', 'Boston', 'MA'],
      ['Copperline Robotics LLC', 'ap@copperline.io', 'Palo Alto', 'CA'],
      ['Harvest Moon Foods Co.', 'billing@harvestmoon.com', 'Chicago', 'IL'],
      ['Maple Leaf Books', 'accounts@mapleleaf.ca', 'Toronto', 'Ontario'],
    ]);
    expect(m.VAR4).toBe('state');
  });

  it('reads a leading column of unique ids as the records\' own ids, whatever the record is called', () => {
    const slips = matchRows('efimis-work-item', [
      ['Slip ID', 'Date', 'Timekeeper', 'Hours'],
      ['S-20411', '2024-03-01', 'JDS', '1.5'],
      ['S-20412', '2024-03-01', 'MKL', '0.3'],
      ['S-20415', '2024-03-02', 'JDS', '2.0'],
    ]);
    const importId = slips.matches.find((m) => m.field === 'ImportId')!;
    expect(slips.headers[importId.column]).toBe('Slip ID');
    expect(importId.reasons).toEqual([{ kind: 'leading-id', header: 'Slip ID' }]);
    // In a contacts file, a bare "ID" first is the contact's, not the customer's.
    expect(mapRows('upflow-contacts', [['ID', 'First Name', 'Email'], ['481', 'Ana', 'ana@x.io'], ['482', 'Bo', 'bo@y.io'], ['490', 'Cy', 'cy@z.io']]).ID).toBe('reference');
    // Not when a value repeats, nor for a "#" that numbers the rows.
    expect(mapRows('upflow-contacts', [['ID', 'First Name'], ['481', 'Ana'], ['481', 'Bo'], ['490', 'Cy']]).ID).not.toBe('reference');
    expect(mapRows('upflow-contacts', [['#', 'First Name'], ['1', 'Ana'], ['2', 'Bo'], ['3', 'Cy']])['#']).not.toBe('reference');
    expect(mapRows('upflow-contacts', [['index', 'First Name'], ['0', 'Ana'], ['1', 'Bo'], ['2', 'Cy']]).index).not.toBe('reference');
    // Not when another column holds the id field's own kind of values: Stripe's charge ids are the payments' references.
    const stripe = mapRows('billing-payments', [['Number', 'Amount Paid', 'Currency', 'Charge'], ['8F3C21A0-0014', '490.00', 'usd', 'ch_3Qm8Kd2eZvKYlo2C1x4T9aBf'], ['8F3C21A0-0015', '12.00', 'usd', 'ch_3QpT0b2eZvKYlo2C0n5R7cYd'], ['8F3C21A0-0016', '80.00', 'usd', 'ch_3QmXy42eZvKYlo2C1f8W3kLp']]);
    expect(stripe).toMatchObject({ Charge: 'referenceNumber' });
    expect(stripe.Number).not.toBe('referenceNumber');
    // Elite 3E's "TkprIndex" is the timekeeper's id.
    expect(mapRows('efimis-employee', [['TkprIndex', 'Name'], ['1042', 'Ana Ruiz'], ['1187', 'Bo Lind'], ['1203', 'Cy Park']]).TkprIndex).toBe('ImportId');
  });

  it('reads German and Dutch compound street names and letter openings', () => {
    for (const v of ['Leopoldstraße 88', 'Hauptstr. 5', 'Keizersgracht 12', 'Am Lindenhof 7', '12 rue des Lilas']) expect(LOOKS_LIKE['street-address'](v), v).toBe(true);
    // And other languages' street words: Portuguese, Galician, Polish, Swedish, Danish.
    for (const v of ['Rua do Raio, 214', 'Rúa do Príncipe, 41', 'ul. Długa 5', 'al. Jana Pawła II 61', 'Os. Słoneczne 3/12', 'Storgatan 12', 'Vesterbrogade 4']) expect(LOOKS_LIKE['street-address'](v), v).toBe(true);
    for (const v of ['Serralharia Moderna de Guimarães, Unip. Lda.', 'Stavební firma Novák s.r.o.', 'Gradnja d.o.o.', 'Elektro-Serwis Kamiński s.c.', 'Sklep Elektryczny Iskra Sp. j.']) expect(LOOKS_LIKE['company-name'](v), v).toBe(true);
    // A Spanish direct-debit receipt is a way of paying; a receipt alone is a kind of entry.
    expect(LOOKS_LIKE['payment-method']('Recibo domiciliado')).toBe(true);
    expect(LOOKS_LIKE['payment-method']('Recibo')).toBe(false);
    // Portuguese and US banks' words for how money came in.
    for (const v of ['MB WAY', 'Débito Direto', 'Terminal Pagamento', 'Pagamento por referência MB', 'REMOTE DEPOSIT', 'LOCKBOX DEPOSIT', 'Mobile Deposit']) expect(LOOKS_LIKE['payment-method'](v), v).toBe(true);
    // Mexican, Canadian French and Surinamese Dutch banks' words; a bare deposit may be anything ("Enrollment Deposit").
    for (const v of ['DEPOSITO SPEI', 'Dépôt direct', 'Dépôt au comptoir', 'Télévirement reçu', 'Kasstorting', 'Chequestorting', 'Mobiel bankieren']) expect(LOOKS_LIKE['payment-method'](v), v).toBe(true);
    for (const v of ['Deposit', 'Enrollment Deposit']) expect(LOOKS_LIKE['payment-method'](v), v).toBe(false);
    // Baltic, Icelandic, Cyrillic, Greek and Japanese legal forms, which a word boundary does not see.
    for (const v of ['UAB „Nemuno vaistinė“', 'SIA „Baltijas Mēbeles”', 'Tallinna Kohvik OÜ', 'Norðurfiskur ehf.', 'Хранкомерс ЕООД', 'Тракия Маркет ООД', 'Αφοί Παπαδόπουλοι Α.Ε.', '株式会社中部精機', '有限会社丸山製作所']) expect(LOOKS_LIKE['company-name'](v), v).toBe(true);
    for (const v of ['ТОО «Алма Клининг Сервис»', 'Công ty TNHH Xây dựng Minh Phát', 'אלקטרו-טק חיפה בע"מ', '(주)해운대정밀', '대선조선 주식회사', 'شركة النور للتجارة']) expect(LOOKS_LIKE['company-name'](v), v).toBe(true);
    for (const v of ['Jean Dupont', 'Ivan Adov', 'Sigurður Einarsson']) expect(LOOKS_LIKE['company-name'](v), v).toBe(false);
    for (const v of ['Bankinis pavedimas', 'Pārskaitījums', 'Sularaha', 'Банков превод', '振込', '現金', 'creditcard', 'applepay', 'Overschrijving', 'Online bankieren', 'Cartão de crédito']) expect(LOOKS_LIKE['payment-method'](v), v).toBe(true);
    // A German address book's "Anrede" says "Firma" for a company, as it says "Herr" or "Frau" for a person.
    for (const v of ['Herr', 'Frau', 'Firma']) expect(LOOKS_LIKE.honorific(v), v).toBe(true);
    for (const v of ['Sehr geehrter Herr Dr. Weber,', 'Dear Ms Kaur,', 'Geachte heer Bakker,', 'Chère Madame,']) expect(LOOKS_LIKE.salutation(v), v).toBe(true);
    for (const v of ['Madame', 'Dr.', 'Weber']) expect(LOOKS_LIKE.salutation(v), v).toBe(false);
  });

  it('knows the payment ids processors write: prefixed, UUIDs, hex keys, long digit references; not phone-length numbers', () => {
    for (const v of ['ch_3Nabc1DEFghi', '7d5c1a3e-2b90-4f18-9c44-0e6b2f8d13a7', '8d1c3f0a27b94e51a6c2d7e8f9031b4c', '17420311543870214', '260302091833512'])
      expect(LOOKS_LIKE['processor-payment-id'](v), v).toBe(true);
    for (const v of ['254712345678', 'INV-2024-001', '1042']) expect(LOOKS_LIKE['processor-payment-id'](v), v).toBe(false);
  });

  it('knows payment methods in the phrases banks and processors write', () => {
    for (const v of ['ACH_CREDIT', 'WIRE_INCOMING', 'Money-in par carte', 'SEPA-Gutschrift', 'Echtzeitüberweisung', 'Card reader', 'CreditCard', 'BankTransfer', 'FASTER PAYMENT', 'Direct Credit', 'TT', 'Virement SEPA', 'VIR SEPA RECU', 'REM CB', 'TRANSF. INMEDIATA A SU FAVOR', 'Lastschrifteinzug', 'master', 'Internet Banking'])
      expect(LOOKS_LIKE['payment-method'](v), v).toBe(true);
    for (const v of ['Invoice', 'Payment', 'Paid by card for invoice 2024-118', 'Pay Bill Online', 'Refund']) expect(LOOKS_LIKE['payment-method'](v), v).toBe(false);
    // Under a header that is any word ("Type" on a bank statement), payment methods are the method.
    const m = mapRows('billing-payments', [['Date', 'Type', 'Amount'], ['2024-03-01', 'FASTER PAYMENT', '120.00'], ['2024-03-02', 'BACS', '80.00'], ['2024-03-04', 'CHAPS', '1500.00'], ['2024-03-05', 'FASTER PAYMENT', '45.00']]);
    expect(m['Type']).toBe('payToolId');
    // Even under a header that is another field's synonym: a German bank's "Buchungstext".
    const ing = mapRows('billing-payments', [['Buchung', 'Buchungstext', 'Verwendungszweck', 'Betrag'], ['02.09.2024', 'Gutschrift', 'RE 2024-311 Wartung Q3', '1.480,00'], ['03.09.2024', 'Echtzeit-Gutschrift', 'Rechnung 2024-315', '864,55'], ['05.09.2024', 'Gutschrift', 'Mitgliedsbeitrag 2024', '250,00'], ['06.09.2024', 'Lastschrifteinzug', 'Abo September', '-49,00']]);
    expect([ing['Buchungstext'], ing['Verwendungszweck']]).toEqual(['payToolId', 'paymentNote']);
    // A processor's channels, one of which no list knows ("AirtelTigo Money"): four in five are enough.
    for (const v of ['bank', 'qr', 'MTN Mobile Money', 'Bareinzahlung']) expect(LOOKS_LIKE['payment-method'](v), v).toBe(true);
    const channels = [['Date', 'Channel', 'Amount'], ['2024-03-01', 'MTN Mobile Money', '120.00'], ['2024-03-02', 'Vodafone Cash', '80.00'], ['2024-03-04', 'AirtelTigo Money', '15.00'], ['2024-03-05', 'Visa', '45.00'], ['2024-03-06', 'MTN Mobile Money', '60.00']];
    expect(mapRows('billing-payments', channels).Channel).toBe('payToolId');
  });

  it('takes no bare number for a phone under a meaningless header, and no amount for a reference', () => {
    const kvk = mapRows('zenskar-customers', [['Kolom1', 'Kolom2', 'Kolom3'], ['Bakkerij Verhoeven B.V.', 'administratie@bakkerijverhoeven.nl', '34127785'], ['Tandartspraktijk Zuidhorn', 'info@tandartszuidhorn.nl', '02095518'], ['Brouwerij De Kromme Haring', 'boekhouding@kromme-haring.nl', '58034261'], ['Garage Jansen', 'info@garagejansen.nl', '61234509']]);
    expect(kvk['Kolom3']).toBeNull();
    const written = mapRows('zenskar-customers', [['Kolom1', 'Kolom2', 'Kolom3'], ['Bakkerij Verhoeven B.V.', 'administratie@bakkerijverhoeven.nl', '+31 20 555 0101'], ['Tandartspraktijk Zuidhorn', 'info@tandartszuidhorn.nl', '050 555 0142'], ['Brouwerij De Kromme Haring', 'boekhouding@kromme-haring.nl', '+31 30 555 0177'], ['Garage Jansen', 'info@garagejansen.nl', '06 5555 0123']]);
    expect(written['Kolom3']).toBe('phone');
    // "Bill Total" resembles "Bill To Entity Id", but amounts with cents are nobody's id.
    const totals = mapRows('efimis-invoice', [['Bill Number', 'Total Ex Tax', 'Bill Total'], ['B-1041', '1,000.00', '1,250.00'], ['B-1042', '400.00', '480.50'], ['B-1043', '1,800.00', '2,190.00'], ['B-1044', '80.00', '99.00']]);
    expect(totals['Bill Total']).toBeNull();
    // "IVA 21%" holding amounts is the tax charged at 21%, though "IVA %" would name the tax code.
    const items = mapRows('efimis-work-item', [['Horas', 'Importe €', 'IVA 21%'], ['2,5', '375,00', '78,75'], ['1,0', '120,00', '25,20'], ['0,5', '60,00', '12,60']]);
    expect(items['IVA 21%']).toBe('Tax');
  });

  it('takes debit and credit columns filled on different rows as the sides of the amount, and an invoice\'s paid part as neither', () => {
    const ledger = mapRows('zencase-client-ledger', [
      ['Fecha', 'Número', 'Cliente', 'Débito', 'Crédito', 'Saldo'],
      ['01/03/2024', 'FV-1024', 'Distribuidora El Roble', '$ 4.760.000,00', '$ 0,00', '$ 4.760.000,00'],
      ['15/03/2024', 'RC-318', 'Distribuidora El Roble', '$ 0,00', '$ 4.760.000,00', '$ 0,00'],
      ['04/03/2024', 'FV-1027', 'Clínica Patitas', '$ 1.190.000,00', '$ 0,00', '$ 1.190.000,00'],
      ['11/03/2024', 'NC-041', 'Clínica Patitas', '$ 0,00', '$ 238.000,00', '$ 952.000,00'],
    ]);
    expect([ledger['Débito'], ledger['Crédito']]).toEqual(['debitAmount', 'creditAmount']);
    const invoices = mapRows('zencase-client-ledger', [
      ['Invoice #', 'Client', 'Date', 'Amount', 'Amount Paid'],
      ['1041', 'Alder Street Bakery', '2024-03-01', '1250.00', '1250.00'],
      ['1042', 'Bellwether Cafe', '2024-03-04', '480.50', '200.00'],
      ['1043', 'Alder Street Bakery', '2024-03-09', '2190.00', '2190.00'],
      ['1044', 'Greenway Yoga', '2024-03-12', '99.00', '0.00'],
    ]);
    expect(invoices['Amount']).toBe('amount');
    expect(invoices['Amount Paid']).toBeNull();
    // Even when only two invoices of the sample are paid.
    const fewPaid = mapRows('zencase-client-ledger', [
      ['Invoice #', 'Client', 'Issue Date', 'Amount', 'Paid'],
      ['1021', 'Hartwell Family Trust', '2024-02-01', '18400.00', '18400.00'],
      ['1022', 'Mercer Street Partners LLC', '2024-02-01', '20000.00', '20000.00'],
      ['1023', 'Hartwell Family Trust', '2024-03-01', '9200.00', '0.00'],
      ['1024', 'Orchard Clinic', '2024-03-04', '4100.00', '0.00'],
    ]);
    expect(fewPaid).toMatchObject({ Amount: 'amount', Paid: null });
  });

  it('reads a delivery or service address in German compounds and "Location" headers, and state codes as states', () => {
    const afterbuy = mapRows('zenskar-customers', [
      ['Firma', 'Straße', 'PLZ', 'Ort', 'Lieferstraße', 'LieferPLZ', 'LieferOrt'],
      ['Kfz-Technik Brandl GmbH', 'Industriestraße 9', '94315', 'Straubing', 'Hafenstraße 2', '94315', 'Straubing'],
      ['Autohaus Wimmer GmbH', 'Bahnhofstraße 4', '84028', 'Landshut', 'Ringweg 7', '84030', 'Ergolding'],
      ['Reifen Huber KG', 'Am Markt 1', '93047', 'Regensburg', 'Am Markt 1', '93047', 'Regensburg'],
    ]);
    expect([afterbuy['Lieferstraße'], afterbuy['Straße']]).toEqual(['address', null]);
    const servicetitan = mapRows('zenskar-customers', [
      ['Customer Name', 'Billing City', 'Billing State', 'Location City', 'Location State'],
      ['Desert Ridge LLC', 'Scottsdale', 'AZ', 'Phoenix', 'AZ'],
      ['Sonoran Storage Inc', 'Tempe', 'AZ', 'Mesa', 'AZ'],
      ['Cactus Dental PC', 'Tucson', 'AZ', 'Tucson', 'AZ'],
      ['Mesa Roofing LLC', 'Mesa', 'AZ', 'Chandler', 'AZ'],
    ]);
    expect([servicetitan['Location City'], servicetitan['Location State'], servicetitan['Billing State']]).toEqual(['city', 'state', null]);
  });

  it('shows no high confidence where a twin column could be meant: an original amount, another plausible date, another address\'s block', () => {
    const conf = (targetId: string, rows: string[][], field: string) => matchRows(targetId, rows).matches.find((m) => m.field === field)!;
    const navan = [['Transaction Date', 'Original Amount', 'Original Currency', 'Amount (USD)'], ['2025-03-04', '45.00', 'EUR', '48.60'], ['2025-03-05', '50.00', 'USD', '50.00'], ['2025-03-07', '120.00', 'GBP', '151.20']];
    expect(conf('efimis-disbursement', navan, 'Amount').confidence).not.toBe('high');
    const misa = [['Posting date', 'Voucher date', 'Customer code', 'Debit arising'], ['05/03/2025', '04/03/2025', 'KH0032', '215600000'], ['12/03/2025', '12/03/2025', 'KH0041', '98000000'], ['20/03/2025', '19/03/2025', 'KH0032', '41500000']];
    expect(conf('zencase-client-ledger', misa, 'transactionDate').confidence).not.toBe('high');
    const kiwili = [['Nom', 'Téléphone', 'Adresse de livraison', 'Ville de livraison'], ['Érablière Saint-Jacques inc.', '+1 450 555 0184', '220 rang Saint-Jacques', 'Saint-Jacques'], ['Fromagerie du Lac', '+1 418 555 0122', '12 rue du Port', 'Roberval'], ['Garage Morin', '+1 819 555 0199', '45 boulevard Labelle', 'Mont-Laurier']];
    expect(conf('zenskar-customers', kiwili, 'phone').confidence).not.toBe('high');
    // Without the twin, the same columns are shown with high confidence.
    expect(conf('zenskar-customers', kiwili.map((r) => [r[0]!, r[1]!]), 'phone').confidence).toBe('high');
  });

  it('makes the file\'s first address block address 1, whatever the system calls it', () => {
    const m = mapRows('efimis-entity', [
      ['Contact ID', 'Company', 'Mailing City', 'Mailing Zip', 'Physical City', 'Physical Zip'],
      ['C-1', 'Harlan Roofing Inc', 'Austin', '78701', 'Round Rock', '78664'],
      ['C-2', 'Ruiz Dental PLLC', 'Dallas', '75201', 'Plano', '75024'],
      ['C-3', 'Castellanos Trust', 'Houston', '77002', 'Katy', '77494'],
    ]);
    expect([m['Mailing City'], m['Mailing Zip'], m['Physical City'], m['Physical Zip']]).toEqual(['Address1Locality', 'Address1PostCode', 'Address2Locality', 'Address2PostCode']);
    // Each moved column keeps its evidence, and says why it moved.
    const city = matchRows('efimis-entity', [
      ['Contact ID', 'Company', 'Mailing City', 'Mailing Zip', 'Physical City', 'Physical Zip'],
      ['C-1', 'Harlan Roofing Inc', 'Austin', '78701', 'Round Rock', '78664'],
      ['C-2', 'Ruiz Dental PLLC', 'Dallas', '75201', 'Plano', '75024'],
      ['C-3', 'Castellanos Trust', 'Houston', '77002', 'Katy', '77494'],
    ]).matches.find((x) => x.field === 'Address1Locality')!;
    expect(city.score).toBeGreaterThan(0.45);
    expect(city.reasons).toContainEqual({ kind: 'first-block', header: 'Mailing City' });
    // A mailing street beside a plain city, state and zip is one block, not two: address 1.
    const one = mapRows('efimis-entity', [
      ['Contact ID', 'Company', 'Mailing Address', 'City', 'State', 'Zip Code', 'Country'],
      ['C-1', 'Meridian Pharma Solutions Inc.', '100 Campus Dr Ste 300', 'Florham Park', 'NJ', '07932', 'USA'],
      ['C-2', 'Ruiz Dental PLLC', '77 Hudson St Apt 4B', 'Jersey City', 'NJ', '07302', 'USA'],
      ['C-3', 'Castellanos Trust', '1200 Main St', 'Houston', 'TX', '77002', 'USA'],
    ]);
    expect([one['Mailing Address'], one['City'], one['State'], one['Zip Code'], one['Country']]).toEqual(['Address1Street', 'Address1Locality', 'Address1State', 'Address1PostCode', 'Address1Country']);
  });

  it('shows no high confidence for one of two columns of phone numbers named alike', () => {
    // A BigCommerce export: the account's phone and the address's; Zenskar's phone is the address's.
    const header = ['Customer ID', 'Email', 'Company', 'Customer Phone', 'Customer Group', 'Address Line 1', 'City', 'Country', 'Address Phone'];
    const data = [
      ['1042', 'purchasing@ridgelineortho.com', 'Ridgeline Orthopedics', '(801) 555-0139', 'Wholesale', '455 E 400 S Suite 210', 'Salt Lake City', 'United States', '(801) 555-0140'],
      ['1057', 'office@brightwaterlaw.com', 'Brightwater Law Group', '(503) 555-0182', 'Wholesale', '900 SW 5th Ave Fl 12', 'Portland', 'United States', '(503) 555-0180'],
      ['1063', 'ap@lonestarhvac.com', 'Lone Star HVAC Services', '(512) 555-0165', 'Trade', '8701 Research Blvd', 'Austin', 'United States', '(512) 555-0166'],
      ['1078', 'admin@northshoreacademy.org', 'North Shore Academy', '(847) 555-0121', 'Education', '1200 Sheridan Rd', 'Evanston', 'United States', '(847) 555-0120'],
    ];
    const phone = (cols: string[]) => {
      const keep = cols.map((c) => header.indexOf(c));
      return matchRows('zenskar-customers', [cols, ...data.map((r) => keep.map((k) => r[k]!))]).matches.find((m) => m.field === 'phone')!;
    };
    expect(phone(header).confidence).not.toBe('high');
    expect(phone(header.filter((h) => h !== 'Address Phone')).confidence).toBe('high');
  });

  it('reads an ERP list\'s leading "Customer" column of codes as the customer id, and its Name as the name', () => {
    const m = mapRows('upflow-customers', [['Customer', 'Name', 'Currency'], ['C000214', 'Northbridge Academy Trust', 'GBP'], ['C000215', 'Calder Valley Housing', 'GBP'], ['C000231', 'Fenland Transport CIC', 'GBP'], ['C000240', 'Dublin Bay Research Ltd', 'EUR']]);
    expect([m['Customer'], m['Name']]).toEqual(['customerId', 'customerName']);
  });

  it('gives a lone column of ids to the required record id rather than the optional number users see', () => {
    const lone = matchRows('efimis-entity', [['Contact Code', 'Name', 'Email'], ['SMI001', 'Smith & Co', 'a@smith.co'], ['JON002', 'Jones Ltd', 'b@jones.co'], ['BRO003', 'Brown LLP', 'c@brown.co']]);
    const id = lone.matches.find((m) => m.field === 'ImportId')!;
    expect(id.column).toBe(0);
    expect(id.reasons).toEqual([{ kind: 'lone-id', header: 'Contact Code', number: 'EntityNumber' }]);
    expect(id.score).toBeLessThanOrEqual(1);
    const both = mapRows('efimis-entity', [['Contact ID', 'Contact Code', 'Name'], ['9001', 'SMI001', 'Smith & Co'], ['9002', 'JON002', 'Jones Ltd'], ['9003', 'BRO003', 'Brown LLP']]);
    expect([both['Contact ID'], both['Contact Code']]).toEqual(['ImportId', 'EntityNumber']);
  });

  it('takes job titles, all different and mostly not the list\'s words, for no list field; role words it takes', () => {
    const titles = mapRows('upflow-contacts', [['Nom', 'E-mail', 'Fonction'], ['Durand', 'a.durand@x.fr', 'Gérante'], ['Petit', 'b.petit@x.fr', 'Comptable externe'], ['Roux', 'c.roux@x.fr', 'Directeur'], ['Morel', 'd.morel@x.fr', 'Assistante administrative'], ['Faure', 'e.faure@x.fr', 'Responsable achats']]);
    expect(titles['Fonction']).toBeNull();
    const roles = mapRows('upflow-contacts', [['Nom', 'E-mail', 'Rôle'], ['Durand', 'a.durand@x.fr', 'Payeur'], ['Petit', 'b.petit@x.fr', 'Comptabilité'], ['Roux', 'c.roux@x.fr', 'Payeur'], ['Morel', 'd.morel@x.fr', 'Achats']]);
    expect(roles['Rôle']).toBe('position');
  });

  it('takes no column with one value on every row for a field that tells records apart', () => {
    // A QuickBooks ledger: "Accounts Receivable" on every line is the ledger account; the customer is the Name.
    const m = mapRows('zencase-client-ledger', [
      ['Trans #', 'Type', 'Date', 'Num', 'Name', 'Memo', 'Account', 'Debit', 'Credit'],
      ['101', 'Invoice', '01/02/2024', '1001', 'Acme Corp', 'January retainer', 'Accounts Receivable', '1,500.00', ''],
      ['102', 'Payment', '03/02/2024', '', 'Acme Corp', 'Check #5521', 'Accounts Receivable', '', '1,000.00'],
      ['103', 'Credit Memo', '04/02/2024', 'CM-7', 'Beta LLC', 'Discount', 'Accounts Receivable', '', '50.00'],
      ['104', 'Invoice', '05/02/2024', '1002', 'Beta LLC', 'Feb fees', 'Accounts Receivable', '750.25', ''],
    ]);
    expect([m['Name'], m['Account']]).toEqual(['clientNumber', null]);
  });

  it('reads the later lines of an address by what they hold: suburb, town, county, country', () => {
    const m = mapRows('upflow-customers', [
      ['Customer', 'Name', 'SoldToAddr1', 'SoldToAddr2', 'SoldToAddr3', 'SoldToAddr4', 'SoldToAddr5', 'SoldPostalCode'],
      ['GP0007', 'Mzansi Build Holdings (Pty) Ltd', '14 Kramer Road', 'Kramerville', 'Sandton', 'Gauteng', 'South Africa', '2090'],
      ['KZN0014', 'Mzansi Build Durban', '22 Sea Cow Lake Road', 'Springfield Park', 'Durban', 'KwaZulu-Natal', 'South Africa', '4091'],
      ['WC0022', 'Mzansi Build Cape Town', '9 Marine Drive', 'Paarden Eiland', 'Cape Town', 'Western Cape', 'South Africa', '7405'],
      ['WC0031', 'Karoo Steel (Pty) Ltd', '3 Voortrekker Road', 'Bellville South', 'Bellville', 'Western Cape', 'South Africa', '7530'],
    ]);
    expect([m['SoldToAddr1'], m['SoldToAddr2'], m['SoldToAddr3'], m['SoldToAddr4'], m['SoldToAddr5']]).toEqual(['address', null, 'town', 'state', 'country']);
  });

  it('knows the regions of many countries, and not the towns that share their name', () => {
    for (const v of ['Midlothian', 'West Yorkshire', 'Co. Cork', 'County Down', 'Jalisco', 'Nuevo León', 'Querétaro', 'Aguascalientes', 'KwaZulu-Natal', 'Baden-Württemberg', 'Île-de-France', 'Ras Al Khaimah', 'Selangor', 'NSW', 'QC'])
      expect(LOOKS_LIKE.region(v), v).toBe(true);
    for (const v of ['Berlin', 'Cork', 'Geneva', 'Puebla', 'Dubai', 'Durham', 'FR', 'Down']) expect(LOOKS_LIKE.region(v), v).toBe(false);
    // Under a meaningless header (SAS's VAR4), English counties are the state.
    const sas = mapRows('upflow-customers', [['VAR1', 'VAR2', 'VAR3', 'VAR4', 'VAR5'], ['Acme Ltd', '1 High St', 'Leeds', 'West Yorkshire', 'LS1 1AA'], ['Bolt Ltd', '2 Mill Rd', 'Truro', 'Cornwall', 'TR1 2AB'], ['Cray Ltd', '3 Low Rd', 'Worcester', 'Worcestershire', 'WR1 3CD']]);
    expect(sas['VAR4']).toBe('state');
  });

  it('reads compact dates (LEDES, SAP: 20250331) as dates, not amounts', () => {
    const t = target('efimis-invoice-item');
    const [p] = profileColumns([['20250331', '20250304', '20250306', '20250312']], [t]);
    expect(p!.shares.get('date')).toBe(1);
    expect(p!.shares.get('decimal')).toBe(0);
    // Five-digit numbers are postal codes or ids, not Excel date serials, when reading what a column holds.
    const [zip] = profileColumns([['60613', '60606', '60201', '60181']], [t]);
    expect(zip!.shares.get('date')).toBe(0);
  });

  it('reads Unix timestamps as the date under a date\'s header only', () => {
    const rows = (header: string) => [['Id', header, 'Amount'], ['PAYIN_1', '1770023647', '10.00'], ['PAYIN_2', '1770192139', '12.50'], ['PAYIN_3', '1770139360', '99.00']];
    expect(mapRows('billing-payments', rows('ExecutionDate'))['ExecutionDate']).toBe('documentDate');
    expect(mapRows('billing-payments', rows('Column2'))['Column2']).not.toBe('documentDate');
  });

  it('does not put dates into a free-text field whose header merely resembles it', () => {
    const m = mapRows('efimis-matter', [['Matter Name', 'Statute of Limitations'], ['Smith v Jones', '2026-05-01'], ['Estate of Brown', '2027-01-15'], ['Lee Lease', '2026-09-30']]);
    expect(m['Statute of Limitations']).toBeNull();
  });

  it('reads postal codes of many countries, and not record codes that merely look like an Eircode', () => {
    for (const v of ['75009', '1000', 'SW1A 1AA', 'H2X 1Y4', '1012 AB', 'D02 X285', 'T12 YT50', '02116-4412', '4710-923', '01310-100', '114 55']) expect(LOOKS_LIKE['postal-code'](v), v).toBe(true);
    for (const v of ['E000412', 'A123456', 'Paris', '12']) expect(LOOKS_LIKE['postal-code'](v), v).toBe(false);
  });

  it('recognises company registration numbers by their check digits under a meaningless header', () => {
    const m = mapRows('efimis-entity', [
      ['col1', 'col2', 'col3'],
      ['Harbour View Developments Pty Ltd', '51 824 753 556', '10023'],
      ['Société Générale', '552 100 554', '10051'],
      ['Sable & Co Pty Ltd', '86 005 545 208', '10077'],
      ['Garage des Alpes', '44306184100047', '10102'],
    ]);
    expect(m.col2).toBe('OrganisationNumber');
    // Digits that fail the checks are not a company number: "123 456 789" could be anything.
    expect(mapRows('efimis-entity', [['col1', 'col2'], ['Acme Ltd', '123 456 789'], ['Beta Ltd', '987 654 321'], ['Gamma Ltd', '111 222 333']]).col2).not.toBe('OrganisationNumber');
  });

  it('does not guess which flag a yes/no column under a meaningless header is', () => {
    const m = mapRows('upflow-contacts', [['Col1', 'Col2', 'Col3'], ['ana@x.io', 'Ana', '1'], ['bo@y.io', 'Bo', '0'], ['cy@z.io', 'Cy', '1'], ['di@w.io', 'Di', '0']]);
    expect(m).toMatchObject({ Col1: 'email', Col3: null });
  });

  it('keeps a whole-number field for codes written out or numbers to fix, not for another system\'s ids', () => {
    const m = mapRows('billing-payments', [
      ['Customer ID', 'Payment method', 'Amount', 'Currency'],
      ['cus_QbX81mDz3KpL2w', 'card', '10.00', 'EUR'],
      ['cus_QbY20nEa7LqM9x', 'ideal', '12.00', 'EUR'],
      ['cus_QbZ55pFb1MrN4y', 'paypal', '8.50', 'EUR'],
    ]);
    expect(m).toMatchObject({ 'Customer ID': null, 'Payment method': 'payToolId' });
    // Card brands and methods under a meaningless header: the payment method, to translate.
    expect(mapRows('billing-payments', [['Field8', 'Field9'], ['12.00', 'Visa'], ['8.00', 'Mastercard'], ['3.50', 'SEPA Direct Debit'], ['9.90', 'bank_transfer']]).Field9).toBe('payToolId');
    // Ids of another kind under "ID" are no payment method's id.
    expect(mapRows('billing-payments', [['ID', 'Amount'], ['65e5a1c2-7f3b-a4d9-9c21-0b8e3f6d2a17', '1.00'], ['65e6f0a9-2c41-a8e7-b1f3-2d4c6e8a0b19', '2.00'], ['65e71b3d-9e02-4c6a-8d15-7f3a2b9c4e60', '3.00']]).ID).not.toBe('payToolId');
  });

  it('lets values of a telling shape decide between two fields a header could name', () => {
    // "Reference" is a synonym of the payment's ReferenceNumber, but these are order numbers.
    const payments = mapRows('billing-payments', [
      ['Payment ID', 'Processed On', 'Reference', 'Amount', 'Currency'],
      ['pay_mbabizu24mvu3mela5njyhpit4', '2024-03-11', 'ORD-58231', '249.00', 'EUR'],
      ['pay_4kbd7xqf2nwe5hjt6rcu3lyzpa', '2024-03-11', 'ORD-58244', '80.00', 'EUR'],
      ['pay_7ghq3zmw9xbc2pre5tnk6dyvua', '2024-03-12', 'ORD-58250', '12.50', 'EUR'],
    ]);
    expect(payments).toMatchObject({ 'Payment ID': 'referenceNumber', Reference: 'documentId' });
    // Invoice numbers under a meaningless header.
    expect(mapRows('billing-payments', [['Field6', 'Field7'], ['12.00', 'INV-2024-0153'], ['8.00', 'SO-88412'], ['3.50', 'INV-2024-0158']]).Field7).toBe('documentId');
    // "Aanhef" holding Dhr. and Mevr. is the name title; the letter's opening is the salutation.
    const entity = mapRows('efimis-entity', [['Aanhef', 'Briefaanhef', 'Achternaam'], ['Dhr.', 'Geachte heer Bakker,', 'Bakker'], ['Mevr.', 'Geachte mevrouw Jansen,', 'Jansen'], ['Dhr.', 'Geachte heer Kaya,', 'Kaya']]);
    expect(entity).toMatchObject({ Aanhef: 'Title', Briefaanhef: 'Salutation' });
  });

  it('lets distinctive values decide under a header none of whose words the target knows', () => {
    // Sage 300's column names: "state code" and "country code" in its own abbreviations.
    const m = mapRows('upflow-customers', [
      ['NAMECUST', 'CODESTTE', 'CODECTRY', 'PRIMARYCONTACTEMAIL'],
      ['Maple Leaf Books', 'ON', 'CA', 'ap@mapleleaf.ca'],
      ['Kelowna Orchards', 'BC', 'CA', 'office@kelowna-orchards.ca'],
      ['Boulangerie Saint-Jérôme', 'QC', 'CA', 'compta@bsj.ca'],
    ]);
    expect(m).toMatchObject({ CODESTTE: 'state', CODECTRY: 'country' });
    // A header that holds a known word is not silent: the customer's own email is no account manager's.
    expect(m.PRIMARYCONTACTEMAIL).toBeNull();
  });

  it('reads a family of numbered headers in a word it does not know as positions, whatever tool wrote them', () => {
    const rows = (names: string[]) => [names, ...[['Maple Leaf Books Ltd', 'ap@mapleleaf.ca', 'CA'], ['Kelowna Orchards Inc.', 'office@kelowna.ca', 'CA'], ['Tasman Timber Pty Ltd', 'ar@tasman.com.au', 'AU']]];
    for (const prefix of ['Zone', 'Prop_', 'Data Item', '@', 'Attr ']) {
      const names = [1, 2, 3].map((n) => `${prefix}${n}`);
      expect(Object.values(mapRows('zenskar-customers', rows(names))), prefix).toEqual(['name', 'email', 'country']);
    }
    // A family in a word the target knows is read by its word: "Address 1", "Address 2", "Address 3".
    const addresses = mapRows('zenskar-customers', [['Address 1', 'Address 2', 'Address 3'], ['1 Main St', 'Suite 2', 'Boston'], ['5 Elm St', '', 'Salem'], ['9 Oak St', 'Floor 3', 'Lowell']]);
    expect(addresses['Address 1']).toBe('address');
  });

  it('reads names a tool made up (field ids, hashes, cell references) as saying nothing, and the values speak', () => {
    const rows = (names: string[]) => [names, ...[['ap@mapleleaf.ca', 'FR40303265045', 'CA'], ['office@kelowna.ca', 'FR23334175221', 'CA'], ['ar@tasman.com.au', 'FR83404833048', 'AU']]];
    const made = [
      ['00N5g00000KzA1b', '00N5g00000KzA1c', '00N5g00000KzA1d'], // Salesforce field ids
      ['fldq3Vw0bXk2LmN9a', 'fld7HcR2pTz0uYs4e', 'fldB9kLx1QmW3nE6r'], // Airtable
      ['Kd9QeLr2ZpXs', 'JwWggjAKtOkA', 'mB4tYv8NcUaW'], // Typeform
      ['%3AqHs', 'BJ%5Ez', 'Fy%7Bv'], // Notion
      ['h_7b01de', 'h_c44e18', 'h_f2d955'], // hashes
      ['R1C2', 'R1C3', 'R1C4'], // Excel's R1C1 references
      ['cr8f1_col01', 'cr8f1_col02', 'cr8f1_col03'], // Dataverse logical names
      ['Qd8Vw', 'Jh2Fk', 'wA4sM'], // Glide column ids
    ];
    for (const names of made) expect(Object.values(mapRows('zenskar-customers', rows(names))), names[0]).toEqual(['email', 'vatEu', 'country']);
    // A piece the target knows still speaks ("cr8f1_email"); a month and its year is no hash.
    expect(isMachineName('cr8f1_email', new Set(['email']))).toBe(false);
    expect(isMachineName('Dec2023', new Set())).toBe(false);
    expect(isMachineName('VATNo', new Set())).toBe(false);
    expect(isMachineName('A/R_Acct_No', new Set(['account']))).toBe(false);
  });

  it('recognises IBANs by their check digits and BICs by their shape, under any header', () => {
    const m = mapRows('efimis-entity', [
      ['Freifeld1', 'Freifeld2', 'Freifeld3'],
      ['k.brandstetter@t-online.de', 'DE84 1001 0010 0532 0130 00', 'PBNKDEFFXXX'],
      ['recht@isarwerke-ag.de', 'DE97 7002 0270 0015 8703 11', 'HYVEDEMMXXX'],
      ['info@seeblick.at', 'FR76 3000 6000 0112 3456 7890 189', 'BNPAFRPP'],
    ]);
    expect(m).toMatchObject({ Freifeld2: 'BankAccountNumber', Freifeld3: 'BankAccountRoutingCode' });
    // A wrong check digit is no IBAN; a BIC is in capitals and names a country.
    expect(LOOKS_LIKE.iban('DE85 1001 0010 0532 0130 00')).toBe(false);
    expect(LOOKS_LIKE.bic('Supplier')).toBe(false);
    expect(LOOKS_LIKE.bic('ABCDEFGH')).toBe(false);
  });

  it('reads what ids number from their prefix under headers that say nothing ("INV-2291", "PMT-0412", "CL-0041")', () => {
    const m = mapRows('zencase-client-ledger', [
      ['c-aB3kX9pQ2w', 'c-Q8nWc4Hs6y', 'c-X0vPz3Ya7k', 'c-mT6eB1qN4s', 'c-p4ZsE8uA0j'],
      ['1', 'CL-0041', 'INV-2291', '', '1450.00'],
      ['2', 'CL-0057', 'INV-2292', '', '860.00'],
      ['3', 'CL-0041', '', 'PMT-0412', '1450.00'],
      ['4', 'CL-0063', 'INV-2293', '', '2975.00'],
      ['5', 'CL-0057', '', 'PMT-0413', '500.00'],
    ]);
    expect(m).toEqual({ 'c-aB3kX9pQ2w': null, 'c-Q8nWc4Hs6y': 'clientNumber', 'c-X0vPz3Ya7k': 'invoiceNumber', 'c-mT6eB1qN4s': 'paymentNumber', 'c-p4ZsE8uA0j': 'amount' });
    // The reason says what the evidence is, in words.
    const { matches } = matchRows('zencase-client-ledger', [['Col1', 'Col2'], ['INV-2291', '1.50'], ['INV-2292', '2.50'], ['INV-2293', '3.50']]);
    const reason = matches.find((x) => x.field === 'invoiceNumber')!.reasons[0]!;
    expect(reasonMessage(reason, 'Invoice Number', 'en')).toBe('column holds ids that start with "INV"');
    expect(reasonMessage(reason, 'Invoice Number', 'fr')).toBe('la colonne contient des identifiants qui commencent par « INV »');
    // A prefix no one reads ("QX-0041") says nothing.
    expect(mapRows('zencase-client-ledger', [['Col1', 'Col2'], ['QX-0041', '1.50'], ['QX-0042', '2.50'], ['QX-0043', '3.50']]).Col1).toBeNull();
  });

  it('takes the customers\' names of a ledger under headers that say nothing for the client number, its only link to them', () => {
    const ledger = [
      ['VAR00001', 'VAR00002', 'VAR00003', 'VAR00004', 'VAR00005'],
      ['03/04/2024', 'Riverbend Medical Plaza', 'Debit', '1250.00', 'Monthly retainer'],
      ['03/11/2024', 'HARTLEY & SONS', 'Debit', '980.50', 'Monthly retainer'],
      ['03/18/2024', 'Riverbend Medical Plaza', 'Credit', '1250.00', 'Payment received'],
      ['03/25/2024', 'Joanne Whitlam', 'Debit', '410.00', 'Payment received'],
    ];
    const m = mapRows('zencase-client-ledger', ledger);
    // The descriptions repeat too, but they are no names.
    expect(m).toEqual({ VAR00001: 'transactionDate', VAR00002: 'clientNumber', VAR00003: 'transactionType', VAR00004: 'amount', VAR00005: null });
    const reason = matchRows('zencase-client-ledger', ledger).matches.find((x) => x.field === 'clientNumber')!.reasons[0]!;
    expect(reasonMessage(reason, 'Client Number', 'en')).toBe("column holds 100% names (the rows' only link to the customer)");
    // A list of names, each once, is a list of customers, not a ledger's links to them.
    const list = ledger.map((r, i) => (i === 3 ? [r[0]!, 'Copperleaf Bakery', ...r.slice(2)] : r));
    expect(mapRows('zencase-client-ledger', list).VAR00002).toBeNull();
    // A target with a field for the customer's name gives the names to it, not to the customer's id.
    const contacts = [['Col1', 'Col2'], ['Riverbend Medical LLC', 'ap@riverbend.example'], ['Riverbend Medical LLC', 'jo@riverbend.example'], ['Hartley & Sons', 'accounts@hartley.example']];
    expect(mapRows('upflow-contacts', contacts).Col1).toBe('customerName');
  });

  it('takes a file\'s one date under a header of words the target does not know ("Tanggal") for its one date field', () => {
    const rows = [['Tanggal', 'Amount'], ['2024-03-12', '12.50'], ['2024-04-18', '8.00'], ['2024-05-02', '3.10']];
    expect(mapRows('zencase-client-ledger', rows).Tanggal).toBe('transactionDate');
    // Of two dates ("Jatuh tempo" is the due date), which is meant is not for the values to say.
    const two = rows.map((r, i) => [r[0]!, i === 0 ? 'Jatuh tempo' : r[0]!.replace('2024', '2025'), r[1]!]);
    expect(mapRows('zencase-client-ledger', two).Tanggal).toBeNull();
  });

  it('takes a date under a header that says nothing for the record\'s date, not for the day its state changed', () => {
    const dates = ['2024-03-12', '2024-04-18', '2024-05-02'];
    const ledger = [['Col1', 'Col2'], ...dates.map((d, i) => [d, ['12.50', '8.00', '3.10'][i]!])];
    const people = [['Col1', 'Col2'], ...dates.map((d, i) => [d, ['anna@smith.example', 'bo@lind.example', 'cy@ng.example'][i]!])];
    expect(mapRows('zencase-client-ledger', ledger).Col1).toBe('transactionDate');
    expect(mapRows('efimis-entity', people).Col1).toBeNull();
  });

  it('gives a field that holds an id the names\' codes ("Clave" beside "Nombre"), not the names, nor another record\'s number', () => {
    const rows = [
      ['Clave', 'Nombre', 'Proyecto #', 'Fecha', 'Cargos'],
      ['12', 'Ferretería El Tornillo SA de CV', '880', '03/02/2025', '12,760.00'],
      ['12', 'Ferretería El Tornillo SA de CV', '880', '20/02/2025', '1,000.00'],
      ['27', 'Abarrotes Doña Lupita', '881', '07/02/2025', '4,408.00'],
      ['105', 'Constructora Peñasco del Norte', '882', '11/02/2025', '58,464.00'],
    ];
    const samples = rows[0]!.map((_, c) => rows.slice(1).map((r) => r[c]!));
    // Both "Clave" and "Proyecto #" pair one to one with the names; only the first is under a header of id words.
    expect(profileColumns(samples, [target('zencase-client-ledger')])[1]!.codes).toEqual([0, 2]);
    const { matches } = matchRows('zencase-client-ledger', rows);
    const client = matches.find((m) => m.field === 'clientNumber')!;
    expect(client.column).toBe(0);
    expect(reasonMessage(client.reasons[0]!, 'Client Number', 'en')).toBe('"Clave" holds one code per name of "Nombre": the ids of what the names name, rather than the names');
    // A national id that names a party ("NIT", "CUIT", "CPF/CNPJ") is such a code too.
    const nit = matchRows('zencase-client-ledger', rows.map((r, i) => (i === 0 ? ['NIT', ...r.slice(1)] : [`900.318.6${r[0]}-1`, ...r.slice(1)])));
    expect(nit.matches.find((m) => m.field === 'clientNumber')!.column).toBe(0);
    // Names that never come back pair with anything: no codes.
    expect(profileColumns(samples.map((v) => v.slice(1)), [target('zencase-client-ledger')])[1]!.codes).toEqual([]);
  });

  it('gives a customer\'s id the one number of the names under words the target does not know, and no number of another record', () => {
    const rows = (header: string) => [
      [header, 'Nom', 'Date', 'Débit', 'Crédit'],
      ['C0042', 'M. et Mme FAURE Jean-Marc', '01/01/2025', '1 184,60', ''],
      ['C0042', 'M. et Mme FAURE Jean-Marc', '08/01/2025', '', '1 184,60'],
      ['C0057', 'SCI Les Platanes', '01/01/2025', '842,10', ''],
      ['C0063', 'Mme LEROY Anne', '01/01/2025', '512,00', ''],
      ['C0063', 'Mme LEROY Anne', '15/01/2025', '', '200,00'],
    ];
    // A co-owners' association's "Code copro", a practice's "Guarantor Nbr": whose rows they are.
    for (const header of ['Code copro', 'Guarantor Nbr']) expect(mapRows('zencase-client-ledger', rows(header))[header]).toBe('clientNumber');
    // A booking's number pairs with its client's name in a small sample too; it is the booking's.
    expect(mapRows('zencase-client-ledger', rows('Event ID'))['Event ID']).not.toBe('clientNumber');
    // Of two such numbers (a notary's "KR-Nr." and "Beteiligten-Nr."), neither is known to be the party's.
    const two = rows('KR-Nr.').map((r, i) => [...r, i === 0 ? 'Beteiligten-Nr.' : `B-${r[0]!.slice(1)}`]);
    expect(mapRows('zencase-client-ledger', two)).toMatchObject({ 'KR-Nr.': null, 'Beteiligten-Nr.': null });
  });

  it('reads a physical address as where the customer is served and a mailing or postal address as where the bills go', () => {
    const rows = [
      ['Account Name', 'Physical City', 'Physical ZIP', 'Mailing City', 'Mailing ZIP'],
      ['Harbor Point Logistics LLC', 'Dallas', '75247', 'Irving', '75038'],
      ['Great Lakes Fastener Co.', 'Chicago', '60607', 'Evanston', '60201'],
      ['Maple Ridge Contractors', 'Austin', '78701', 'Round Rock', '78664'],
    ];
    // Zenskar's address is the shipping one; Upflow prefers the billing one.
    expect(mapRows('zenskar-customers', rows)).toMatchObject({ 'Physical City': 'city', 'Physical ZIP': 'zipCode', 'Mailing City': null });
    const upflow = mapRows('upflow-customers', [
      ['Customer', 'Postal Address - Street Address', 'Postal Address - City', 'Postal Address - Postal Code', 'Physical Address - Street Address', 'Physical Address - City', 'Physical Address - Postal Code'],
      ['Kauri Coast Cafe Ltd', 'PO Box 214', 'Dargaville', '0340', '34 Victoria Street', 'Dargaville', '0310'],
      ['Mt Cook Outfitters', '18 Bowen Drive', 'Twizel', '7901', '18 Bowen Drive', 'Twizel', '7901'],
      ['Harbourside Provisions', 'PO Box 5520', 'Auckland', '1141', '7 Quay Street', 'Auckland', '1010'],
    ]);
    expect(upflow).toMatchObject({ 'Postal Address - Street Address': 'address', 'Postal Address - City': 'town', 'Physical Address - Street Address': null, 'Physical Address - City': null });
    // An Italian destination block and a French installation address are where the customer is served.
    const it = mapRows('zenskar-customers', [
      ['Ragione sociale', 'Indirizzo', 'CAP', 'Indirizzo destinazione', 'CAP destinazione'],
      ['Calzaturificio Vigevanese Srl', 'Corso Cavour 12', '27029', 'Via Dante 4', '27029'],
      ['Suole Lomelline SpA', 'Via Roma 3', '27036', 'Strada Statale 494 km 12', '27036'],
      ['Tomaificio Ticino Snc', 'Piazza Ducale 8', '27029', 'Via Madonna degli Angeli 21', '27029'],
    ]);
    expect(it).toMatchObject({ 'Indirizzo destinazione': 'address', 'CAP destinazione': 'zipCode', Indirizzo: null, CAP: null });
    const fr = mapRows('zenskar-customers', [
      ['Raison sociale', 'Adr. facturation', 'Ville fact.', 'Adr. installation', 'Ville install.'],
      ['CUMA de la Vallée du Célé', '2 place du Foirail', 'Figeac', 'Lieu-dit Les Combes', 'Béduer'],
      ['CUMA des Causses', 'Mairie', 'Gramat', 'Route de Rocamadour', 'Gramat'],
      ['CUMA Lot-Célé', '12 rue Gambetta', 'Figeac', 'ZA de Lafarrayrie', 'Capdenac'],
    ]);
    expect(fr).toMatchObject({ 'Adr. installation': 'address', 'Ville install.': 'city', 'Adr. facturation': null, 'Ville fact.': null });
    // So are a home-care provider's place of intervention and a utility's point of delivery ("Lieferstelle").
    const care = mapRows('zenskar-customers', [
      ['Nom et prénom', 'Adresse de facturation', 'CP facturation', "Adresse d'intervention", 'CP intervention', 'Ville intervention'],
      ['Mme Jeanne Roux', '4 rue des Lilas', '69003', '12 chemin du Moulin', '69290', 'Craponne'],
      ['M. Paul Girard', '9 avenue Foch', '69006', '9 avenue Foch', '69006', 'Lyon'],
      ['Mme Lucie Faure', '3 place Bellecour', '69002', '27 route de Vienne', '69007', 'Lyon'],
    ]);
    expect(care).toMatchObject({ "Adresse d'intervention": 'address', 'CP intervention': 'zipCode', 'Ville intervention': 'city', 'Adresse de facturation': null, 'CP facturation': null });
    const utility = mapRows('zenskar-customers', [
      ['Firma / Name', 'Lieferstelle Straße', 'Lieferstelle PLZ', 'Lieferstelle Ort', 'Rechnungsanschrift Straße', 'Rechnungsanschrift PLZ', 'Rechnungsanschrift Ort'],
      ['Bäckerei Huber', 'Hauptstraße 12', '84028', 'Landshut', 'Postfach 1120', '84001', 'Landshut'],
      ['Autohaus Meier GmbH', 'Industriestraße 4', '84034', 'Landshut', 'Industriestraße 4', '84034', 'Landshut'],
      ['Praxis Dr. Lang', 'Altstadt 88', '84028', 'Landshut', 'Seligenthaler Str. 3', '84034', 'Landshut'],
    ]);
    expect(utility).toMatchObject({ 'Lieferstelle Straße': 'address', 'Lieferstelle PLZ': 'zipCode', 'Lieferstelle Ort': 'city', 'Rechnungsanschrift Straße': null });
    // An installer's or an ISP's installation address ("Installatieadres", "Dirección de instalación"), a lift's site ("Anlagenstandort").
    const isp = mapRows('zenskar-customers', [
      ['Razón social', 'Dirección de facturación', 'Dirección de instalación', 'Municipio'],
      ['Agroindustrias del Otún S.A.S.', 'Cra. 7 # 19-28 Of. 502', 'Vereda La Florida Km 4', 'Pereira'],
      ['Clínica Risaralda Ltda.', 'Av. Circunvalar # 5-20', 'Cl. 14 # 22-45', 'Dosquebradas'],
      ['Colegio Los Andes', 'Cl. 20 # 8-15', 'Cl. 20 # 8-15', 'Pereira'],
    ]);
    expect(isp).toMatchObject({ 'Dirección de instalación': 'address', Municipio: 'city', 'Dirección de facturación': null });
    const installer = mapRows('zenskar-customers', [
      ['Relatie', 'Factuuradres', 'Installatieadres'],
      ['VvE De Linde', 'Postbus 112', 'Lindelaan 2-48'],
      ['Bakkerij Smit', 'Brink 4', 'Brink 4'],
      ['Fysio Deventer', 'Postbus 87', 'Zutphenseweg 51'],
    ]);
    expect(installer).toMatchObject({ Installatieadres: 'address', Factuuradres: null });
    // A winter service's property ("Objektadresse", "Ort Objekt"), beside where the bills go.
    const property = mapRows('zenskar-customers', [
      ['Kunde', 'Objektadresse', 'PLZ Objekt', 'Ort Objekt', 'Rechnungsadresse'],
      ['Hausverwaltung Huber GmbH', 'Linzer Straße 14', '4600', 'Wels', 'Postfach 120'],
      ['Billa Filiale 221', 'Salzburger Straße 88', '4600', 'Wels', 'IZ NÖ-Süd Straße 3'],
      ['Pfarre Wels-St. Josef', 'Kirchenplatz 1', '4600', 'Wels', 'Kirchenplatz 1'],
    ]);
    expect(property).toMatchObject({ Objektadresse: 'address', 'Ort Objekt': 'city', Rechnungsadresse: null });
    // A site in one state on every row is still the site's state, beside the billing one.
    const sites = mapRows('zenskar-customers', [
      ['Company Name', 'Billing State', 'Site Address', 'Site State'],
      ['Coral Coast Motel', 'QLD', '14 Esplanade', 'QLD'],
      ['Bundy Meats Pty Ltd', '', '3 Quay St', 'QLD'],
      ['Hervey Bay Childcare', 'NSW', '77 Main St', 'QLD'],
      ['Burnett Vet Clinic', '', '5 Targo St', 'QLD'],
      ['Sunshine Storage', 'QLD', '21 Boundary Rd', 'QLD'],
    ]);
    expect(sites).toMatchObject({ 'Site State': 'state', 'Billing State': null });
    // Swedish: beside a delivery block ("Leveransadress"), the plain "Land" may be the billing one: never high confidence.
    const sv = matchRows('zenskar-customers', [
      ['Namn', 'Land', 'Leveransadress'],
      ['Kafé Linnea AB', 'SE', 'Götgatan 41'],
      ['Norrlands Bageri i Umeå AB', 'SE', 'Verkstadsgatan 7'],
      ['Fjällstugan Ekonomi AB', 'SE', 'Storgatan 12'],
    ]);
    expect(sv.matches.find((x) => x.field === 'country')!.confidence).not.toBe('high');
    // And the delivery block's own run-together names ("Leveransort", "Leveransland") are its town and country.
    const both = mapRows('zenskar-customers', [
      ['Namn', 'Ort', 'Land', 'Leveransort', 'Leveransland'],
      ['Kafé Linnea AB', 'Stockholm', 'SE', 'Stockholm', 'SE'],
      ['Norrlands Bageri i Umeå AB', 'Umeå', 'SE', 'Umeå', 'SE'],
      ['Fjällstugan Ekonomi AB', 'Åre', 'SE', 'Östersund', 'SE'],
    ]);
    expect(both).toMatchObject({ Ort: null, Land: null, Leveransort: 'city', Leveransland: 'country' });
  });

  it('reads segments and their numbered elements ("BPR02", "TRN02") as positions, and no whole numbers as an amount', () => {
    const m = mapRows('billing-payments', [
      ['ISA13', 'BPR02', 'BPR04', 'CUR02', 'RMR01'],
      ['000004812', '18450.00', 'ACH', 'USD', 'IV'],
      ['000004812', '2290.75', 'CHK', 'USD', 'IV'],
      ['000004815', '7600.00', 'ACH', 'USD', 'IV'],
      ['000004819', '31200.00', 'FWT', 'USD', 'IV'],
    ]);
    expect(m).toMatchObject({ ISA13: null, BPR02: 'total', CUR02: 'currencyId' });
    // EDIFACT's segment, qualifiers and data element; a fixed-width file's byte positions.
    const edifact = mapRows('billing-payments', [
      ['UNH_0062', 'DTM_171_2380', 'MOA_9_5004', 'CUX_6345'],
      ['1', '20240305', '18450.00', 'EUR'],
      ['2', '20240311', '2290.75', 'EUR'],
      ['3', '20240314', '7600.00', 'EUR'],
    ]);
    expect(edifact).toMatchObject({ MOA_9_5004: 'total', CUX_6345: 'currencyId' });
    const positions = mapRows('zencase-client-ledger', [['POS001-006', 'POS007-014', 'POS057-068'], ['000001', '20240305', '1250.00'], ['000002', '20240311', '8420.75'], ['000003', '20240314', '3310.00']]);
    expect(positions).toMatchObject({ 'POS007-014': 'transactionDate', 'POS057-068': 'amount' });
    // Under a header that says nothing, whole numbers (an invoice's, a control number) are no amount;
    // a float as tools write it ("865.4") is.
    const ledger = mapRows('zencase-client-ledger', [['Col1', 'Col2'], ['5120', '1840.0'], ['5121', '625.5'], ['5124', '2210.75']]);
    expect(ledger).toEqual({ Col1: null, Col2: 'amount' });
  });

  it('gives an id field the id of a name and its id ("Mitarbeiter", "Mitarbeiter-Nr.")', () => {
    const m = mapRows('efimis-work-item', [
      ['Datum', 'Mitarbeiter', 'Mitarbeiter-Nr.', 'Projekt', 'Projekt-Nr.', 'Stunden'],
      ['04.03.2025', 'Anna Keller', 'M014', 'Umbau Seestrasse', 'P-2024-118', '1,5'],
      ['04.03.2025', 'Beat Huber', 'M022', 'Erbteilung Meier', 'P-2025-007', '0,75'],
      ['05.03.2025', 'Anna Keller', 'M014', 'Umbau Seestrasse', 'P-2024-118', '2,0'],
    ]);
    expect(m).toMatchObject({ 'Mitarbeiter-Nr.': 'EmployeeId', 'Projekt-Nr.': 'MatterId', Mitarbeiter: null, Projekt: null });
    const ledger = mapRows('zencase-client-ledger', [['Client', 'Client No', 'Amount'], ['Acme Ltd', 'C-1001', '10.00'], ['Beta SA', 'C-1002', '12.00'], ['Acme Ltd', 'C-1001', '5.00']]);
    expect(ledger).toMatchObject({ 'Client No': 'clientNumber', Client: null });
  });

  it('reads single names beside given names, under meaningless headers, as the family names', () => {
    const m = mapRows('upflow-contacts', [
      ['Col1', 'Col2', 'Col3'],
      ['Megan', 'Calloway', 'mcalloway@fernridge.com'],
      ['Luis', 'Ferreira', 'lferreira@fernridge.com'],
      ['Hannah', 'Brooks', 'ap@quarryston.com'],
      ['David', 'Okafor', 'd.okafor@quarryston.com'],
    ]);
    expect(m).toEqual({ Col1: 'firstName', Col2: 'lastName', Col3: 'email' });
    // Alone, single names could be anything: a city, a product, a code.
    expect(mapRows('upflow-contacts', [['Col1', 'Col2'], ['Calloway', 'x@y.com'], ['Ferreira', 'z@y.com'], ['Brooks', 'w@y.com']]).Col1).toBeNull();
  });

  it('reads place names next to postal codes or streets, under meaningless headers, as the town', () => {
    const rows = [
      ['VAR1', 'VAR2', 'VAR3', 'VAR4'],
      ['Aldgate Fine Foods Ltd', '18 Mansell Street', 'London', 'E1 8AA'],
      ['Corrib Analytics Ltd', '5 Dock Road', 'Galway', 'H91 K2T3'],
      ['Wendt & Söhne KG', 'Eichendorffstraße 12', 'Leipzig', '04277'],
      ['Atelier Brunel', '8 rue du Four', "Saint-Martin-d'Hères", '38400'],
    ];
    expect(mapRows('upflow-customers', rows).VAR3).toBe('town');
    // Without an address around them, the same names say nothing.
    expect(mapRows('upflow-customers', rows.map((r) => [r[0]!, r[2]!])).VAR3).toBeNull();
  });

  it('shows no high confidence for a synonym witnessed only by whole numbers, nor for one of two address blocks', () => {
    // "N° pièce" is the invoice number in some ledgers and the journal's entry number in others.
    const ledger = matchRows('zencase-client-ledger', [
      ['Auxiliaire', 'Date comptable', 'N° pièce', 'Référence interne', 'Débit', 'Crédit'],
      ['C000412', '05/02/2024', '24000118', 'FA240118', '1200,00', ''],
      ['C000412', '20/02/2024', '24000131', 'RG240031', '', '1200,00'],
      ['C000427', '07/02/2024', '24000121', 'FA240121', '860,40', ''],
    ]);
    expect(ledger.matches.find((m) => m.field === 'invoiceNumber')!.confidence).not.toBe('high');
    const entity = matchRows('efimis-entity', [
      ['Surname', 'Physical Line 1', 'Physical Code', 'Postal Line 1', 'Postal Code'],
      ['Naidoo', '12 Main Road', '7700', 'PO Box 118', '7701'],
      ['Botha', '4 Kloof Street', '8001', 'PO Box 22', '8000'],
      ['Dlamini', '88 Long Street', '8001', 'Private Bag X5', '8012'],
    ]);
    expect(entity.matches.filter((m) => m.field.startsWith('Address') && m.confidence === 'high')).toEqual([]);
  });

  it('reads name titles written out in full (Madame, Monsieur, Maître) as the name title', () => {
    const m = mapRows('efimis-entity', [['Civilité', 'Nom'], ['Madame', 'Durand'], ['', 'Garage des Alpes'], ['Monsieur', 'Petit'], ['Maître', 'Roux']]);
    expect(m['Civilité']).toBe('Title');
  });

  it('reads a street with its house number as the street address, and a direct line as the work phone', () => {
    const street = mapRows('zenskar-customers', [['Straße und Hausnummer', 'PLZ'], ['Hauptstraße 12', '10115'], ['Ringweg 3a', '80331'], ['Am Markt 7', '50667']]);
    expect(street['Straße und Hausnummer']).toBe('address');
    const phone = mapRows('upflow-contacts', [['Work Direct Phone', 'Mobile Phone'], ['+1 415 555 0101', '+1 415 555 0199'], ['+1 415 555 0102', ''], ['+1 415 555 0103', '+1 415 555 0198']]);
    expect(phone).toEqual({ 'Work Direct Phone': 'phone', 'Mobile Phone': null });
  });

  it('prefers the first of numbered address lines even when the second\'s few values look more like streets', () => {
    // An Isacompta export: one street-like value in "Adresse 2" must not outweigh the numbering.
    const m = mapRows('upflow-customers', [
      ['Compte', 'Intitulé', 'Adresse 1', 'Adresse 2', 'Code postal', 'Commune', 'Pays', 'N° TVA intra', 'SIRET', 'Échéance (jours)', 'Mode de règlement', 'Solde'],
      ['411COOPBLE', 'COOPERATIVE DES BLES D OR', 'Route de Chartres', '', '28200', 'CHATEAUDUN', 'FRANCE', 'FR33775204316', '77520431600016', '30', 'Virement', '-1 520,00'],
      ['411EARLPIN', 'EARL DU PIN', 'Le Bourg', '', '86400', 'CIVRAY', 'FRANCE', 'FR89499110260', '49911026000011', '60', 'Prélèvement', '3 245,60'],
      ['411SCEAMAR', 'SCEA MARAIS POITEVIN', 'La Grande Vallée', 'Chemin du marais', '79510', 'COULON', 'FRANCE', 'FR20823415963', '82341596300018', '45', 'Chèque', '780,00'],
      ['411VITALEG', 'VITALEGUMES SAS', 'ZI Les Ajoncs', '', '85000', 'MOUILLERON-LE-CAPTIF', 'FRANCE', 'FR56510933773', '51093377300023', '30', 'Virement', '12 005,25'],
      ['411GAECBOI', 'GAEC DU BOIS JOLY', 'La Jolyère', '', '61100', 'FLERS', 'FRANCE', '', '', '30', 'Chèque', '0,00'],
    ]);
    expect([m['Adresse 1'], m['Adresse 2']]).toEqual(['address', null]);
  });

  it('reads a column of other rows\' ids as the link to the group, not as its name', () => {
    const rows = [
      ['Code', 'Nom', 'Compte parent'],
      ['401', 'Imprimerie Delvaux SA', ''],
      ['402', 'Groupe Horizon Santé SA', ''],
      ['403', 'Clinique Horizon Namur SRL', '402'],
      ['404', 'Transports Lejeune SRL', ''],
    ];
    const { matches } = matchRows('upflow-customers', rows);
    const group = matches.find((m) => m.field === 'groupId')!;
    expect(group.column).toBe(2);
    expect(group.reasons).toContainEqual({ kind: 'points-to', header: 'Compte parent', to: 'Code' });
    expect(matches.find((m) => m.field === 'groupName')!.column).toBe(-1);
    // Whatever the header calls it: Attaché's "Head Office".
    const attache = mapRows('upflow-customers', [['Code', 'Name', 'Head Office'], ['BAYS01', 'Bayside Hardware Pty Ltd', ''], ['BAYS02', 'Bayside Hardware - Frankston', 'BAYS01'], ['COAS01', 'Coastline Irrigation', ''], ['MURR01', 'Murray Pumps', '']]);
    expect(attache['Head Office']).toBe('groupId');
    // Short numbers that meet the ids by chance, under a header that says nothing of a link, are none.
    const postcodes = mapRows('upflow-customers', [['Customer ID', 'Name', 'Postcode'], ['1000', 'Acme', '1003'], ['1001', 'Bolt', '1000'], ['1002', 'Cray', '1003'], ['1003', 'Dune', '1001']]);
    expect(postcodes['Postcode']).not.toBe('groupId');
    // A value on its own row is no link: a record is not its own parent.
    const own = mapRows('upflow-customers', rows.map((r, i) => (i === 0 ? r : [r[0]!, r[1]!, i === 3 ? '403' : ''])));
    expect(own['Compte parent']).not.toBe('groupId');
  });

  it('takes payment terms written out for the payment period, and leaves a terms code alone', () => {
    // "Zahlungsbedingung" is a key into a table of terms in DATEV and collmex, but the terms themselves in weclapp.
    const written = mapRows('upflow-customers', [['Kundennummer', 'Zahlungsbedingung'], ['10001', '14 Tage netto'], ['10002', '30 Tage netto'], ['10003', 'Sofort ohne Abzug'], ['10004', '30 Tage netto']]);
    expect(written['Zahlungsbedingung']).toBe('defaultPaymentPeriod');
    const coded = mapRows('upflow-customers', [['Kundennummer', 'Zahlungsbedingung'], ['10001', '10'], ['10002', '20'], ['10003', '10'], ['10004', '30']]);
    expect(coded['Zahlungsbedingung']).toBeNull();
    const spanish = mapRows('upflow-customers', [['Código', 'Condición de pago'], ['C001', '30 días'], ['C002', 'Contado'], ['C003', '15 días'], ['C004', '60 días']]);
    expect(spanish['Condición de pago']).toBe('defaultPaymentPeriod');
    // Terms paid in advance, keyed, or counted from the month's end are terms all the same.
    const german = mapRows('upflow-customers', [['Kundennummer', 'Zahlungsbedingung'], ['10001', '14 Tage 2 % Skonto, 30 Tage netto'], ['10002', 'ZB03 30 Tage netto'], ['10003', 'Vorkasse'], ['10004', '45 Tage netto']]);
    expect(german['Zahlungsbedingung']).toBe('defaultPaymentPeriod');
    const italian = mapRows('upflow-customers', [['Codice', 'Descrizione pagamento'], ['C001', 'Ri.Ba. 60 gg d.f.f.m.'], ['C002', 'Bonifico 30 gg d.f.'], ['C003', 'Rimessa diretta'], ['C004', 'Bonifico 60 gg d.f.f.m.']]);
    expect(italian['Descrizione pagamento']).toBe('defaultPaymentPeriod');
    // German abbreviations of Zahlungsbedingung: "Zahlungskond.", "ZB-Text".
    for (const header of ['Zahlungskond.', 'ZB-Text']) {
      const abbreviated = mapRows('upflow-customers', [['Kundennummer', 'Name', header], ['10001', 'Hansa Logistik GmbH', '30 Tage netto'], ['10002', 'Brem AG', '14 Tage 2 % Skonto, 30 Tage netto'], ['10003', 'Kirsch KG', '10 Tage netto'], ['10004', 'Obst & Co', '30 Tage netto']]);
      expect(abbreviated[header]).toBe('defaultPaymentPeriod');
    }
  });

  it('takes a phone number under a meaningless header, not a code or a postcode that a numbering plan would allow', () => {
    const m = mapRows('zenskar-customers', [
      ['Stĺpec1', 'Stĺpec2', 'Stĺpec3', 'Stĺpec4'],
      ['ZK-2023-014', 'Parkovanie Centrum s.r.o.', '821 09', '+421 2 4911 0370'],
      ['ZK-2023-027', 'Mestské parkoviská Žilina, a.s.', '010 01', '+421 41 562 3318'],
      ['ZK-2023-041', 'Garáže Košice s.r.o.', '040 01', '+421 55 625 1140'],
      ['ZK-2023-052', 'Autopark Nitra s.r.o.', '949 01', '+421 37 652 2210 ext 12'],
    ]);
    expect(m['Stĺpec4']).toBe('phone');
    expect(m['Stĺpec1']).not.toBe('phone');
    expect(m['Stĺpec3']).not.toBe('phone');
  });

  it('gives a list field the column whose values are all its words, not one named for it whose job titles only some are', () => {
    const m = mapRows('upflow-contacts', [
      ['Nom', 'E-mail', 'Fonction', 'Rôle facturation'],
      ['Morel', 'a.morel@vitrail.fr', 'Comptable', 'Comptabilité'],
      ['Garnier', 'l.garnier@vitrail.fr', 'Acheteur', 'Acheteur'],
      ['Benoit', 'p.benoit@vitrail.fr', 'Gérant', 'Payeur'],
      ['Roux', 'c.roux@vitrail.fr', 'Commercial', 'Comptabilité'],
      ['Faure', 'j.faure@vitrail.fr', 'Assistante', 'Commercial'],
    ]);
    expect(m['Rôle facturation']).toBe('position');
    expect(m['Fonction']).toBeNull();
  });

  it('does not take a country for a county, whose names the target knows apart', () => {
    expect(tokenSimilarity(['country'], ['county'], new Set(['country', 'county']))).toBe(0);
    expect(tokenSimilarity(['adress'], ['address'], new Set(['address']))).toBeGreaterThan(0.7);
    const m = mapRows('zenskar-customers', [
      ['Název firmy', 'Země', 'Doručovací ulice', 'Doručovací město', 'Doručovací země'],
      ['Autoservis Dvořák s.r.o.', 'Česká republika', 'Vídeňská 118', 'Brno', 'Česká republika'],
      ['Pneu Kovář a syn s.r.o.', 'Česká republika', 'Hlavní 5', 'Zlín', 'Slovensko'],
      ['Stavby Horák a.s.', 'Slovensko', 'Mlynská 2', 'Košice', 'Slovensko'],
    ]);
    expect(m['Doručovací země']).toBe('country');
    expect(m['Země']).toBeNull();
  });

  it('gives a header that resembles two fields alike to the one whose kind of values it holds ("Email ID" of an Indian ledger)', () => {
    const m = mapRows('zenskar-customers', [
      ['Party Name', 'GSTIN', 'Email ID', 'Phone'],
      ['Tarnaka Logistics', '36AABCT1332L1ZV', 'accounts@tarnakalogistics.in', '+91 40 2717 1234'],
      ['Brindavan Hotels', '29AACCB1234F1Z5', 'finance@brindavanhotels.com', '+91 80 4112 5678'],
      ['Pune Precision', '27AAFCP4321G1ZQ', 'hr.payments@puneprecision.co.in', '+91 20 2553 9012'],
    ]);
    expect(m['Email ID']).toBe('email');
  });

  it('takes bare titles under "Salutation" for the name\'s title, not a letter\'s salutation', () => {
    const m = mapRows('efimis-entity', [
      ['Zoom ID', 'Salutation', 'First Name', 'Last Name', 'Email'],
      ['Z-100517', 'Mr.', 'Arjun', 'Reddy', 'arjun.reddy@gmail.com'],
      ['Z-100522', 'Ms.', 'Elena', 'Vasquez', 'elena.v@outlook.com'],
      ['Z-100530', 'Dr.', 'Hannah', 'Okafor', 'h.okafor@clinic.org'],
    ]);
    expect(m['Salutation']).toBe('Title');
    const letters = mapRows('efimis-entity', [
      ['Zoom ID', 'Salutation', 'First Name', 'Last Name'],
      ['Z-100517', 'Dear Mr Reddy', 'Arjun', 'Reddy'],
      ['Z-100522', 'Dear Elena', 'Elena', 'Vasquez'],
      ['Z-100530', 'Dear Dr Okafor', 'Hannah', 'Okafor'],
    ]);
    expect(letters['Salutation']).toBe('Salutation');
  });

  it('takes a column of countries for the country, not the state a header resembles ("Stát", Czech for a country)', () => {
    const m = mapRows('upflow-customers', [
      ['Název', 'Ulice', 'Obec', 'PSČ', 'Stát'],
      ['Autoservis Dvořák s.r.o.', 'Hybešova 42', 'Brno', '602 00', 'Česká republika'],
      ['Pneu Kovář a syn s.r.o.', 'Hlavní 5', 'Zlín', '760 01', 'Česká republika'],
      ['Stavby Horák a.s.', 'Mlynská 2', 'Košice', '040 01', 'Slovensko'],
    ]);
    expect(m['Stát']).toBe('country');
  });

  it('reads a contact\'s department as the role in Polish, Italian, Portuguese and Nordic lists', () => {
    const m = mapRows('upflow-contacts', [
      ['Imię', 'Nazwisko', 'E-mail', 'Dział'],
      ['Anna', 'Wrona', 'a.wrona@storczyk.pl', 'Księgowość'],
      ['Piotr', 'Nowak', 'p.nowak@storczyk.pl', 'Zakupy'],
      ['Ewa', 'Lis', 'e.lis@storczyk.pl', 'Płatności'],
      ['Jan', 'Kos', 'j.kos@storczyk.pl', 'Księgowość'],
    ]);
    expect(m['Dział']).toBe('position');
  });

  it('reads a department column as the role, its treasury and payables departments as the payer', () => {
    const en = mapRows('upflow-contacts', [
      ['Company', 'Contact', 'Email', 'Department'],
      ['Harbor Foods', 'Ann Lee', 'ap@harborfoods.com', 'Accounts Payable'],
      ['Harbor Foods', 'Tom Ray', 'buy@harborfoods.com', 'Purchasing'],
      ['Lakeside Inc', 'Jo Park', 'treasury@lakeside.com', 'Treasury'],
      ['Lakeside Inc', 'Sam Ng', 'books@lakeside.com', 'Accounting'],
    ]);
    expect(en['Department']).toBe('position');
    const es = mapRows('upflow-contacts', [
      ['Cliente', 'Nombre', 'Email', 'Área'],
      ['Turrones Xixona S.L.', 'Rosa Verdú', 'admin@xixona.es', 'Administración'],
      ['Turrones Xixona S.L.', 'Vicente Mira', 'compras@xixona.es', 'Compras'],
      ['Conservas Vega S.A.', 'Antonio Ros', 'pagos@vega.es', 'Tesorería'],
      ['Conservas Vega S.A.', 'Lidia Pastor', 'gerencia@vega.es', 'Gerencia'],
    ]);
    expect(es['Área']).toBe('position');
    const t = target('upflow-contacts').fields.find((f) => f.key === 'position')!.type;
    if (t.kind !== 'enum') throw new Error('position is an enum');
    const read = matchValues([{ value: 'Tesorería', count: 1 }, { value: 'Ostoreskontra', count: 1 }, { value: 'Hankinnat', count: 1 }], t.values, false, new Map());
    expect(read.map((r) => r.to)).toEqual(['PAYER', 'PAYER', 'PURCHASER']);
  });

  it('gives a field that holds an id the code beside a name ("Contact Code" beside "Contact Name"), not a card\'s number beside its scheme', () => {
    const m = mapRows('zencase-client-ledger', [
      ['Date', 'Contact Name', 'Contact Code', 'Type', 'Amount'],
      ['01/03/2024', 'Bella Ruiz', 'RUIZB', 'Invoice', '120.00'],
      ['05/03/2024', 'Tom Okafor', 'OKAFT', 'Invoice', '80.00'],
      ['09/03/2024', 'Bella Ruiz', 'RUIZB', 'Payment', '120.00'],
      ['12/03/2024', 'Ann Lee', 'LEEA', 'Invoice', '45.00'],
    ]);
    expect(m['Contact Code']).toBe('clientNumber');
    const cards = mapRows('billing-payments', [
      ['Date', 'Amount', 'Card Name', 'Card Number'],
      ['2024-03-01', '120.00', 'Visa', '411111******1111'],
      ['2024-03-02', '80.00', 'MasterCard', '550000******0004'],
      ['2024-03-03', '45.00', 'Visa', '401288******1881'],
    ]);
    expect(cards['Card Number']).not.toBe('payToolId');
  });

  it('reads the leaf of a path into joined records, as iDempiere writes its columns ("AD_User>EMail", "C_Region_ID[Name]")', () => {
    const m = mapRows('zenskar-customers', [
      ['Value', 'Name', 'AD_User>EMail', 'C_BPartner_Location>Phone', 'C_BPartner_Location>C_Location_ID>Address1', 'C_BPartner_Location>C_Location_ID>C_Region_ID[Name]'],
      ['C-1001', 'Harlan Roofing Inc', 'ap@harlanroofing.com', '+1 512 555 0142', '1200 Main St', 'Texas'],
      ['C-1002', 'Ruiz Dental PLLC', 'billing@ruizdental.com', '+1 214 555 0178', '77 Elm St', 'Texas'],
      ['C-1003', 'Castellanos Trust', 'office@castellanos.org', '+1 713 555 0101', '9 Bay Rd', 'California'],
    ]);
    expect(m['AD_User>EMail']).toBe('email');
    expect(m['C_BPartner_Location>Phone']).toBe('phone');
    expect(m['C_BPartner_Location>C_Location_ID>Address1']).toBe('address');
    expect(m['C_BPartner_Location>C_Location_ID>C_Region_ID[Name]']).toBe('state');
  });

  it('gives Billing\'s payment tool the way of paying, not the card brand beside it ("Bandeira")', () => {
    const m = mapRows('billing-payments', [
      ['Data', 'Valor', 'Método de pagamento', 'Bandeira'],
      ['2024-03-01', '120,00', 'Cartão de crédito', 'Visa'],
      ['2024-03-02', '80,00', 'Pix', ''],
      ['2024-03-03', '45,00', 'Boleto', ''],
      ['2024-03-04', '99,00', 'Cartão de crédito', 'Mastercard'],
    ]);
    expect(m['Método de pagamento']).toBe('payToolId');
    expect(m['Bandeira']).toBeNull();
  });

  it('takes the company for a customer that is a company, not the contact\'s name beside it (a shop\'s "Name" and "Company")', () => {
    const m = mapRows('zenskar-customers', [
      ['Name', 'Company', 'Email', 'Country'],
      ['Elena Marquez', 'Sobrante Hills Vineyard', 'elena@sobrantehills.com', 'US'],
      ['Tom Albright', 'Albright Family Cellars', 'orders@albrightcellars.com', 'US'],
      ['Hannah Lee', 'Red Mountain Growers Co-op', 'hannah@redmountain.coop', 'US'],
      ['Luis Ortega', 'Ortega Ranch Vineyards', 'luis@ortegaranch.com', 'US'],
    ]);
    expect(m['Company']).toBe('name');
    expect(m['Name']).toBeNull();
    // A list of persons with no company column keeps its names.
    const persons = mapRows('zenskar-customers', [
      ['Name', 'Email', 'Country'],
      ['Elena Marquez', 'elena@example.com', 'US'],
      ['Tom Albright', 'tom@example.com', 'US'],
      ['Hannah Lee', 'hannah@example.com', 'US'],
    ]);
    expect(persons['Name']).toBe('name');
  });

  it('shows no high confidence for one of two columns of countries, whatever their headers', () => {
    const rows = [
      ['Asiakasnumero', 'Nimi', 'Maa', 'Lähetysmaa'],
      ['10045', 'Lahden Lämpöpalvelu Oy', 'FI', 'FI'],
      ['10046', 'Kiinteistöhuolto Aalto Ky', 'FI', 'SE'],
      ['10051', 'Kylmälaite Virtanen Oy', 'FI', 'EE'],
    ];
    const country = matchRows('zenskar-customers', rows).matches.find((m) => m.field === 'country')!;
    expect(country.confidence).not.toBe('high');
    const one = matchRows('zenskar-customers', rows.map((r) => r.slice(0, 3))).matches.find((m) => m.field === 'country')!;
    expect(one.confidence).toBe('high');
  });
});

describe('assignment', () => {
  it('finds the best total, not a greedy one', () => {
    // Greedy takes (0,0)=0.9 then (1,1)=0.1; the best total is (0,1)+(1,0) = 0.85+0.8.
    expect(assignMaxWeight([[0.9, 0.85], [0.8, 0.1]], 0.05)).toEqual([1, 0]);
    expect(assignMaxWeight([[0.3, 0.2]], 0.4)).toEqual([-1]);
  });
});

describe('value maps', () => {
  it('matches distinct values by name, synonym, number and close spelling, with counts', () => {
    const t = target('upflow-contacts').fields.find((f) => f.key === 'position')!.type;
    if (t.kind !== 'enum') throw new Error('enum expected');
    const m = matchValues(
      [
        { value: 'accounting', count: 12 },
        { value: 'Comptabilité', count: 4 },
        { value: 'Acheteur', count: 3 },
        { value: 'Acounting', count: 1 },
        { value: 'Directrice', count: 1 },
      ],
      t.values,
      t.acceptNumbers,
      new Map([['Directrice', 'PAYER']]),
    );
    expect(m.map((v) => [v.from, v.to, v.how])).toEqual([
      ['accounting', 'ACCOUNTING', 'exact'],
      ['Comptabilité', 'ACCOUNTING', 'synonym'],
      ['Acheteur', 'PURCHASER', 'synonym'],
      ['Acounting', 'ACCOUNTING', 'similar'],
      ['Directrice', 'PAYER', 'user'],
    ]);
  });

  it('matches a matter\'s state in Portuguese, Italian, Polish, Nordic and Turkish, a bank\'s products to a CMA account\'s type, and retainers to periodic billing', () => {
    const t = target('efimis-matter').fields.find((f) => f.key === 'State')!.type;
    if (t.kind !== 'enum') throw new Error('enum expected');
    const m = matchValues(['Ativo', 'Encerrado', 'Chiusa', 'Zamknięta', 'Avslutad', 'Kapalı', 'Sospesa'].map((value) => ({ value, count: 1 })), t.values, t.acceptNumbers, new Map());
    expect(m.map((v) => v.to)).toEqual(['Active', 'Closed', 'Closed', 'Closed', 'Closed', 'Closed', 'OnHold']);
    // A bank's product names say a controlled money account's type: a term deposit is an investment.
    const cma = target('efimis-cma-account').fields.find((f) => f.key === 'AccountType')!.type;
    if (cma.kind !== 'enum') throw new Error('enum expected');
    expect(matchValues([{ value: 'Term Deposit', count: 2 }, { value: 'Cash Management Account', count: 1 }], cma.values, cma.acceptNumbers, new Map()).map((v) => v.to)).toEqual(['Investment', 'ControlledMoney']);
    // A monthly retainer in any language is periodic billing.
    const basis = target('efimis-client').fields.find((f) => f.key === 'BillingBasis')!.type;
    if (basis.kind !== 'enum') throw new Error('enum expected');
    expect(matchValues(['Iguala mensual', 'Forfait mensuel', 'Monthly Retainer', 'Non fatturabile'].map((value) => ({ value, count: 1 })), basis.values, basis.acceptNumbers, new Map()).map((v) => v.to)).toEqual(['Periodic', 'Periodic', 'Periodic', 'NonBillable']);
  });

  it('reads a ledger\'s kinds of entry in Baltic languages, Bulgarian, Icelandic and Japanese', () => {
    const t = target('zencase-client-ledger').fields.find((f) => f.key === 'transactionType')!.type;
    if (t.kind !== 'enum') throw new Error('enum expected');
    const m = matchValues(['Sąskaita faktūra', 'Apmokėjimas', 'Rēķins', 'Maksājums', 'Фактура', 'Плащане', 'Greiðsla', '売上', '入金', '返品'].map((value) => ({ value, count: 1 })), t.values, t.acceptNumbers, new Map());
    expect(m.map((v) => v.to)).toEqual(['Debit', 'Credit', 'Debit', 'Credit', 'Debit', 'Credit', 'Credit', 'Debit', 'Credit', 'Credit']);
    const more = matchValues(['Реализация товаров и услуг', 'Поступление на расчетный счет', 'Hóa đơn bán hàng', 'Phiếu thu', 'חשבונית מס', 'קבלה', 'فاتورة', 'سند قبض'].map((value) => ({ value, count: 1 })), t.values, t.acceptNumbers, new Map());
    expect(more.map((v) => v.to)).toEqual(['Debit', 'Credit', 'Debit', 'Credit', 'Debit', 'Credit', 'Debit', 'Credit']);
    expect(m.every((v) => v.how === 'synonym')).toBe(true);
  });

  it('takes a typo for a close spelling, not a value that merely starts alike, and keeps Ferry\'s guesses marked until confirmed', async () => {
    const t = target('zencase-client-ledger').fields.find((f) => f.key === 'transactionType')!.type;
    if (t.kind !== 'enum') throw new Error('enum expected');
    const m = matchValues([{ value: 'Journal Entry', count: 2 }, { value: 'Paymnet', count: 1 }], t.values, t.acceptNumbers, new Map());
    expect(m.map((v) => [v.from, v.to, v.how])).toEqual([
      ['Journal Entry', null, 'none'],
      ['Paymnet', 'Credit', 'similar'],
    ]);
    // Proposed in the mapping, applied, shown as a guess, and not saved in a profile.
    const s = new Session(registry);
    const opened = await s.open(memorySource('l.csv', new TextEncoder().encode('Client,Type,Amount\nACME,Invoice,10\nACME,Paymnet,10\nBOLT,Invoice,5\nBOLT,Invoice,7\n')), {});
    if (!opened.ok) throw new Error('open');
    const proposal = s.proposeMapping('zencase-client-ledger');
    if (!proposal.ok) throw new Error('proposal');
    const type = proposal.value.mapping.fields.find((f) => f.field === 'transactionType')!;
    expect(type.valueMap).toEqual([{ from: 'Paymnet', to: 'Credit', guessed: true }]);
    const shown = s.fieldValues(target('zencase-client-ledger'), type.source, 'transactionType', type.valueMap);
    expect(shown.values.find((v) => v.from === 'Paymnet')).toMatchObject({ to: 'Credit', how: 'similar' });
    const saved = profileFromMapping('Ledger', proposal.value.mapping, opened.value.columns);
    expect(saved.fields.find((f) => f.field === 'transactionType')!.valueMap).toEqual([]);
  });
});

describe('enum values said in a phrase', () => {
  const ledgerType = () => {
    const t = target('zencase-client-ledger').fields.find((f) => f.key === 'transactionType')!.type;
    if (t.kind !== 'enum') throw new Error('enum expected');
    return t;
  };

  it('reads the kind a phrase opens or closes with, the longest phrase winning, and marks it a guess', () => {
    const t = ledgerType();
    const m = matchValues(['Outgoing invoice', 'Outgoing credit note', 'Invoices / Sales', 'Factuurbetaling ontvangen', 'Payment for invoice', 'Invoice 21455', 'Pay Bill Online', 'ics_auth,ics_bill'].map((value) => ({ value, count: 2 })), t.values, t.acceptNumbers, new Map());
    expect(m.map((v) => [v.from, v.to, v.how])).toEqual([
      ['Outgoing invoice', 'Debit', 'words'],
      ['Outgoing credit note', 'Credit', 'words'],
      ['Invoices / Sales', 'Debit', 'words'],
      // A compound's last part is its head: an invoice's payment.
      ['Factuurbetaling ontvangen', 'Credit', 'words'],
      // Two kinds of the same weight name none; a number makes a description; a phrase in the middle is no kind; nor a list of codes.
      ['Payment for invoice', null, 'none'],
      ['Invoice 21455', null, 'none'],
      ['Pay Bill Online', null, 'none'],
      ['ics_auth,ics_bill', null, 'none'],
    ]);
  });

  it('maps a type column of phrases, applies the guesses for the user to confirm, and leaves job titles that say "Sales" once', async () => {
    const s = new Session(registry);
    const csv = 'Customer,Type,Invoice no.,Amount\nFjordkraft,Outgoing invoice,21455,48750.00\nFjordkraft,Payment received,,-48750.00\nNordlys,Outgoing invoice,21462,12500.00\nNordlys,Outgoing credit note,21463,-2500.00\nNordlys,Payment received,,-10000.00\n';
    const opened = await s.open(memorySource('l.csv', new TextEncoder().encode(csv)), {});
    if (!opened.ok) throw new Error('open');
    const proposal = s.proposeMapping('zencase-client-ledger');
    if (!proposal.ok) throw new Error('proposal');
    const type = proposal.value.mapping.fields.find((f) => f.field === 'transactionType')!;
    expect(type.source).toEqual({ kind: 'columns', columns: [opened.value.columns[1]!.index], separator: ' ' });
    expect(type.valueMap).toEqual([
      { from: 'Outgoing invoice', to: 'Debit', guessed: true },
      { from: 'Outgoing credit note', to: 'Credit', guessed: true },
    ]);
    const shown = s.fieldValues(target('zencase-client-ledger'), type.source, 'transactionType', type.valueMap);
    expect(shown.values.map((v) => [v.from, v.to, v.how])).toEqual([
      ['Outgoing invoice', 'Debit', 'words'],
      ['Payment received', 'Credit', 'synonym'],
      ['Outgoing credit note', 'Credit', 'words'],
    ]);
    const contacts = mapRows('upflow-contacts', [['Name', 'Email', 'Function'], ['Ann Lee', 'ann@a.com', 'Head of Sales'], ['Bo Kim', 'bo@b.com', 'Senior Accountant'], ['Cy Roe', 'cy@c.com', 'Chief Buyer'], ['Di Poe', 'di@d.com', 'Office Manager']]);
    expect(contacts['Function']).toBeNull();
  });
});

describe('target suggestion', () => {
  it('proposes the target whose fields explain the columns best, with the runner-up', () => {
    const headers = ['Client Number', 'Transaction Type', 'Invoice Number', 'Amount', 'Transaction Date'];
    const samples = [['C-1', 'C-2'], ['Debit', 'Credit'], ['1', ''], ['10.00', '5.00'], ['05/01/2020', '05/02/2020']];
    const targets = registry.list().map((e) => e.target);
    const ranked = suggestTargets(targets, headers, profileColumns(samples, targets));
    expect(ranked[0]!.targetId).toBe('zencase-client-ledger');
    expect(ranked[1]!.score).toBeLessThan(ranked[0]!.score);
  });
});

describe('what saved profiles taught', () => {
  const profile = (name: string, target: string, fields: [string, string][]) =>
    parseProfile({ ferryMapping: 1, name, target, sourceHeaders: fields.map(([, c]) => c), fields: fields.map(([field, column]) => ({ field, columns: [column] })) });

  it('collects the headers mapped to the target\'s fields, the newest profile winning a header taught twice', () => {
    const newer = profile('June', 'upflow-customers', [['customerId', 'Lookup']]);
    const older = profile('May', 'upflow-customers', [['accountingCode', 'Lookup'], ['town', 'Stadt']]);
    const other = profile('Contacts', 'upflow-contacts', [['email', 'Mail']]);
    if (!newer.ok || !older.ok || !other.ok) throw new Error('profiles');
    expect(learnedNames([newer.value, older.value, other.value], 'upflow-customers')).toEqual([
      { header: 'Lookup', field: 'customerId', profile: 'June' },
      { header: 'Stadt', field: 'town', profile: 'May' },
    ]);
  });

  it('proposes a taught header for its field, in any layout, with the reason, and for no other field', () => {
    const rows = [['Raison sociale', 'Lookup', 'Ville'], ['Delta SAS', 'K-2001', 'Nantes'], ['Epsilon SA', 'K-2002', 'Metz'], ['Zeta SARL', 'K-2003', 'Lille']];
    const { matches } = matchRows('upflow-customers', rows, [{ header: 'lookup', field: 'customerId', profile: 'Old CRM' }]);
    const id = matches.find((m) => m.field === 'customerId')!;
    expect(id).toMatchObject({ column: 1, confidence: 'high', reasons: [{ kind: 'profile', header: 'Lookup', profile: 'Old CRM' }] });
    expect(matches.filter((m) => m.column === 1)).toHaveLength(1);
  });
});

describe('values the user chose before', () => {
  it('are collected newest first, and proposed in a later file\'s value map', async () => {
    const mk = (name: string, to: string) =>
      parseProfile({ ferryMapping: 1, name, target: 'zencase-client-ledger', sourceHeaders: ['Type'], fields: [{ field: 'transactionType', columns: ['Type'], valueMap: [{ from: 'Stmt Charge', to }] }] });
    const newer = mk('June', 'Debit');
    const older = mk('May', 'Credit');
    if (!newer.ok || !older.ok) throw new Error('profiles');
    const learned = learnFromProfiles([newer.value, older.value], 'zencase-client-ledger');
    expect(learned.values).toEqual([{ field: 'transactionType', from: 'Stmt Charge', to: 'Debit' }]);

    const session = new Session(registry);
    const text = 'Client Number,Transaction Type,Invoice Number,Amount,Transaction Date\r\nC-1,Stmt Charge,1,10.00,01/13/2024\r\nC-2,Invoice,2,12.00,01/14/2024\r\n';
    const opened = await session.open(memorySource('ledger.csv', new TextEncoder().encode(text)), {});
    if (!opened.ok) throw new Error('open');
    const proposal = session.proposeMapping('zencase-client-ledger', undefined, learned);
    if (!proposal.ok) throw new Error('propose');
    expect(proposal.value.mapping.fields.find((f) => f.field === 'transactionType')!.valueMap).toEqual([{ from: 'Stmt Charge', to: 'Debit' }]);
  });
});

describe('a date order nothing in the column decides', () => {
  async function proposeFor(text: string) {
    const session = new Session(registry);
    const opened = await session.open(memorySource('ledger.csv', new TextEncoder().encode(text)), {});
    if (!opened.ok) throw new Error('open');
    const proposal = session.proposeMapping('zencase-client-ledger');
    if (!proposal.ok) throw new Error('propose');
    return { options: proposal.value.mapping.fields.find((f) => f.field === 'transactionDate')!.options, evidence: proposal.value.evidence.find((e) => e.field === 'transactionDate')! };
  }

  it('is guessed from another date column of the file that decides', async () => {
    const { options, evidence } = await proposeFor('Client;Date;Échéance;Montant\r\nC-1;01/02/2024;28/02/2024;10\r\nC-2;03/04/2024;30/04/2024;12\r\nC-3;05/04/2024;31/05/2024;7\r\n');
    expect(options.dateOrder).toBe('DMY');
    expect(evidence.guessedFrom).toEqual({ kind: 'other-column', column: 'Échéance', example: '28/02/2024', order: 'DMY' });
  });

  it('is guessed day-first from amounts written with a decimal comma', async () => {
    const { options, evidence } = await proposeFor('Client;Date;Montant\r\nC-1;01/02/2024;1 250,50\r\nC-2;03/04/2024;12,00\r\nC-3;05/04/2024;7,25\r\n');
    expect(options.dateOrder).toBe('DMY');
    expect(evidence.guessedFrom).toMatchObject({ kind: 'decimal-comma', column: 'Montant', order: 'DMY' });
  });

  it('is not guessed from phone numbers, which read as day, month and year too', async () => {
    const { options, evidence } = await proposeFor('Client;Date;Téléphone;Montant\r\nC-1;05/03/2024;01 45 67 89 10;10\r\nC-2;03/04/2024;01 42 33 18 77;12\r\nC-3;01/02/2024;04 91 55 20 13;7\r\n');
    expect(options.dateOrder).toBeUndefined();
    expect(evidence.guessedFrom).toBeUndefined();
  });

  it('is left to the user when the file says nothing', async () => {
    const { options, evidence } = await proposeFor('Client,Date,Amount\r\nC-1,01/02/2024,10\r\nC-2,03/04/2024,12\r\n');
    expect(options.dateOrder).toBeUndefined();
    expect(evidence.guessedFrom).toBeUndefined();
  });
});

describe('how the user read a column before', () => {
  const profile = parseProfile({ ferryMapping: 1, name: 'Cabinet export', target: 'zencase-client-ledger', sourceHeaders: ['Date'], fields: [{ field: 'transactionDate', columns: ['Date'], options: { dateOrder: 'DMY' } }] });

  async function proposeFor(text: string) {
    if (!profile.ok) throw new Error('profile');
    const learned = learnFromProfiles([profile.value], 'zencase-client-ledger');
    const session = new Session(registry);
    const opened = await session.open(memorySource('ledger.csv', new TextEncoder().encode(text)), {});
    if (!opened.ok) throw new Error('open');
    const proposal = session.proposeMapping('zencase-client-ledger', undefined, learned);
    if (!proposal.ok) throw new Error('propose');
    return { options: proposal.value.mapping.fields.find((f) => f.field === 'transactionDate')!.options, evidence: proposal.value.evidence.find((e) => e.field === 'transactionDate')! };
  }

  it('is applied where the values read either way, and said to come from the profile', async () => {
    const { options, evidence } = await proposeFor('Client,Date,Amount\r\nC-1,01/02/2024,10.00\r\nC-2,03/04/2024,12.00\r\n');
    expect(options.dateOrder).toBe('DMY');
    expect(evidence.taughtBy).toBe('Cabinet export');
  });

  it('gives way to values that can only be read one way', async () => {
    const { options, evidence } = await proposeFor('Client,Date,Amount\r\nC-1,02/13/2024,10.00\r\nC-2,03/04/2024,12.00\r\n');
    expect(options.dateOrder).toBe('MDY');
    expect(evidence.taughtBy).toBeUndefined();
  });
});

describe('mapping profiles', () => {
  const table = new RawTableBuilder();
  table.append(['Raison sociale', 'Ref', 'Ref'], 1);
  table.flush();
  const columns = nameColumns(table, 0);

  it('round-trips: mapping → profile JSON → mapping, columns by name (duplicates stay distinct)', () => {
    const mapping = {
      targetId: 'upflow-customers',
      fields: [
        { field: 'customerName', source: { kind: 'columns' as const, columns: [columnIndex(0)], separator: ' ' }, options: {}, valueMap: [] },
        { field: 'customerId', source: { kind: 'columns' as const, columns: [columnIndex(2)], separator: ' ' }, options: {}, valueMap: [] },
        { field: 'workflowName', source: { kind: 'constant' as const, value: 'Standard' }, options: {}, valueMap: [{ from: '__proto__', to: 'x' }] },
      ],
    };
    const profile = profileFromMapping('p', mapping, columns);
    const parsed = parseProfile(JSON.parse(JSON.stringify(profile)));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const applied = applyProfile(parsed.value, columns, new Set(target('upflow-customers').fields.map((f) => f.key)));
    expect(applied.mapping.fields.map((f) => [f.field, f.source])).toEqual(mapping.fields.map((f) => [f.field, f.source]));
    expect(applied.mapping.fields[2]!.valueMap).toEqual([{ from: '__proto__', to: 'x' }]);
    expect(applied.missingColumns).toEqual([]);
  });

  it('says which columns a profile expects that the file lacks, and rejects malformed profiles', () => {
    const applied = applyProfile(
      { ferryMapping: 1, name: 'x', target: 'upflow-customers', sourceHeaders: [], source: {}, fields: [{ field: 'town', columns: ['Ville'], separator: ' ', options: {}, valueMap: [] }, { field: 'nope', constant: 'a', options: {}, valueMap: [] }] },
      columns,
      new Set(['town']),
    );
    expect(applied.missingColumns).toEqual(['Ville']);
    expect(applied.unknownFields).toEqual(['nope']);
    expect(parseProfile({ ferryMapping: 1, name: '', target: 'x', sourceHeaders: [], fields: [] }).ok).toBe(false);
    expect(parseProfile({ ferryMapping: 1, name: 'x', target: 'x', sourceHeaders: [], fields: [], extra: 1 }).ok).toBe(false);
  });

  it('measures how alike two header lists are', () => {
    expect(headerSimilarity(['Raison sociale', 'Ville', 'Pays'], ['raison  sociale', 'Ville', 'Pays', 'Code postal'])).toBe(0.75);
    expect(headerSimilarity(['a'], ['b'])).toBe(0);
  });
});

describe('values the user gave a field for every row', () => {
  it('are proposed, with the reason, for a field no column of a later file feeds', async () => {
    const saved = parseProfile({ ferryMapping: 1, name: 'Payouts', target: 'billing-payments', sourceHeaders: ['Method'], fields: [{ field: 'status', constant: 'Hold' }, { field: 'currencyId', constant: 'EUR' }] });
    if (!saved.ok) throw new Error('profile');
    const session = new Session(registry);
    const opened = await session.open(memorySource('p.csv', new TextEncoder().encode('Payment method,Total,Currency\r\nCard,10.00,USD\r\nCard,12.00,USD\r\n')), {});
    if (!opened.ok) throw new Error('open');
    const proposal = session.proposeMapping('billing-payments', undefined, learnFromProfiles([saved.value], 'billing-payments'));
    if (!proposal.ok) throw new Error('propose');
    const source = (key: string) => proposal.value.mapping.fields.find((f) => f.field === key)!.source;
    expect(source('status')).toEqual({ kind: 'constant', value: 'Hold' });
    expect(proposal.value.matches.find((m) => m.field === 'status')!.reasons).toEqual([{ kind: 'profile-constant', value: 'Hold', profile: 'Payouts' }]);
    // A column of the file wins over the constant.
    expect(source('currencyId')).toEqual({ kind: 'columns', columns: [2], separator: ' ' });
  });
});

describe('codes written as words', () => {
  const billing = target('billing-payments');
  const payTool = billing.fields.find((f) => f.key === 'payToolId')!;

  it('read through the user\'s translation, which must itself be valid; untranslated ones stay invalid', () => {
    const codec = compileFieldCodec(payTool, {}, [
      { from: 'Card', to: '3' },
      { from: 'Cheque', to: 'one' },
    ]);
    expect(codec.check('Card')).toMatchObject({ ok: true, value: '3' });
    expect(codec.check('CARD')).toMatchObject({ ok: true, value: '3' });
    expect(codec.check('7')).toMatchObject({ ok: true, value: '7' });
    expect(codec.check('Cheque').ok).toBe(false);
    expect(codec.check('Cash').ok).toBe(false);
  });

  async function paymentsSession(text: string) {
    const session = new Session(registry);
    const opened = await session.open(memorySource('payments.csv', new TextEncoder().encode(text)), {});
    if (!opened.ok) throw new Error('open');
    return session;
  }

  it('are listed for translation with their counts, and only those not valid as they are', async () => {
    const session = await paymentsSession('Method,Amount\r\nCard,10.00\r\nCard,12.00\r\nCheque,5.00\r\n4,8.00\r\nWire,1.00\r\n');
    const source = { kind: 'columns', columns: [columnIndex(0)], separator: ' ' } as const;
    const values = session.fieldValues(billing, source, 'payToolId', [
      { from: 'Card', to: '3' },
      { from: 'Wire', to: 'wire' },
    ]);
    expect(values.kind).toBe('codes');
    expect(values.distinct).toBe(3);
    expect(values.values).toEqual([
      { from: 'Card', count: 2, to: '3', how: 'user', guessed: false },
      { from: 'Cheque', count: 1, to: null, how: 'none', guessed: false },
      { from: 'Wire', count: 1, to: 'wire', how: 'invalid', guessed: false },
    ]);
  });

  it('are not offered one by one when a column holds many values that are not codes', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => `Customer ${i},1.00`).join('\r\n');
    const session = await paymentsSession(`Name,Amount\r\n${rows}\r\n`);
    const values = session.fieldValues(billing, { kind: 'columns', columns: [columnIndex(0)], separator: ' ' }, 'payToolId', []);
    expect(values).toMatchObject({ values: [], unreadable: 40 });
  });

  it('are remembered from saved profiles while they are still valid codes', async () => {
    const saved = parseProfile({
      ferryMapping: 1,
      name: 'Stripe payouts',
      target: 'billing-payments',
      sourceHeaders: ['Method'],
      fields: [{ field: 'payToolId', columns: ['Method'], valueMap: [{ from: 'Card', to: '3' }, { from: 'Bank', to: 'transfer' }] }],
    });
    if (!saved.ok) throw new Error('profile');
    const session = await paymentsSession('Payment method,Total,Currency\r\nCard,10.00,EUR\r\nCard,12.00,EUR\r\n');
    const proposal = session.proposeMapping('billing-payments', undefined, learnFromProfiles([saved.value], 'billing-payments'));
    if (!proposal.ok) throw new Error('propose');
    expect(proposal.value.mapping.fields.find((f) => f.field === 'payToolId')!.valueMap).toEqual([{ from: 'Card', to: '3' }]);
  });
});

describe('numbers that relate as the fields do', () => {
  const lines = [
    ['Kolona1', 'Kolona2', 'Kolona3', 'Kolona4', 'Kolona5', 'Kolona6', 'Kolona7'],
    ['ST-0412-02', 'Sastav tužbe', '6', '12.000,00', '72.000,00', 'PDV 20%', '14.400,00'],
    ['ST-0412-03', 'Zastupanje na ročištu', '1,5', '18.000,00', '27.000,00', 'PDV 20%', '5.400,00'],
    ['ST-0412-04', 'Sudska taksa', '1', '39.900,00', '39.900,00', 'Bez PDV', '0,00'],
    ['ST-0419-01', 'Pravno mišljenje', '4', '12.000,00', '48.000,00', 'PDV 20%', '9.600,00'],
    ['ST-0419-02', 'Overa potpisa', '2', '3.600,00', '7.200,00', 'PDV 10%', '720,00'],
  ];

  it("reads an invoice line's units, price, amount and tax under headers that say nothing", () => {
    const { headers, matches } = matchRows('efimis-invoice-item', lines);
    const at = (field: string) => headers[matches.find((m) => m.field === field)!.column];
    expect([at('Units'), at('UnitPrice'), at('Amount'), at('Tax')]).toEqual(['Kolona3', 'Kolona4', 'Kolona5', 'Kolona7']);
    const amount = matches.find((m) => m.field === 'Amount')!;
    expect(amount.confidence).toBe('medium');
    expect(amount.reasons.map((r) => reasonMessage(r, 'Amount', 'en'))).toContain('the values of "Kolona5" are "Kolona3" × "Kolona4", row by row');
    const tax = matches.find((m) => m.field === 'Tax')!;
    expect(tax.reasons.map((r) => reasonMessage(r, 'Tax', 'fr'))).toContain('« Kolona7 » vaut 20 % ou 10 % de « Kolona5 », ligne par ligne : une taxe');
  });

  it("reads a time entry's rate and total from its hours", () => {
    const rows = [
      ['A', 'B', 'C', 'D'],
      ['2024-03-04', '1:30', '350.00', '525.00'],
      ['2024-03-04', '0:42', '275.00', '192.50'],
      ['2024-03-06', '2:15', '225.00', '506.25'],
      ['2024-03-07', '0:18', '275.00', '82.50'],
    ];
    const mapped = mapRows('efimis-work-item', rows);
    expect([mapped['C'], mapped['D']]).toEqual(['Rate', 'Total']);
  });

  it('leaves a field to the column named for it', () => {
    const named = [['Item', 'Qty', 'Price', 'Line value', 'Amount'], ...lines.slice(1).map((r) => [r[1]!, r[2]!, r[3]!, r[4]!, r[4]!])];
    const mapped = mapRows('efimis-invoice-item', named);
    expect(mapped['Amount']).toBe('Amount');
    expect(mapped['Line value']).not.toBe('Amount');
  });
});

describe("a ledger's two sides under headers that say nothing", () => {
  const ledger = [
    ['Баған1', 'Баған2', 'Баған3', 'Баған4', 'Баған5', 'Баған6', 'Баған7', 'Баған8', 'Баған9', 'Баған10'],
    ['03.06.2024', '«Оңтүстік Құрылыс» ЖШС', 'Өткізу', '0000000412', '', '', '1 250 000,00', '', '133 928,57', '1 250 000,00'],
    ['05.06.2024', '«Шымкент Тас Өнімдері» АҚ', 'Өткізу', '0000000418', '', '', '4 872 000,00', '', '522 000,00', '4 872 000,00'],
    ['07.06.2024', '«Шымкент Тас Өнімдері» АҚ', 'Қайтару', '0000000019', '', '', '', '336 000,00', '-36 000,00', '4 536 000,00'],
    ['11.06.2024', 'ЖК Нұрланов Б.С.', 'Өткізу', '0000000431', '', '', '268 800,00', '', '28 800,00', '268 800,00'],
    ['11.06.2024', 'ЖК Нұрланов Б.С.', 'Төлем', '', '57', 'Kaspi QR', '', '268 800,00', '', '0,00'],
    ['19.06.2024', '«Оңтүстік Құрылыс» ЖШС', 'Төлем', '', '318', 'Банктік аударым', '', '1 250 000,00', '', '0,00'],
    ['28.06.2024', '«Шымкент Тас Өнімдері» АҚ', 'Төлем', '', '1042', 'Банктік аударым', '', '4 536 000,00', '', '0,00'],
  ];

  it('reads the debit and credit, and what stands on their rows: kind, invoice and payment numbers, method, customer', () => {
    expect(mapRows('zencase-client-ledger', ledger)).toEqual({
      'Баған1': 'transactionDate',
      'Баған2': 'clientNumber',
      'Баған3': 'transactionType',
      'Баған4': 'invoiceNumber',
      'Баған5': 'paymentNumber',
      'Баған6': 'paymentMethod',
      'Баған7': 'debitAmount',
      'Баған8': 'creditAmount',
      'Баған9': null,
      'Баған10': null,
    });
    expect(proposalFor('zencase-client-ledger', ledger, 'debitAmount', 'en').said).toContain('"Баған7" and "Баған8" hold amounts on different rows: the left one is the debit, the right one the credit');
  });

  it('leaves the amounts to headers that name them', () => {
    const named = [['Баған1', 'Баған2', 'Баған3', 'Баған4', 'Баған5', 'Баған6', 'Баған7', 'Баған8', 'Баған9', 'Amount'], ...ledger.slice(1)];
    const { headers, matches } = matchRows('zencase-client-ledger', named);
    expect(headers[matches.find((m) => m.field === 'amount')!.column]).toBe('Amount');
    expect(matches.flatMap((m) => m.reasons).some((r) => r.kind === 'side')).toBe(false);
  });
});

describe("a ledger's two sides told by its entries, under headers that say nothing", () => {
  it('reads the kind, invoice and receipt numbers, method and amount of a ledger with one amount column', () => {
    const ledger = [
      ['Safu1', 'Safu2', 'Safu3', 'Safu4', 'Safu5', 'Safu6', 'Safu7', 'Safu8', 'Safu9'],
      ['02/09/2025', 'Baraka Traders', 'Ankara', '3318', '', '', '1,849,500.00', '129,034.88', '1,849,500.00'],
      ['05/09/2025', 'Mama Neema Duka', 'Ankara', '3319', '', '', '612,750.00', '42,750.00', '612,750.00'],
      ['09/09/2025', 'Baraka Traders', 'Malipo', '', '412', 'M-Pesa', '1,000,000.00', '', '849,500.00'],
      ['12/09/2025', 'Mama Neema Duka', 'Malipo', '', '413', 'Benki', '612,750.00', '', '0.00'],
      ['15/09/2025', 'Baraka Traders', 'Ankara', '3324', '', '', '86,000.00', '6,000.00', '935,500.00'],
      ['18/09/2025', 'Juma Hardware', 'Malipo', '', '414', 'Taslimu', '150,000.00', '', '150,000.00'],
    ];
    expect(mapRows('zencase-client-ledger', ledger)).toMatchObject({ Safu3: 'transactionType', Safu4: 'invoiceNumber', Safu5: 'paymentNumber', Safu6: 'paymentMethod', Safu7: 'amount' });
    expect(proposalFor('zencase-client-ledger', ledger, 'invoiceNumber', 'en').said).toContain('"Safu4" is filled on the charge rows only (those with a tax, or the first)');
  });
});

describe('a value many records share', () => {
  it("is no column whose values are all different: that is each customer's own company", () => {
    const rows = [
      ['Email', 'Nombre', 'Apellido', 'Empresa'],
      ['compras@lamoneda.cl', 'Javiera', 'Muñoz', 'Cafeterías La Moneda SpA'],
      ['pagos@cerroalegre.cl', 'Tomás', 'Rojas', 'Hostal Cerro Alegre Ltda'],
      ['finanzas@santarita.cl', 'Camila', 'Soto', 'Viña Santa Rita SA'],
    ];
    expect(mapRows('zenskar-customers', rows)['Empresa']).toBe('name');
    const entities = [
      ['Customer name', 'Entité de facturation'],
      ['Boulangeries Vaudoises SA', 'Studio Nord SAS'],
      ['Cinémas du Léman Sàrl', 'Studio Nord SAS'],
      ['Garage du Lac SA', 'Studio Nord Bordeaux SARL'],
    ];
    expect(mapRows('zenskar-customers', entities)['Entité de facturation']).toBe('businessEntity');
  });
});

describe('the date the money reached the bank', () => {
  it('is the value date rather than the booking date, and an alias as written rather than one read through other words', () => {
    const bank = [
      ['Data contabile', 'Data valuta', 'Importo', 'Descrizione'],
      ['03/06/2024', '04/06/2024', '1.250,00', 'Bonifico da Rossi Srl'],
      ['05/06/2024', '05/06/2024', '480,00', 'Bonifico da Bianchi Spa'],
      ['07/06/2024', '10/06/2024', '2.300,00', 'Bonifico da Verdi Snc'],
    ];
    expect(mapRows('billing-payments', bank)['Data valuta']).toBe('documentDate');
    // A Danish bank's "Valør" beside its booking date.
    const danish = [['Dato', 'Valør', 'Tekst', 'Beløb'], ...bank.slice(1).map((r) => [r[0]!, r[1]!, r[3]!, r[2]!])];
    expect(mapRows('billing-payments', danish)['Valør']).toBe('documentDate');
    const receipts = [
      ['Receipt Number', 'Receipt Date', 'Deposit Date', 'Entered Amount', 'Currency'],
      ['R-1001', '2024-06-03', '2024-06-04', '1250.00', 'USD'],
      ['R-1002', '2024-06-05', '2024-06-06', '480.00', 'USD'],
      ['R-1003', '2024-06-07', '2024-06-10', '2300.00', 'USD'],
    ];
    expect(mapRows('billing-payments', receipts)['Deposit Date']).toBe('documentDate');
  });
});

describe("a shipping address's block in more languages", () => {
  it('is told by Finnish and Slovak delivery words, beside the plain address', () => {
    const fi = [
      ['Nimi', 'Katuosoite', 'Postinumero', 'Postitoimipaikka', 'Maa', 'Toimitusosoite', 'Toimituksen postinumero', 'Toimituksen postitoimipaikka', 'Toimitusmaa'],
      ['Acme Oy', 'Katu 1', '00100', 'Helsinki', 'Suomi', 'Tie 2', '02100', 'Espoo', 'Suomi'],
      ['Beta Oy', 'Katu 3', '20100', 'Turku', 'Suomi', 'Tie 4', '90100', 'Oulu', 'Ruotsi'],
      ['Gamma Oy', 'Katu 5', '33100', 'Tampere', 'Suomi', 'Tie 6', '01300', 'Vantaa', 'Suomi'],
    ];
    const mapped = mapRows('zenskar-customers', fi);
    expect([mapped['Toimitusosoite'], mapped['Toimituksen postinumero'], mapped['Toimituksen postitoimipaikka'], mapped['Toimitusmaa']]).toEqual(['address', 'zipCode', 'city', 'country']);
    const sk = [
      ['Názov', 'Ulica', 'Mesto', 'PSČ', 'Krajina', 'Dodacia ulica', 'Dodacie mesto', 'Dodacie PSČ', 'Dodacia krajina'],
      ['Alfa s.r.o.', 'Hlavná 1', 'Košice', '040 01', 'Slovensko', 'Priemyselná 5', 'Prešov', '080 01', 'Slovensko'],
      ['Beta a.s.', 'Mlynská 3', 'Žilina', '010 01', 'Slovensko', 'Skladová 2', 'Martin', '036 01', 'Slovensko'],
      ['Gama s.r.o.', 'Nová 7', 'Nitra', '949 01', 'Slovensko', 'Dvorská 9', 'Trnava', '917 01', 'Česko'],
    ];
    const mappedSk = mapRows('zenskar-customers', sk);
    expect([mappedSk['Dodacia ulica'], mappedSk['Dodacie mesto'], mappedSk['Dodacie PSČ'], mappedSk['Dodacia krajina']]).toEqual(['address', 'city', 'zipCode', 'country']);
  });
});

describe('an amount after tax', () => {
  it('is the column that adds up the net and the tax, where the best name was the net', () => {
    const rows = [
      ['Purchase ID', 'Subtotal ($)', 'Taxes ($)', 'Sale Price ($)', 'Currency'],
      ['Xq3vT8pLk1mZ0aR9', '450.0', '36.0', '486.0', 'USD'],
      ['Bw7yH2nQe5tJ8uC1', '120.0', '9.6', '129.6', 'USD'],
      ['Lm4kP9sD3fG6hR2v', '80.0', '0.0', '80.0', 'USD'],
      ['Zt1nV7bX8cQ3wE5r', '60.0', '4.8', '64.8', 'USD'],
    ];
    const { headers, matches } = matchRows('billing-payments', rows);
    const total = matches.find((m) => m.field === 'total')!;
    expect(headers[total.column]).toBe('Sale Price ($)');
    expect(total.reasons.map((r) => reasonMessage(r, 'Total', 'en'))).toContain('"Sale Price ($)" is "Subtotal ($)" + "Taxes ($)", row by row: the amount after tax');
  });
});

describe('a column that names another address than the field', () => {
  it('is no better than medium, and a service address is where the goods or work go', () => {
    const both = [
      ['Name', 'Billing Address', 'Billing City', 'Billing Zip', 'Service Address', 'Service City', 'Service Zip'],
      ['Caprock Property Management LLC', '5202 82nd St Ste 110', 'Lubbock', '79424', '3410 98th St Bldg C', 'Lubbock', '79423-4120'],
      ['Frenship ISD - Operations', '902 Main St', 'Wolfforth', '79382', '1200 FM 179', 'Wolfforth', '79382'],
      ['Plains Dental Group PC', '4412 50th St', 'Lubbock', '79414', '4412 50th St', 'Lubbock', '79414'],
    ];
    const mapped = mapRows('zenskar-customers', both);
    expect([mapped['Service Address'], mapped['Service City'], mapped['Service Zip']]).toEqual(['address', 'city', 'zipCode']);
    const billingOnly = [['Name', 'Billing City', 'Billing Zip'], ...both.slice(1).map((r) => [r[0]!, r[2]!, r[3]!])];
    const { matches } = matchRows('zenskar-customers', billingOnly);
    const city = matches.find((m) => m.field === 'city')!;
    expect(city.column).toBe(1);
    expect(city.confidence).toBe('medium');
  });
});

describe('Polish, Portuguese and Spanish customer lists', () => {
  it("read 'and' in more languages and a national VAT number's name", () => {
    expect(headerTokens('Dostawa - ulica i numer')).toEqual(['dostawa', 'street', 'number']);
    const rows = [
      ['Nazwa', 'NIP', 'Dostawa - ulica i numer', 'Dostawa - miejscowość'],
      ['Hurtownia Bałtyk Sp. z o.o.', '5423018843', 'ul. Portowa 12', 'Gdańsk'],
      ['Piekarnia Kłos S.C.', '9662071133', 'ul. Długa 4', 'Białystok'],
      ['Meble Nowak S.A.', '5431872049', 'ul. Leśna 8/2', 'Łomża'],
      ['Holzbau Weber GmbH', 'DE811907980', 'Industriestr. 3', 'Görlitz'],
    ];
    const mapped = mapRows('zenskar-customers', rows);
    expect([mapped['NIP'], mapped['Dostawa - ulica i numer']]).toEqual(['vatEu', 'address']);
  });
});

describe('opaque sheets from more of the world', () => {
  it('read ways of paying in Hungarian, Belarusian, Mongolian and Swedish', () => {
    for (const v of ['Bankkártya', 'Csoportos beszedés', 'Плацежная картка', 'Банкаўскі перавод', 'Дансаар шилжүүлсэн', 'QPay', 'Swish', 'Autogiro']) expect(LOOKS_LIKE['payment-method'](v)).toBe(true);
  });

  it("take an Access autonumber for no field, a ledger's date from the column filled on every row, and a duration from 2:15 rather than 450.00", () => {
    const access = [
      ['ID', 'Mező1', 'Mező2', 'Mező3', 'Mező4', 'Mező5'],
      ['1', '2025.03.14.', 'Open', '1 250 000', 'HUF', 'Átutalás'],
      ['2', '2025.03.14.', 'Open', '318 770', 'HUF', 'Bankkártya'],
      ['3', '2025.03.17.', 'Hold', '2 480 000', 'HUF', 'Átutalás'],
      ['4', '2025.03.18.', 'Open', '96 520', 'HUF', 'Csoportos beszedés'],
    ];
    const mapped = mapRows('billing-payments', access);
    expect([mapped['ID'], mapped['Mező1'], mapped['Mező5']]).toEqual([null, 'documentDate', 'payToolId']);
    const ledger = [
      ['Oszlop1', 'Oszlop2', 'Oszlop3', 'Oszlop4'],
      ['Duna Papír Kft.', '2024.03.04.', '2024.03.19.', '1 270 000'],
      ['Pesti Reklám Zrt.', '2024.03.06.', '2024.04.05.', '486 900'],
      ['Duna Papír Kft.', '2024.03.18.', '', '1 270 000'],
      ['Pesti Reklám Zrt.', '2024.04.02.', '', '486 900'],
    ];
    expect(mapRows('zencase-client-ledger', ledger)['Oszlop2']).toBe('transactionDate');
    const time = [
      ['Xk3p', 'b7Qe', 'Lw9d', 'Fd4c'],
      ['2025-06-02', 'TimedFee', '2:15', '450.00'],
      ['2025-06-02', 'TimedFee', '0:30', '380.00'],
      ['2025-06-03', 'ItemisedFee', '', '65.00'],
      ['2025-06-04', 'TimedFee', '1:45', '450.00'],
    ];
    const work = mapRows('efimis-work-item', time);
    expect([work['Lw9d'], work['Fd4c']]).toEqual(['DurationTicks', null]);
  });
});

describe("a patient's and a staff member's number", () => {
  it('are read in German and Dutch abbreviations and compounds', () => {
    expect(headerTokens('Pat.-Nr.')).toEqual(['customer', 'number']);
    expect(headerTokens('Personeelsnummer')).toEqual(['employee', 'number']);
  });
});

describe("a Polish ledger's debit and a Dutch member's number", () => {
  it('are read by their words (Wn, lid)', () => {
    expect(headerTokens('Kwota Wn')).toEqual(['amount', 'debit']);
    expect(headerTokens('Lidnummer')).toEqual(['customer', 'number']);
  });
});

describe('header words of other languages', () => {
  it('reads a word the lexicon lacks, and keeps apart two names the target tells apart', () => {
    const nb = [
      ['Kundenr', 'Navn', 'Postnr', 'Poststed', 'Fylke', 'Betalingsfrist (dager)'],
      ['10045', 'Bergen Havnelogistikk AS', '5811', 'Bergen', 'Vestland', '30'],
      ['10046', 'Fjordkraft Montasje AS', '5004', 'Bergen', 'Vestland', '14'],
      ['10051', 'Trondheim Elektro AS', '7004', 'Trondheim', 'Trøndelag', '30'],
    ];
    expect(mapRows('upflow-customers', nb)).toMatchObject({ Fylke: 'state', 'Betalingsfrist (dager)': 'defaultPaymentPeriod' });
    // "Asiakasnumero" is a customer number: a foreign name of the accounting code ("Debitorennummer")
    // is not read as one, though the word means that in a header.
    const fi = [
      ['Asiakasnumero', 'Nimi', 'Postinumero', 'Postitoimipaikka'],
      ['1001', 'Acme Oy', '00100', 'Helsinki'],
      ['1002', 'Beta Oy', '20100', 'Turku'],
      ['1003', 'Gamma Oy', '33100', 'Tampere'],
    ];
    expect(mapRows('upflow-customers', fi)).toMatchObject({ Asiakasnumero: 'customerId' });
  });
});

describe("a family's or a resident's account", () => {
  it('is the customer of a school, club or care home ledger, rather than the student or resident named on it', () => {
    const school = [
      ['Date', 'Family ID', 'Student', 'Description', 'Amount'],
      ['2025-09-01', 'F-1042', 'Emma Lopez', 'September tuition', '320.00'],
      ['2025-09-03', 'F-1042', 'Emma Lopez', 'Payment - Visa', '-320.00'],
      ['2025-09-01', 'F-1077', 'Noah Kim', 'September tuition', '280.00'],
    ];
    expect(mapRows('zencase-client-ledger', school)).toMatchObject({ 'Family ID': 'clientNumber', Student: null });
    const care = [
      ['Buchungsdatum', 'Klienten-Nr.', 'Klient', 'Rechnungs-Nr.', 'Betrag'],
      ['01.10.2025', '20417', 'Gertrud Maier', 'R-2025-0912', '2.480,00'],
      ['05.10.2025', '20417', 'Gertrud Maier', 'R-2025-0912', '-2.480,00'],
      ['01.10.2025', '20533', 'Hans Berger', 'R-2025-0913', '2.310,00'],
    ];
    expect(mapRows('zencase-client-ledger', care)).toMatchObject({ 'Klienten-Nr.': 'clientNumber', Klient: null });
  });

  it("is a Chilean customer's RUT, or the payer's number of a school's fees", () => {
    const chile = [
      ['RUT Cliente', 'Razón Social', 'Fecha', 'Folio', 'Cargo', 'Abono'],
      ['76.418.220-0', 'Comercial Andes Sur SpA', '03-03-2025', '18842', '$ 1.190.000', ''],
      ['76.418.220-0', 'Comercial Andes Sur SpA', '02-04-2025', '', '', '$ 1.190.000'],
      ['77.035.914-7', 'Clínica Dental Los Leones Ltda.', '07-03-2025', '18851', '$ 452.200', ''],
    ];
    expect(mapRows('zencase-client-ledger', chile)).toMatchObject({ 'RUT Cliente': 'clientNumber' });
    const kita = [
      ['Zahlungspflichtiger-Nr.', 'Kind', 'Datum', 'Betrag'],
      ['ZP-1042', 'Mia Schulz', '01.09.2025', '210,00'],
      ['ZP-1042', 'Mia Schulz', '05.09.2025', '-210,00'],
      ['ZP-1077', 'Ben Wagner', '01.09.2025', '185,00'],
    ];
    expect(mapRows('zencase-client-ledger', kita)).toMatchObject({ 'Zahlungspflichtiger-Nr.': 'clientNumber' });
  });

  it("is a pupil's number beside the pupil's name, though no invoice number would otherwise take the number", () => {
    const parents = [
      ['Leerlingnummer', 'Leerling', 'Datum', 'Soort', 'Bedrag'],
      ['4471', 'Noor Visser', '02-09-2024', 'Vordering', '45,00'],
      ['4471', 'Noor Visser', '05-09-2024', 'Betaling', '45,00'],
      ['4502', 'Daan Oosterhout', '10-03-2025', 'Vordering', '135,00'],
    ];
    expect(mapRows('zencase-client-ledger', parents)).toMatchObject({ Leerlingnummer: 'clientNumber', Leerling: null });
  });
});

describe('the amount a tax is of', () => {
  it('is the amount before tax, not the column named for the field that adds the tax to it', () => {
    const expenses = [
      ['Datum', 'Händler', 'Betrag', 'Währung', 'Netto', 'MwSt.-Satz', 'MwSt.', 'Beschreibung'],
      ['04.11.2024', 'Deutsche Bahn Fernverkehr', '142,80', 'EUR', '120,00', '19 %', '22,80', 'Bahnfahrt München–Leipzig'],
      ['05.11.2024', 'Hotel Fürstenhof Leipzig', '189,00', 'EUR', '176,64', '7 %', '12,36', '1 Übernachtung'],
      ['07.11.2024', 'Copyshop Maxvorstadt', '35,70', 'EUR', '30,00', '19 %', '5,70', 'Kopien Schriftsätze'],
      ['08.11.2024', 'Taxi München', '24,61', 'EUR', '23,00', '7 %', '1,61', 'Taxi zum Landgericht'],
    ];
    expect(mapRows('efimis-disbursement', expenses)).toMatchObject({ Netto: 'Amount', Betrag: null, 'MwSt.': 'Tax' });
    expect(proposalFor('efimis-disbursement', expenses, 'Amount', 'fr').said).toContain('« Netto » plus la taxe « MwSt. » donne « Betrag », ligne par ligne : le montant hors taxes');
  });
});

describe("a bank's words for how the money came", () => {
  it('are the payment method under a header that names a note, though one entry in six says something else', () => {
    const bank = [
      ['Fecha Valor', 'Concepto', 'Importe', 'Divisa'],
      ['02/10/2024', 'TRANSFERENCIA RECIBIDA', '1.250,00', 'EUR'],
      ['03/10/2024', 'BIZUM RECIBIDO', '45,00', 'EUR'],
      ['04/10/2024', 'RECIBO DOMICILIADO COBRADO', '320,00', 'EUR'],
      ['07/10/2024', 'PAGO CON TARJETA', '89,90', 'EUR'],
      ['08/10/2024', 'INGRESO EN EFECTIVO', '200,00', 'EUR'],
      ['09/10/2024', 'TRANSFERENCIA RECIBIDA', '610,00', 'EUR'],
    ];
    expect(mapRows('billing-payments', bank)).toMatchObject({ Concepto: 'payToolId' });
  });
});

describe('how a firm bills a client', () => {
  it("is Efimis's billing basis, its fee arrangements read as when bills are raised", () => {
    const clients = [
      ['Code client', 'Nom', 'Mode de facturation', 'Ville'],
      ['C0412', 'SARL Boulangerie Martin', 'Temps passé', 'Bourges'],
      ['C0413', 'Dupont Jean', 'Forfait', 'Vierzon'],
      ['C0414', 'Association Les Amis du Berry', 'Pro bono', 'Bourges'],
      ['C0415', 'SAS Transports Leroy', 'Abonnement mensuel', 'Issoudun'],
    ];
    expect(mapRows('efimis-client', clients)).toMatchObject({ 'Mode de facturation': 'BillingBasis' });
    const field = target('efimis-client').fields.find((f) => f.key === 'BillingBasis')!;
    const codec = compileFieldCodec(field, {}, []);
    expect(['Temps passé', 'Forfait', 'Pro bono', 'Abonnement mensuel'].map((v) => codec.schema.safeParse(v).data?.value)).toEqual(['AdHoc', 'AdHoc', 'ProBono', 'Periodic']);
  });
});

describe('a rate written as a percentage', () => {
  it("is Efimis's interest rate, read as the fraction it holds", () => {
    const register = [
      ['CMA ID', 'Matter ID', 'Interest Rate', 'Opened'],
      ['CMA-0041', 'M-1024', '4.65% p.a.', '03/02/2025'],
      ['CMA-0042', 'M-1031', '3.85% p.a.', '11/02/2025'],
      ['CMA-0043', 'M-1040', '4.90% p.a.', '20/02/2025'],
    ];
    expect(mapRows('efimis-cma-account', register)).toMatchObject({ 'Interest Rate': 'InterestRate' });
    const field = target('efimis-cma-account').fields.find((f) => f.key === 'InterestRate')!;
    expect(compileFieldCodec(field, {}, []).schema.safeParse('4.65% p.a.').data?.value).toBe('0.0465');
  });
});

describe("a party's company number under headers that say nothing", () => {
  it('is a VAT number with its country, a Polish NIP, a Hungarian tax number, a UEN or an NZBN, where the target has no VAT field', () => {
    for (const v of ['EE100931558', 'IT09382150150', '526-104-83-79', '12847367-2-41', '201623814D', '9429041234563']) expect(LOOKS_LIKE['company-number'](v), v).toBe(true);
    // A NIP whose check digit fails, a phone number, an invoice number.
    for (const v of ['526-104-83-78', '0612345678', 'FV/2024/02/017']) expect(LOOKS_LIKE['company-number'](v), v).toBe(false);
    const parties = [
      ['Veerg1', 'Veerg2', 'Veerg3', 'Veerg4'],
      ['P-0412', 'Ehitus Tamm OÜ', 'EE100931558', 'info@tamm.ee'],
      ['P-0413', 'Mari Kask', '', 'mari.kask@mail.ee'],
      ['P-0414', 'Tallinna Puit AS', 'EE102718397', 'arved@puit.ee'],
      ['P-0415', 'Jaan Lepp', '', 'jaan@lepp.ee'],
      ['P-0416', 'Saare Kala OÜ', 'EE101857262', 'raamatupidamine@kala.ee'],
    ];
    expect(mapRows('efimis-entity', parties)['Veerg3']).toBe('OrganisationNumber');
  });
});

describe("an invoice's balance under headers that say nothing", () => {
  it('is what is left of the amount after tax: never more, the same where nothing is paid', () => {
    const unpaid = [
      ['Colonne A', 'Colonne B', 'Colonne C', 'Colonne D', 'Colonne E', 'Colonne F', 'Colonne G', 'Colonne H'],
      ['FA-2025-0142', '12/02/2025', '2 450,00', '490,00', '2 940,00', '1 000,00', '1 940,00', 'EUR'],
      ['FA-2025-0147', '17/02/2025', '980,00', '196,00', '1 176,00', '0,00', '1 176,00', 'EUR'],
      ['FA-2025-0151', '20/02/2025', '3 600,00', '720,00', '4 320,00', '0,00', '4 320,00', 'EUR'],
      ['FA-2025-0158', '26/02/2025', '615,00', '123,00', '738,00', '300,00', '438,00', 'EUR'],
    ];
    expect(mapRows('efimis-invoice', unpaid)).toMatchObject({ 'Colonne G': 'Balance', 'Colonne F': null });
    expect(proposalFor('efimis-invoice', unpaid, 'Balance', 'fr').said).toContain("« Colonne G » ne dépasse jamais « Colonne E » et l'égale sur certaines lignes : le reste à payer");
    expect(proposalFor('efimis-invoice', unpaid, 'Balance', 'en').said).toContain('"Colonne G" is never more than "Colonne E" and the same on some rows, row by row: what is left to pay');
  });

  it('leads a list of invoices with their numbers, after the rows\' numbers and a printed date', () => {
    const report = [
      ['Texte0', 'Texte1', 'Texte2', 'Texte3', 'Texte4'],
      ['24/11/2026', '1', 'FT 2026/0187', '08/09/2026', '1.250,00'],
      ['24/11/2026', '2', 'FT 2026/0195', '22/09/2026', '980,00'],
      ['24/11/2026', '3', 'FT 2026/0203', '30/09/2026', '3.600,00'],
      ['24/11/2026', '4', 'FT 2026/0211', '14/10/2026', '615,00'],
    ];
    expect(mapRows('efimis-invoice', report)['Texte2']).toBe('InvoiceNumber');
    expect(proposalFor('efimis-invoice', report, 'InvoiceNumber', 'en').said).toContain('"Texte2" is the file\'s first column of codes, all different: the list leads with its records\' numbers');
    // Not a matter's code that comes back on several invoices.
    const matters = report.map((r, k) => (k === 0 ? r : [r[0]!, r[1]!, k % 2 === 0 ? 'PR-2025-044' : 'PR-2026-011', r[3]!, r[4]!]));
    expect(mapRows('efimis-invoice', matters)['Texte2']).not.toBe('InvoiceNumber');
  });

  it('has its exchange rate told by its currency: 1 in the main one, another rate in the others', () => {
    const unpaid = [
      ['Câmp1', 'Câmp2', 'Câmp3', 'Câmp4', 'Câmp5'],
      ['FB-2024-0112', '04/03/2024', 'RON', '1,0000', '14.875,00'],
      ['FB-2024-0117', '08/03/2024', 'EUR', '4,9751', '1.570,00'],
      ['FB-2024-0121', '15/03/2024', 'RON', '1,0000', '5.712,00'],
      ['FB-2024-0125', '22/03/2024', 'EUR', '4,9748', '7.250,00'],
      ['FB-2024-0130', '29/03/2024', 'RON', '1,0000', '499,00'],
    ];
    expect(mapRows('efimis-invoice', unpaid)).toMatchObject({ 'Câmp3': 'Currency', 'Câmp4': 'ExchangeRate' });
    expect(proposalFor('efimis-invoice', unpaid, 'ExchangeRate', 'en').said).toContain('"Câmp4" is 1 on the rows in the file\'s main currency of "Câmp3" and another number on the others: an exchange rate');
  });
});

describe("an invoice's two dates under headers that say nothing", () => {
  it('are its date and its due date, the later one', () => {
    const invoices = [
      ['Spalte1.1', 'Spalte1.2', 'Spalte1.3', 'Spalte1.4'],
      ['RE-2025-0412', '03.02.2025', '05.03.2025', '1.190,00'],
      ['RE-2025-0413', '14.02.2025', '16.03.2025', '452,20'],
      ['RE-2025-0414', '28.02.2025', '30.03.2025', '2.380,00'],
      ['RE-2025-0415', '03.03.2025', '02.04.2025', '714,00'],
    ];
    expect(mapRows('efimis-invoice', invoices)).toMatchObject({ 'Spalte1.2': 'InvoiceDate', 'Spalte1.3': 'DueDate' });
    expect(proposalFor('efimis-invoice', invoices, 'DueDate', 'en').said).toContain('the dates of "Spalte1.3" come on or after those of "Spalte1.2", row by row: the later date');
  });
});

describe("a contact's landline beside their mobile", () => {
  it("is Upflow's phone, in the words Nordic, German, Dutch and Spanish exports use for it", () => {
    for (const [landline, mobile] of [['Telefon direkt', 'Mobil'], ['Direkte telefon', 'Mobil'], ['Telefoon vast', 'Telefoon mobiel'], ['Teléfono fijo', 'Móvil']] as const) {
      const contacts = [
        ['Firma', 'Name', landline, mobile, 'E-Mail'],
        ['Acme GmbH', 'Anna Keller', '+49 30 1234560', '+49 171 2345678', 'anna@acme.de'],
        ['Beta AG', 'Jonas Weber', '+49 40 9876540', '+49 160 8765432', 'jonas@beta.de'],
        ['Gamma KG', 'Lea Braun', '+49 89 5551230', '+49 152 1112223', 'lea@gamma.de'],
      ];
      expect(mapRows('upflow-contacts', contacts)[landline], landline).toBe('phone');
    }
  });
});

describe("a bank's ways of paying", () => {
  it('are read in the words and codes banks across Europe write them', () => {
    const written = [
      'BONIFICO A VOSTRO FAVORE', 'Accredito incassi POS', 'Accredito SDD', 'VERSAMENTO ASSEGNI',
      'PRZELEW PRZYCHODZĄCY', 'BLIK', 'Příjem převodem uvnitř banky', 'Bezhotovostní příjem', 'kartou', 'hotově',
      'TILISIIRTO', 'PIKASIIRTO', 'Havale/EFT', 'Çek', 'SWIFT', 'Virman', 'Kartica', 'Domiciliëring', 'Instantoverschrijving',
      'Straksoverførsel', 'Overføring innland', 'MobilePay', 'dankort', 'vipps', 'Nequi', 'FPX',
      'FPI', 'BGC', 'BAC', 'CHP', 'TFR', 'โอนเงิน', 'พร้อมเพย์',
    ];
    for (const v of written) expect(LOOKS_LIKE['payment-method'](v), v).toBe(true);
    for (const v of ['Indbetaling', 'Příchozí úhrada', 'Pay Bill Online', 'Bonifico fattura 2024-118 saldo']) expect(LOOKS_LIKE['payment-method'](v), v).toBe(false);
  });

  it("take the words for the way of paying, not the bank's code beside them, and read an Italian statement's money in as the amount", () => {
    const statement = [
      ['Data valuta', 'Entrate', 'Uscite', 'Divisa', 'Cod. causale', 'Causale', 'Descrizione'],
      ['04/11/2024', '1.830,00', '', 'EUR', '48', 'Bonifico a vostro favore', 'BON.DA LANIFICIO VALLE CERVO SPA FT 214/2024'],
      ['05/11/2024', '732,00', '', 'EUR', '48', 'Bonifico istantaneo a vostro favore', 'BON.IST. DA TESSITURA BIELLESE SRL FT 221/2024'],
      ['06/11/2024', '95,00', '', 'EUR', '26', 'Incasso POS', 'POS 40019872'],
      ['07/11/2024', '2.120,00', '', 'EUR', '48', 'Bonifico estero a vostro favore', 'BON.DA MUELLER GMBH RE 2024-77'],
    ];
    expect(mapRows('billing-payments', statement)).toMatchObject({ Causale: 'payToolId', 'Cod. causale': null, Entrate: 'total', Uscite: null });
  });
});

describe("a ledger's customer that no column is named for", () => {
  const clinic = [
    ['Fecha', 'Nº historia', 'Paciente', 'Concepto', 'Nº factura', 'Importe', 'Forma de pago'],
    ['03/02/2025', '2841', 'Lucía Pardo Gil', 'Factura', '2025-0112', '120,00', ''],
    ['03/02/2025', '2841', 'Lucía Pardo Gil', 'Cobro', '', '120,00', 'Tarjeta'],
    ['05/02/2025', '3107', 'Andrés Ruiz Vega', 'Factura', '2025-0118', '85,00', ''],
    ['12/02/2025', '3107', 'Andrés Ruiz Vega', 'Cobro', '', '85,00', 'Efectivo'],
    ['14/02/2025', '3350', 'Marta Sanz Ortiz', 'Factura', '2025-0125', '240,00', ''],
  ];

  it('is the code the rows are grouped by, rather than the names beside it, with the reason', () => {
    expect(mapRows('zencase-client-ledger', clinic)).toMatchObject({ 'Nº historia': 'clientNumber', Paciente: null });
    const match = proposalFor('zencase-client-ledger', clinic, 'clientNumber', 'en');
    expect(match.confidence).toBe('low');
    expect(match.said).toEqual(['no column is named for it, and the same values of "Nº historia" come back on several rows: whom the entries are with']);
  });

  it('is the names when there are no codes, but no code under a header that says nothing', () => {
    const names = clinic.map((row) => row.filter((_, c) => c !== 1));
    expect(mapRows('zencase-client-ledger', names).Paciente).toBe('clientNumber');
    const opaque = [['Column1', 'Column2', 'Column3', 'Column4', 'Column5'], ...clinic.slice(1).map((row) => [row[0]!, row[1]!, row[3]!, row[5]!, row[6]!])];
    expect(mapRows('zencase-client-ledger', opaque).Column2).toBeNull();
  });
});

describe("a spreadsheet's own column names in its language", () => {
  it('say nothing, numbered or lettered, so the values decide', () => {
    for (const h of ['Colonna A', 'Coluna C', 'Kolonne B', 'Kolumna2', 'Sarake D', 'Sloupec 3', 'Oszlop1']) expect(isGenericHeader(headerTokens(h)), h).toBe(true);
    // A database's names for the columns it computed: the function's.
    for (const h of ['CAST', 'COALESCE', 'SUBSTRING', 'CONCATENATION', 'UPPER']) expect(isGenericHeader(headerTokens(h)), h).toBe(true);
    // A family of lettered headers in a word the lexicon does not know is positions too.
    const payments = [
      ['Stulp A', 'Stulp B', 'Stulp C', 'Stulp D'],
      ['03.02.2025', '1.230,00', 'EUR', 'Pavedimas'],
      ['04.02.2025', '615,00', 'EUR', 'Pavedimas'],
      ['06.02.2025', '2.460,00', 'EUR', 'Grynieji'],
      ['07.02.2025', '98,40', 'EUR', 'Pavedimas'],
    ];
    expect(mapRows('billing-payments', payments)).toMatchObject({ 'Stulp A': 'documentDate', 'Stulp B': 'total' });
    const customers = [
      ['', '', '', ''],
      ['Nordvik Bygg AS', '0150', 'Oslo', 'kari@nordvikbygg.no'],
      ['Fjordkraft Handel AS', '5003', 'Bergen', 'ola@fjordkraft-handel.no'],
      ['Trøndelag Trevare AS', '7010', 'Trondheim', 'siri@trevare.no'],
    ];
    // So are the families other tools write: MATLAB's "VarName", an Access report's "Texte", a survey's "RK01_01", Hungarian's letter first,
    // a scraper's "selection1_name".
    for (const family of [['VarName1', 'VarName2', 'VarName3', 'VarName4'], ['Texte0', 'Texte1', 'Texte2', 'Texte3'], ['RK01_01', 'RK01_02', 'RK02_01', 'RK02_02'], ['A oszlop', 'B oszlop', 'C oszlop', 'D oszlop'], ['selection1_name', 'selection2_name', 'selection3_name', 'selection4_name']]) {
      const renamed = [family, ...payments.slice(1)];
      expect.soft(mapRows('billing-payments', renamed), family[0]).toMatchObject({ [family[0]!]: 'documentDate', [family[1]!]: 'total' });
      expect.soft(mapRows('upflow-customers', [family, ...customers.slice(1)]), family[0]).toMatchObject({ [family[1]!]: 'postalCode', [family[2]!]: 'town' });
    }
  });
});

describe('a customer list with a contact\'s first name', () => {
  it('reads the bare "Nom" beside "Prénom" as the contact\'s surname, and takes the company for the customer\'s name', () => {
    const rows = [
      ['Prénom', 'Nom', 'Société', 'Ville'],
      ['Thomas', 'Rigaud', 'Épicerie Fine Les Halles de Provins', 'Provins'],
      ['Anne', 'Peeters', "La Cave d'Ixelles SRL", 'Ixelles'],
      ['Julien', 'Berthelot', 'Maison Berthelot Traiteur', 'Melun'],
      ['Claire', 'Lemaire', 'Comptoir des Rosiers', 'Rosny'],
    ];
    expect(mapRows('zenskar-customers', rows)).toMatchObject({ Société: 'name', Nom: null });
  });
});

describe('a US customer master', () => {
  it('reads "ST" between the city and the ZIP as the state', () => {
    const rows = [['CUST NO', 'NAME', 'CITY', 'ST', 'ZIP'], ['200418', 'MIDWEST PLUMBING SUPPLY INC', 'CHICAGO', 'IL', '60642'], ['200452', 'LAKESHORE LANDSCAPE LLC', 'WINNETKA', 'IL', '60093'], ['200467', 'BADGER TILE CO', 'MILWAUKEE', 'WI', '53204']];
    expect(mapRows('upflow-customers', rows)['ST']).toBe('state');
    expect(mapRows('zenskar-customers', rows)['ST']).toBe('state');
  });
});

describe('a contact\'s phone', () => {
  it('is the office line rather than the mobile, though the field\'s names say only "mobile"', () => {
    for (const [line, mobile] of [['Telefon służbowy', 'Telefon komórkowy'], ['Tél. ligne directe', 'Tél. portable'], ['Telefon geschäftl.', 'Telefon mobil']] as const) {
      const rows = [
        ['Nazwa', line, mobile],
        ['Elmont Sp. z o.o.', '+48 61 852 14 20', '+48 601 222 333'],
        ['Volt Serwis s.c.', '+48 32 455 10 02', '+48 602 111 444'],
        ['Iskra Sp. j.', '+48 22 631 40 55', '+48 603 555 666'],
      ];
      expect(mapRows('upflow-contacts', rows), line).toMatchObject({ [line]: 'phone', [mobile]: null });
    }
  });
});

describe('a table saved from a dBase file', () => {
  it('is read by its fields\' names, without the descriptors LibreOffice writes after them', () => {
    const rows = [
      ['F01,C,6', 'F02,C,40', 'F03,C,60', 'F04,C,20', 'F05,L'],
      ['100412', 'Kafé Linnea AB', 'anna@linnea.se', '08-612 44 10', 'T'],
      ['100418', 'Norrlands Bageri AB', 'per@norrbageri.se', '090-14 22 70', 'F'],
      ['100425', 'Fjällstugan Ekonomi AB', 'eva@fjallstugan.se', '0647-511 00', 'T'],
      ['100431', 'Umeå Bygg & Montage AB', 'info@umeabygg.se', '090-77 12 05', 'F'],
    ];
    // Numbered fields ("F01", "F02") say nothing once their descriptors are off: the values decide.
    expect(mapRows('upflow-contacts', rows)).toMatchObject({ 'F02,C,40': 'customerName', 'F03,C,60': 'email', 'F04,C,20': 'phone' });
  });
});

describe("a German ledger's 'Vorgang'", () => {
  it('is the kind of entry when its values are kinds, compounds said once among them', () => {
    const ledger = [
      ['Mandanten-Nr.', 'Datum', 'Vorgang', 'Rechnungs-Nr.', 'Brutto'],
      ['10412', '03.02.2025', 'Vorschussrechnung', '2025-0112', '1.190,00'],
      ['10412', '17.02.2025', 'Zahlungseingang', '', '1.190,00'],
      ['10433', '05.02.2025', 'Kostenrechnung', '2025-0118', '452,20'],
      ['10433', '06.03.2025', 'Mahngebühr', '', '5,00'],
      ['10451', '12.02.2025', 'Sollstellung', '2025-0125', '2.380,00'],
      ['10451', '14.02.2025', 'Storno', '', '2.380,00'],
    ];
    expect(mapRows('zencase-client-ledger', ledger).Vorgang).toBe('transactionType');
  });
});

describe('the invoice references payers copy into a transfer', () => {
  it("are read by their check digits: Belgium's structured communication and the RF creditor reference", () => {
    for (const v of ['+++090/9337/55493+++', '***090/9337/55493***', 'RF18 5390 0754 7034', 'RF18539007547034']) expect(LOOKS_LIKE['document-number'](v), v).toBe(true);
    for (const v of ['+++090/9337/55494+++', 'RF19 5390 0754 7034', '090/9337/55493']) expect(LOOKS_LIKE['document-number'](v), v).toBe(false);
  });

  it("are the invoice a bank statement's payment is for, under the names banks give them", () => {
    for (const header of ['Communication structurée', 'Gestructureerde mededeling', 'Variabilní symbol', 'KID', 'OCR-referens', 'Référence QR']) {
      const statement = [
        ['Date valeur', 'Montant', 'Devise', header, 'Communication libre'],
        ['03/02/2025', '1.230,00', 'EUR', '240318', 'Facture de janvier'],
        ['04/02/2025', '615,00', 'EUR', '240331', 'Acompte'],
        ['06/02/2025', '2.460,00', 'EUR', '240347', 'Solde'],
      ];
      expect(mapRows('billing-payments', statement)[header], header).toBe('documentId');
    }
  });
});

describe("French abbreviations of an address's kind", () => {
  it("read 'livr.' as the delivery address Zenskar keeps and 'fact.' as the billing one", () => {
    const customers = [
      ['Société', 'CP fact.', 'Ville fact.', 'CP livr.', 'Ville livr.'],
      ['Armor Froid SARL', '22300', 'Lannion', '22700', 'Perros-Guirec'],
      ['Ty Coz Imprimerie', '29200', 'Brest', '29200', 'Brest'],
      ['Breizh Bureautique', '35000', 'Rennes', '35510', 'Cesson-Sévigné'],
    ];
    expect(mapRows('zenskar-customers', customers)).toMatchObject({ 'CP livr.': 'zipCode', 'Ville livr.': 'city', 'CP fact.': null, 'Ville fact.': null });
  });
});

describe("the firm's own people in a customer list", () => {
  const customers = [
    ['No client', 'Nom', 'Courriel', 'Courriel représentant'],
    ['100418', 'Excavation St-Pierre inc.', 'compta@excavation-stpierre.ca', 'l.berube@distributions-monteregie.ca'],
    ['100422', 'Groupe Déneigement Laval', 'factures@deneigement-laval.ca', 'l.berube@distributions-monteregie.ca'],
    ['100437', 'Serres Rivard', 'info@serres-rivard.ca', 'm.gagnon@distributions-monteregie.ca'],
    ['100451', 'Transport Lévesque', 'ap@transport-levesque.ca', 'l.berube@distributions-monteregie.ca'],
  ];

  it("are the addresses that come back across the rows, not each customer's own", () => {
    expect(mapRows('upflow-customers', customers)).toMatchObject({ 'Courriel représentant': 'accountManagerEmail', Courriel: null });
    const match = proposalFor('upflow-customers', customers, 'accountManagerEmail', 'fr');
    expect(match.said).toContain("les mêmes quelques adresses de « Courriel représentant » reviennent d'une ligne à l'autre : les collaborateurs de l'entreprise");
  });
});

describe('amounts with cents', () => {
  it("are no whole numbers: a tenant ledger's 'Payment' column is the credit side, not the payment's number", () => {
    const ledger = [
      ['Date', 'Tenant', 'Type', 'Charge', 'Payment', 'Balance'],
      ['02/01/2025', 'Keisha Monroe', 'Charge', '1,650.00', '', '1,650.00'],
      ['02/03/2025', 'Keisha Monroe', 'Payment', '', '1,650.00', '0.00'],
      ['02/01/2025', 'Dmitri Volkov', 'Charge', '1,575.00', '', '1,575.00'],
      ['02/09/2025', 'Dmitri Volkov', 'Payment', '', '1,500.00', '75.00'],
    ];
    expect(mapRows('zencase-client-ledger', ledger)).toMatchObject({ Charge: 'debitAmount', Payment: 'creditAmount' });
  });
});

describe("a landlord's tenants", () => {
  it('are the customers, in the Nordic, Finnish and Polish words for them too', () => {
    for (const [tenant, number] of [['Leietaker', 'Leietakernr.'], ['Hyresgäst', 'Hyresgästnr'], ['Lejer', 'Lejernr.'], ['Najemca', 'Nr najemcy']] as const) {
      const contacts = [
        [number, tenant, 'Fornavn', 'Etternavn', 'E-post'],
        ['L-1042', 'Fjordkraft Handel AS', 'Ola', 'Berg', 'ola.berg@fjordkraft-handel.no'],
        ['L-1057', 'Nordvik Bygg AS', 'Kari', 'Nordvik', 'kari@nordvikbygg.no'],
        ['L-1063', 'Trøndelag Trevare AS', 'Siri', 'Moen', 'siri.moen@trevare.no'],
      ];
      expect(mapRows('upflow-contacts', contacts), tenant).toMatchObject({ [number]: 'customerId', [tenant]: 'customerName' });
    }
  });
});

describe("an amount's currency unit in its header", () => {
  it("names the amount, not a column of currencies: 'Cargos ($)' is no currency", () => {
    const statement = [
      ['Fecha', 'Descripción', 'Cargos ($)', 'Abonos ($)', 'Saldo ($)'],
      ['03/11/2026', 'TRANSFERENCIA COMERCIAL AUSTRAL', '', '1.785.000', '24.310.450'],
      ['04/11/2026', 'COMISION MANTENCION', '12.500', '', '24.297.950'],
      ['05/11/2026', 'DEPOSITO CHEQUE', '', '640.500', '24.938.450'],
    ];
    expect(mapRows('billing-payments', statement)['Cargos ($)']).toBeNull();
    const billing = registry.get('billing-payments')!.target;
    const currency = billing.fields.find((f) => f.key === 'currencyId')!;
    const names = namesOfTarget(billing).get(currency)!;
    const evidence = (h: string) => columnHeaderEvidence(h, headerTokens(h), null, currency, names).score;
    for (const h of ['Cargos ($)', 'Montant (EUR)', 'Betrag in €']) expect(evidence(h), h).toBe(0);
    expect(evidence('Currency (EUR)')).toBeGreaterThan(0.9);
    const { matches } = matchRows('billing-payments', [['Moneda', 'Importe'], ['EUR', '12,00'], ['USD', '8,50'], ['EUR', '3,10']]);
    expect(matches.find((m) => m.field === 'currencyId')?.column).toBe(0);
  });
});

describe('a Czech or Slovak ledger', () => {
  it("reads 'MD' as the debit side and the variable symbol as the invoice number", () => {
    const ledger = [
      ['Kód partnera', 'Dátum', 'Var. symbol', 'MD', 'Dal'],
      ['P-0412', '03.11.2026', '2026110031', '1 230,00', ''],
      ['P-0412', '17.11.2026', '2026110031', '', '1 230,00'],
      ['P-0433', '05.11.2026', '2026110047', '452,20', ''],
      ['P-0451', '12.11.2026', '2026110052', '2 380,00', ''],
    ];
    expect(mapRows('zencase-client-ledger', ledger)).toMatchObject({ 'Var. symbol': 'invoiceNumber', MD: 'debitAmount', Dal: 'creditAmount' });
  });
});
