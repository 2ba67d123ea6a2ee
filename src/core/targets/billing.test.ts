import { describe, expect, it } from 'vitest';
import { check, expectQuote, seedText } from '../../../test-support/documents';
import { TargetRegistry } from './registry';

/** Billing — Payments, walked through shared/seeds/004. */
const doc = seedText('004_33e88cda155f2e82.txt');
const NINE = 'PaymentID,PayToolID,CurrencyID,Total,Status,DocType,DocumentID,AccountID,PaymentNote';
const ELEVEN = `${NINE},DocumentDate,ReferenceNumber`;
const payments = (header: string, ...rows: string[]) => check('billing-payments', [header, ...rows].join('\r\n'));

describe('Billing payments', () => {
  it('the first line has the nine (or eleven) parameter names, in order', async () => {
    expectQuote(doc, 'This line has nine or 11 parameters separated by commas or semicolons');
    expectQuote(doc, 'All the nine (or 11) parameters must be in the first line of the CSV file.');
    for (const p of ELEVEN.split(',')) expectQuote(doc, p);
    expect((await payments(NINE, ',3,EUR,10,Open,,,100,')).csv.split('\r\n')[0]).toBe(NINE);
    expect((await payments(ELEVEN, ',3,EUR,10,Open,,,100,,2024-05-02,TRX-1')).csv.split('\r\n')[0]).toBe(ELEVEN);
  });

  it('commas or semicolons, one per file, every separator in place even for empty values', async () => {
    expectQuote(doc, 'values are separated by commas or semicolons (the same separator that is used in the first line of the file). All separators must be in place, also for empty values');
    const r = await payments(NINE, ',3,EUR,10,Open,,,100,');
    expect(r.r.text(r.r.exportAs({ delimiter: ';' }).data[0]!)).toBe(`${NINE.replace(/,/g, ';')}\r\n;3;EUR;10;Open;;;100;\r\n`);
    expect(r.csv.split('\r\n')[1]!.split(',')).toHaveLength(9);
  });

  it('a DocumentDate column of Unix timestamps is read as such (as an API dump writes it), and shown on each row', async () => {
    const r = await payments(ELEVEN, ',3,EUR,10,Open,,,100,,1770023647,TRX-1', ',3,EUR,12,Open,,,100,,1770192139,TRX-2', ',3,EUR,14,Open,,,100,,1770139360,TRX-3');
    // The time of day is dropped, visibly: DocumentDate is a date.
    expect(r.rows).toEqual([['documentDate:time-not-allowed'], ['documentDate:time-not-allowed'], ['documentDate:time-not-allowed']]);
    expect(r.csv.split('\r\n').slice(1, 4).map((l) => l.split(',')[9])).toEqual(['2026-02-02', '2026-02-04', '2026-02-03']);
  });

  it('Status is Open or Hold only', async () => {
    expectQuote(doc, 'The parameter value can be only Open and Hold. Payments having other statuses are not allowed for import.');
    const r = await payments(NINE, ',3,EUR,10,open,,,100,', ',3,EUR,10,On hold,,,100,', ',3,EUR,10,Paid,,,100,');
    expect(r.rows).toEqual([[], [], ['status:not-allowed-value']]);
  });

  it('DocType is Order or Invoice, only together with DocumentID; either that pair or AccountID is mandatory', async () => {
    expectQuote(doc, 'The values can be Order or Invoice. This parameter is used only together with DocumentID.');
    expectQuote(doc, 'Either both DocType and DocumentID parameters or AccountID are to be specified mandatory.');
    const r = await payments(NINE, ',3,EUR,10,Open,Invoice,INV-1,,', ',3,EUR,10,Open,Invoice,,,', ',3,EUR,10,Open,,,,', ',3,EUR,10,Open,Quote,Q-1,,', ',3,EUR,10,Open,Order,SO-1,100,');
    expect(r.rows).toEqual([[], ['docType:require-one-of', 'documentId:all-or-none'], ['docType:require-one-of'], ['docType:not-allowed-value'], []]);
  });

  it('AccountID is the numerical ID of an account', async () => {
    expectQuote(doc, 'Numerical ID of account the payment will be attached.');
    const r = await payments(NINE, ',3,EUR,10,Open,,,ACC-1,');
    expect(r.rows).toEqual([['accountId:not-an-integer']]);
  });

  it('Total uses "." for decimals; CurrencyID is an alphabetical ISO code', async () => {
    expectQuote(doc, 'Use the period sign, "." to separate the decimal part of the sum.');
    expectQuote(doc, 'Alphabetical ID of the currency used for the payment.');
    const r = await payments(NINE, ',3,eur,"1 250,50",Open,,,100,', ',3,$,10,Open,,,100,', ',3,EURO,10,Open,,,100,');
    expect(r.rows).toEqual([[], ['currencyId:ambiguous-currency'], []]);
    expect(r.csv.split('\r\n')[1]).toBe(',3,EUR,1250.50,Open,,,100,');
  });

  it('DocumentDate is YYYY-MM-DD, only together with ReferenceNumber (and the reverse)', async () => {
    expectQuote(doc, 'This parameter is optional and used only together with ReferenceNumber. This parameter must be formatted as YYYY-MM-DD.');
    expectQuote(doc, 'This parameter is optional and used only together with DocumentDate.');
    const r = await payments(ELEVEN, ',3,EUR,10,Open,,,100,,2 May 2024,TRX-1', ',3,EUR,10,Open,,,100,,2024-05-03,', ',3,EUR,10,Open,,,100,,,TRX-2');
    expect(r.rows).toEqual([[], ['referenceNumber:all-or-none'], ['documentDate:all-or-none']]);
    expect(r.csv.split('\r\n')[1]).toBe(',3,EUR,10,Open,,,100,,2024-05-02,TRX-1');
  });

  it('writes 9 parameters when no row uses DocumentDate and ReferenceNumber', () => {
    const sets = TargetRegistry.builtIn().get('billing-payments')!.target.csv.columnSets!;
    expect(sets.map((s) => s.length)).toEqual([9, 11]);
  });
});
