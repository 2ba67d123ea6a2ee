import { describe, expect, it } from 'vitest';
import { check, expectQuote, seedText } from '../../../test-support/documents';
import { TargetRegistry } from './registry';

/** Upflow — Customers and Contacts, walked through shared/seeds/001. */
const doc = seedText('001_7aaef3be2042fd23.txt');
const registry = TargetRegistry.builtIn();
const CUSTOMERS = "Customer ID,Customer name,Customer accounting code,VAT number,Address,Postal code,Town,State / Region,Country,Email of the Account Manager,Workflow's name,Default payment period,Group name,Group ID";
const CONTACTS = 'Customer ID,Customer name,Contact email,Contact first name,Contact Name,Contact phone,Contact reference,Contact Position,Main contact';
const customers = (...rows: string[]) => check('upflow-customers', [CUSTOMERS, ...rows].join('\r\n'));
const contacts = (...rows: string[]) => check('upflow-contacts', [CONTACTS, ...rows].join('\r\n'));

describe('Upflow customers', () => {
  it('has the documented columns, in order', () => {
    const labels = registry.get('upflow-customers')!.target.fields.map((f) => f.label);
    expect(labels.join(',')).toBe(CUSTOMERS);
    for (const l of labels) expectQuote(doc, l);
  });

  it('Customer name is required; Customer ID uniquely identifies each customer', async () => {
    expectQuote(doc, 'Customer name (required): the name of the customer.');
    expectQuote(doc, 'this reference must uniquely identify each of your customers');
    const r = await customers('C1,Acme,,,,,,,,,,,,', 'C2,,,,,,,,,,,,,', 'c1,Beta,,,,,,,,,,,,');
    expect(r.rows).toEqual([['customerId:duplicate'], ['customerName:required'], ['customerId:duplicate']]);
  });

  it('without a Customer ID the name identifies the customer, so it must not repeat', async () => {
    expectQuote(doc, 'If you do not specify a Customer ID, the field is used to uniquely identify the customer');
    const r = await customers(',Acme,,,,,,,,,,,,', ',ACME ,,,,,,,,,,,,', 'C9,Acme,,,,,,,,,,,,');
    expect(r.rows).toEqual([['customerName:ambiguous-identity'], ['customerName:ambiguous-identity'], []]);
  });

  it('Default payment period: a number of days (eg 30)', async () => {
    expectQuote(doc, 'Default payment period: this data must correspond to a number (eg 30 for a period of 30 days).');
    const r = await customers('C1,A,,,,,,,,,,30,,', 'C2,B,,,,,,,,,,Net 45,,', 'C3,C,,,,,,,,,,60 jours,,', 'C4,D,,,,,,,,,,soon,,');
    expect(r.rows).toEqual([[], [], [], ['defaultPaymentPeriod:not-days']]);
    expect(r.csv.split('\r\n').slice(1, 4).map((l) => l.split(',')[11])).toEqual(['30', '45', '60']);
  });

  it('Email of the Account Manager is an e-mail address; Country is written as ISO alpha-2', async () => {
    expectQuote(doc, 'Email of the Account Manager');
    const r = await customers('C1,A,,,,,,,France,ana@upflow.example,,,,', 'C2,B,,,,,,,Deutschland,ana,,,,');
    expect(r.rows).toEqual([[], ['accountManagerEmail:not-an-email']]);
    expect(r.csv.split('\r\n')[1]!.split(',')[8]).toBe('FR');
  });

  it('groups and subsidiaries: a Group ID names a customer of the same file', async () => {
    expectQuote(doc, 'For subsidiaries, complete the following columns: Group name (= Customer name) and Group ID if applicable');
    const r = await customers('G1,Groupe Alpha,,,,,,,,,,,,', 'S1,Alpha Paris,,,,,,,,,,,Groupe Alpha,G1', 'S2,Alpha Lyon,,,,,,,,,,,Groupe Alpha,G7');
    expect(r.rows).toEqual([[], [], ['groupId:unknown-reference']]);
  });

  it('keeps postal codes as written and checks VAT numbers without rejecting unverifiable ones', async () => {
    const r = await customers('C1,A,,FR27552120222,,01000,,,,,,,,', 'C2,B,,XX123,,02134,,,,,,,,');
    expect(r.rows).toEqual([[], ['vatNumber:invalid-tax-id']]);
    expect(r.csv.split('\r\n').slice(1, 3).map((l) => l.split(',')[5])).toEqual(['01000', '02134']);
  });

  it('writes a separator Upflow detects: comma, semicolon or vertical bar, each line with every column', async () => {
    expectQuote(doc, 'the authorized separators are ";" (semicolon), "," (comma) and "|" (vertical bar). The separator will be automatically detected. Each line must contain the same number of separators.');
    const r = await customers('C1,"A, B",,,,,,,,,,,,');
    expect(registry.get('upflow-customers')!.target.csv.delimiters).toEqual([',', ';', '|']);
    const semi = r.r.exportAs({ delimiter: ';' });
    expect(r.r.text(semi.data[0]!).split('\r\n')[1]).toBe('C1;A, B;;;;;;;;;;;;');
    expect(r.csv.split('\r\n')[1]).toBe('C1,"A, B",,,,,,,,,,,,');
  });
});

describe('Upflow contacts', () => {
  it('has the documented contact columns, plus the customer\'s name and ID', () => {
    const labels = registry.get('upflow-contacts')!.target.fields.map((f) => f.label);
    expect(labels.join(',')).toBe(CONTACTS);
    for (const l of labels) expectQuote(doc, l);
  });

  it('Contact email is required and uniquely identifies a contact', async () => {
    expectQuote(doc, 'A contact must have an email filled in to be able to be imported');
    expectQuote(doc, 'Contact email (required): this email must uniquely identify a contact in Upflow');
    const r = await contacts(',Acme,a@acme.example,,,,,,', ',Acme,,,,,,,', ',Acme,A@ACME.example,,,,,,');
    expect(r.rows).toEqual([['email:duplicate'], ['email:required'], ['email:duplicate']]);
  });

  it('each contact line names the company and/or the Customer ID', async () => {
    expectQuote(doc, 'For each line of contact, you must specify at least the Name of the company and/or the Client ID if applicable.');
    const r = await contacts(',,a@x.example,,,,,,', 'C1,,b@x.example,,,,,,', ',Acme,c@x.example,,,,,,');
    expect(r.rows).toEqual([['customerName:require-one-of'], [], []]);
  });

  it('Contact Position is ACCOUNTING, SALES, PURCHASER or PAYER (synonyms in English and French read)', async () => {
    expectQuote(doc, 'This can be: ACCOUNTING, SALES, PURCHASER (buyer) or PAYER.');
    const r = await contacts(',A,a@x.example,,,,,accounting,', ',A,b@x.example,,,,,Acheteur,', ',A,c@x.example,,,,,buyer,', ',A,d@x.example,,,,,CEO,');
    expect(r.rows).toEqual([[], [], [], ['position:not-allowed-value']]);
    expect(r.csv.split('\r\n').slice(1, 4).map((l) => l.split(',')[7])).toEqual(['ACCOUNTING', 'PURCHASER', 'PURCHASER']);
  });

  it('Main contact is marked "1"; several main contacts for one customer are flagged (the last one wins)', async () => {
    expectQuote(doc, 'you can specify which is the default contact by entering "1" in this column. If several contacts of the same customer are imported as Main Contact, the last contact imported will be considered as the main contact');
    const r = await contacts(',Acme,a@x.example,,,,,,yes', ',Acme,b@x.example,,,,,,oui', ',Beta,c@x.example,,,,,,no', ',Beta,d@x.example,,,,,,1');
    expect(r.rows).toEqual([['mainContact:one-per-group'], ['mainContact:one-per-group'], [], []]);
    expect(r.csv.split('\r\n').slice(1, 5).map((l) => l.split(',')[8])).toEqual(['1', '1', '', '1']);
  });
});
