import { describe, expect, it } from 'vitest';
import { check, expectQuote, seedText } from '../../../test-support/documents';
import { TargetRegistry } from './registry';

/** Efimis, walked through shared/seeds/003: ImportIds, references, enums, decimals, dates, and the rules the model states. */
const doc = seedText('003_843eefdf7372ce4a.txt');
const registry = TargetRegistry.builtIn();
const efimis = registry.list().filter((e) => e.file.id === 'efimis');

describe('Efimis', () => {
  it('brings the entities of a migration as flat files', () => {
    expect(efimis.map((e) => e.target.id)).toEqual(
      ['entity', 'client', 'matter', 'employee', 'supplier', 'invoice', 'invoice-item', 'work-item', 'disbursement', 'ledger-balance', 'account', 'cma-account'].map((x) => `efimis-${x}`),
    );
  });

  it('every object has an ImportId: required and unique in each file', async () => {
    expectQuote(doc, 'Every object in the model has an ImportId property. This is a string that is used to uniquely identify each item being imported.');
    for (const e of efimis) expect(e.target.fields.find((f) => f.key === 'ImportId'), e.target.id).toMatchObject({ required: true, unique: 'exact' });
    const r = await check('efimis-client', 'ImportId,EntityId\r\nc1,e1\r\nc1,e2\r\n,e3\r\n');
    expect(r.rows).toEqual([['ImportId:duplicate'], ['ImportId:duplicate'], ['ImportId:required']]);
  });

  it('property names are the model\'s, in the document', () => {
    for (const e of efimis) for (const f of e.target.fields) for (const part of (f.jsonPath ?? f.key).split('.').filter((p) => !/^\d+$/.test(p) && p !== 'ImportId')) expectQuote(doc, `| ${part} |`);
  });

  it('references name an ImportId of the migration, or prefix_uniqueid for objects already in Efimis', async () => {
    expectQuote(doc, 'the format prefix_uniqueid should be used, e.g. matter_22635a10c993592cb52c083f346aa950.');
    const r = await check('efimis-account', 'ImportId,Name,ParentAccountId\r\na1,Assets,\r\na2,Bank,a1\r\na3,Cash,a9\r\na4,Legacy,account_22635a10c993592cb52c083f346aa950\r\n');
    expect(r.rows).toEqual([[], [], ['ParentAccountId:unknown-reference'], []]);
  });

  it('enums are read by name or numeric value and written as the numeric value', async () => {
    expectQuote(doc, '| Individual | | 0 | ... | Organisation | | 1 | ... | Group | | 2 |');
    const r = await check('efimis-entity', 'ImportId,EntityType,LastName,OrganisationName\r\ne1,Individual,Chen,\r\ne2,1,,Harbour Pty Ltd\r\ne3,company,,Acme Pty Ltd\r\ne4,Robot,X,\r\n');
    expect(r.rows).toEqual([[], [], [], ['EntityType:not-allowed-value']]);
    expect(r.json('Entities').map((x) => x['EntityType'])).toEqual([0, 1, 1]);
  });

  it('CmaDurationUnit gives Weeks and Months the same value (2): 2 reads as Months, Weeks only by name, the enum written by name', async () => {
    expectQuote(doc, '| Weeks | Weeks | 2 | ... | Months | Months | 2 |');
    const r = await check('efimis-cma-account', 'ImportId,DisplayName,MatterId,AccountType,Balance,InitialInvestment,Duration,DurationUnit\r\nk1,A,matter_1a,0,1,1,6,2\r\nk2,B,matter_1a,0,1,1,6,Weeks\r\nk3,C,matter_1a,0,1,1,3,w\r\n');
    expect(r.rows).toEqual([[], [], []]);
    expect(r.json('CmaAccounts').map((x) => x['DurationUnit'])).toEqual(['Months', 'Weeks', 'Weeks']);
  });

  it('decimals are exact, DateTime and DateTimeOffset keep their forms', async () => {
    expectQuote(doc, '| Balance | | decimal | 200.38 |');
    expectQuote(doc, '| InvoiceDate | | DateTime | 2025-01-12T00:00:00 |');
    const r = await check('efimis-invoice', 'ImportId,InvoiceNumber,MatterId,InvoiceDate,DueDate,ExchangeRate,TotalAmount,TotalTax,Balance\r\ni1,INV-1,matter_1a,12/01/2025,2025-02-11,1,"1 000,10",100.01,1100.11\r\n');
    expect(r.rows).toEqual([['InvoiceDate:ambiguous-date']]);
    const ok = await check('efimis-invoice', 'ImportId,InvoiceNumber,MatterId,InvoiceDate,DueDate,ExchangeRate,TotalAmount,TotalTax,Balance\r\ni1,INV-1,matter_1a,2025-01-12,2025-02-11 14:30,1,"1 000,10",100.01,1100.11\r\n');
    expect(ok.rows).toEqual([[]]);
    expect(ok.json('Invoices')[0]).toMatchObject({ InvoiceDate: '2025-01-12T00:00:00', DueDate: '2025-02-11T14:30:00', TotalAmount: 1000.1, Balance: 1100.11 });
    const json = ok.r.text(ok.r.exportAs({ format: 'json' }).data[0]!);
    expect(json).toContain('"TotalAmount": 1000.10');
    const work = await check('efimis-work-item', 'ImportId,ItemType,EmployeeId,EntryDate,DurationTicks\r\nw1,TimedFee,employee_1a,2025-01-12 09:30,1:30\r\n');
    expect(work.json('WorkItems')[0]).toMatchObject({ EntryDate: '2025-01-12T09:30:00+00:00', DurationTicks: 54000000000 });
  });

  it('an invoice line\'s Amount must equal Units × UnitPrice, exactly', async () => {
    expectQuote(doc, 'Line total in invoice currency, unrounded, exclusive of tax. It must be equal to Units * UnitPrice');
    const r = await check('efimis-invoice-item', 'ImportId,InvoiceId,Type,Date,Units,UnitPrice,Amount,Tax\r\nl1,invoice_1a,Fees,2025-01-12,1.5,333.33,499.995,0\r\nl2,invoice_1a,Fees,2025-01-12,1.5,333.33,500.00,0\r\n');
    expect(r.rows).toEqual([[], ['Amount:product-mismatch']]);
  });

  it('a disbursement\'s SupplierId is required only for Anticipated and Incurred disbursements', async () => {
    expectQuote(doc, 'The supplier this disbursement is to be paid to. Only required for Anticipated and Incurred disbursements');
    const base = 'ImportId,Type,Date,MatterId,BillingTax,Amount,Tax,ClientBalanceAmount,ClientBalanceTax,SupplierBalanceAmount,SupplierBalanceTax,SupplierId';
    const r = await check('efimis-disbursement', `${base}\r\nd1,CostRecovery,2025-01-12,matter_1a,0,10,1,10,1,0,0,\r\nd2,Incurred,2025-01-12,matter_1a,0,10,1,10,1,0,0,\r\nd3,1,2025-01-12,matter_1a,0,10,1,10,1,0,0,supplier_9b\r\n`);
    expect(r.rows).toEqual([[], ['SupplierId:required-if'], []]);
  });

  it('an entity\'s addresses and numbers nest in JSON as the model\'s lists', async () => {
    expectQuote(doc, '| Addresses | | IList<Address> | | ... | Numbers | Phone/Fax and other numbers | IList<Number> | |');
    const r = await check('efimis-entity', 'ImportId,EntityType,OrganisationName,Addresses[0].Street,Addresses[0].AddressType,Numbers[0].Type,Numbers[0].Value\r\ne1,Organisation,Harbour Pty Ltd,1 George St,Street,Work,+61 2 9000 0000\r\n');
    expect(r.json('Entities')[0]).toMatchObject({ Addresses: [{ Street: '1 George St', AddressType: 2 }], Numbers: [{ Type: 2, Value: '+61 2 9000 0000' }] });
  });
});
