import { describe, expect, it } from 'vitest';
import { check, expectQuote, seedText } from '../../../test-support/documents';
import { TargetRegistry } from './registry';

/** ZenCase — Client Ledger, walked rule by rule through shared/seeds/000 (each test quotes the rule it checks). */
const doc = seedText('000_6528eeb7b8fa2c56.txt');
const target = TargetRegistry.builtIn().get('zencase-client-ledger')!.target;
const HEADER = 'Client Number,Transaction Type,Invoice Number,Payment Number,Payment Method,Amount,Transaction Date,Note';
const ledger = (...rows: string[]) => check('zencase-client-ledger', [HEADER, ...rows].join('\r\n'));

describe('ZenCase client ledger', () => {
  it('writes the documented fields with their exact names, in the documented order', async () => {
    expectQuote(doc, 'Fields that can be imported in this specific order');
    for (const name of HEADER.split(',')) expectQuote(doc, name);
    expect((await ledger('C-1,Debit,1,,,10,01/13/2024,')).csv.split('\r\n')[0]).toBe(HEADER);
  });

  it('Client Number: required, number or string (kept as written), not unique per ledger row', async () => {
    expectQuote(doc, 'Client Number ... number or string ... Required');
    const r = await ledger(',Debit,1,,,10,01/13/2024,', '007,Debit,2,,,10,01/13/2024,', '007,Credit,,3,,10,01/13/2024,');
    expect(r.rows).toEqual([['clientNumber:required'], [], []]);
    expect(r.csv.split('\r\n')[1]!.startsWith('007,Debit,2,')).toBe(true);
  });

  it('Transaction Type: Debit or Credit; invoices are Debit, payments are Credit', async () => {
    expectQuote(doc, 'Options: Debit, Credit. Invoices are "Debit". Payments are "Credit".');
    const r = await ledger('C-1,debit,1,,,10,01/13/2024,', 'C-1,Invoice,2,,,10,01/13/2024,', 'C-1,Payment,,3,,10,01/13/2024,', 'C-1,CR,,4,,10,01/13/2024,', 'C-1,Transfer,5,,,10,01/13/2024,');
    expect(r.rows).toEqual([[], [], [], [], ['transactionType:not-allowed-value']]);
    expect(r.csv.split('\r\n').slice(1, 5).map((l) => l.split(',')[1])).toEqual(['Debit', 'Debit', 'Credit', 'Credit']);
  });

  it('Invoice Number and Payment Number: integers, unique (each duplicate reported with the other lines)', async () => {
    expectQuote(doc, 'Must be an integer and unique. These are defined in Invoices table');
    expectQuote(doc, 'Must be an integer and unique. These are defined in Payments table');
    const r = await ledger('C-1,Debit,INV-7,,,10,01/13/2024,', 'C-1,Debit,12.5,,,10,01/13/2024,', 'C-1,Debit,100,,,10,01/13/2024,', 'C-2,Debit,100,,,10,01/13/2024,', 'C-1,Credit,,9,,10,01/13/2024,', 'C-1,Credit,,09,,10,01/13/2024,');
    expect(r.rows).toEqual([
      ['invoiceNumber:not-an-integer'],
      ['invoiceNumber:not-whole'],
      ['invoiceNumber:duplicate'],
      ['invoiceNumber:duplicate'],
      ['paymentNumber:duplicate'],
      ['paymentNumber:duplicate', 'paymentNumber:leading-zeros-removed'],
    ]);
    const dup = r.r.session.rows(2, 1, { kind: 'all' });
    expect(dup.ok && dup.value.rows[0]!.issues[0]!.params).toEqual({ lines: [5] });
  });

  it('Invoice or Payment number is required: one must exist for each entry', async () => {
    expectQuote(doc, 'Note: Invoice or Payment number is required. One must exist for each entry.');
    const r = await ledger('C-1,Debit,,,,10,01/13/2024,', 'C-1,Debit,,5,,10,01/13/2024,');
    expect(r.rows).toEqual([['invoiceNumber:require-one-of', 'invoiceNumber:required-if'], ['invoiceNumber:required-if']]);
  });

  it('Amount: greater than or equal to zero; a sign that disagrees with the type is an error, never dropped', async () => {
    expectQuote(doc, 'Must be greater than or equal to zero.');
    const r = await ledger('C-1,Debit,1,,,0,01/13/2024,', 'C-1,Debit,2,,,-10,01/13/2024,', 'C-1,Credit,,3,,-10,01/13/2024,', 'C-1,Debit,4,,,10.0055,01/13/2024,');
    expect(r.rows).toEqual([[], ['amount:below-minimum'], [], ['amount:too-many-decimals']]);
    expect(r.csv.split('\r\n')[2]).toBe('C-1,Credit,,3,,10.00,01/13/2024,');
  });

  it('Transaction Date: written MM/DD/YYYY (one of the four documented formats), read from any common form', async () => {
    expectQuote(doc, 'Format: MM-DD-YYYY or MM-DD-YY or MM/DD/YYYY or MM/DD/YY.');
    expectQuote(doc, 'Example: 05-01-2020 or 05/01/20 for May 1, 2020.');
    const r = await ledger('C-1,Debit,1,,,10,2020-05-01,', 'C-1,Debit,2,,,10,05/13/20,', 'C-1,Debit,3,,,10,1 May 2020,', 'C-1,Debit,4,,,10,2020-02-30,');
    expect(r.rows).toEqual([[], [], [], ['transactionDate:impossible-date']]);
    expect(r.csv.split('\r\n').slice(1, 4).map((l) => l.split(',')[6])).toEqual(['05/01/2020', '05/13/2020', '05/01/2020']);
    expect(target.fields.find((f) => f.key === 'transactionDate')!.type).toMatchObject({ output: 'MM/DD/YYYY' });
  });

  it('a ledger with only signed amounts gets its type from the sign (shown on the row), and a non-negative amount', async () => {
    const r = await check('zencase-client-ledger', 'Client Number,Invoice Number,Payment Number,Amount\r\nC-1,1,,250\r\nC-1,,2,(250.00)\r\n');
    expect(r.rows).toEqual([[], []]);
    expect(r.csv.split('\r\n').slice(1, 3)).toEqual(['C-1,Debit,1,,,250.00,,', 'C-1,Credit,,2,,250.00,,']);
    const info = r.r.session.rows(1, 1, { kind: 'all' });
    expect(info.ok && info.value.rows[0]!.issues.map((i) => [i.code, i.severity])).toEqual([['derived-from-sign', 'info']]);
  });

  it('a type that was written but not understood is not replaced by the sign', async () => {
    const r = await ledger('C-1,Journal Entry,1,,,-75,01/13/2024,');
    expect(r.rows).toEqual([['transactionType:not-allowed-value', 'amount:below-minimum']]);
    const w = r.r.session.rows(0, 1, { kind: 'all' });
    expect(w.ok && w.value.rows[0]!.issues.some((i) => i.code === 'derived-from-sign')).toBe(false);
  });

  it('a ledger with Debit and Credit columns becomes Amount and Transaction Type', async () => {
    const r = await check('zencase-client-ledger', 'Client,Invoice No,Payment No,Debit,Credit\r\nC-1,1,,"1,000.00",\r\nC-1,,2,,400\r\nC-1,3,,5,5\r\n');
    expect(r.rows).toEqual([[], [], ['transactionType:required', 'amount:split-amount-conflict']]);
    expect(r.csv.split('\r\n').slice(1, 3)).toEqual(['C-1,Debit,1,,,1000.00,,', 'C-1,Credit,,2,,400.00,,']);
  });

  it('Debit and Credit columns beside a type column keep their amounts, and the side wins over a type that disagrees, visibly', async () => {
    const r = await check('zencase-client-ledger', 'Client,Type,Invoice No,Payment No,Debit,Credit\r\nC-1,Invoice,1,,100,\r\nC-1,Refund,,2,10,\r\nC-1,Payment,,3,,50\r\n');
    expect(r.rows).toEqual([[], ['transactionType:split-type-conflict', 'invoiceNumber:required-if'], []]);
    expect(r.csv.split('\r\n').slice(1, 4)).toEqual(['C-1,Debit,1,,,100.00,,', 'C-1,Debit,,2,,10.00,,', 'C-1,Credit,,3,,50.00,,']);
  });

  it('All Importers are limited to 100,000 records per CSV file', () => {
    expectQuote(doc, 'All Importers are limited to 100,000 records per CSV file.');
    expect(target.csv.maxRecordsPerFile).toBe(100_000);
  });
});
