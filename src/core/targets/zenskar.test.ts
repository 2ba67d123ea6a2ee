import { describe, expect, it } from 'vitest';
import { check, expectQuote, seedText } from '../../../test-support/documents';
import { TargetRegistry } from './registry';

/** Zenskar — Customers, walked through shared/seeds/002. The document lists the form, not a CSV header. */
const doc = seedText('002_a21ad14a983585b6.txt');
const target = TargetRegistry.builtIn().get('zenskar-customers')!.target;
const HEADER = target.fields.map((f) => f.label).join(',');
const row = (values: Record<string, string>) => target.fields.map((f) => (values[f.key] ?? '').includes(',') ? `"${values[f.key]!.replace(/"/g, '""')}"` : (values[f.key] ?? '')).join(',');
const customers = (...rows: Record<string, string>[]) => check('zenskar-customers', [HEADER, ...rows.map(row)].join('\r\n'));

describe('Zenskar customers', () => {
  it('derives its columns from the Add Customer form, in the form\'s order', () => {
    expectQuote(doc, 'Customer information FieldDescriptionNameFull name of the customerCustomer IDUnique ID assigned to the customer');
    expectQuote(doc, 'You must fill in the complete address, zip code, city, state, country, and phone number.');
    expectQuote(doc, 'Business entity ... Auto charge invoices ... Email communications ... Custom data');
    expect(HEADER).toBe('Name,Customer ID,Email,Address,Zip code,City,State,Country,Phone number,Business entity,IND (GST),USA (VAT),AUS (GST),EU (VAT),SG (VAT),FR (VAT),Custom data,Auto charge invoices,Email communications');
  });

  it('Name is required; Customer ID is unique; Email is an e-mail address', async () => {
    expectQuote(doc, 'NameFull name of the customer');
    const r = await customers({ name: 'Acme', customerId: 'A1', email: 'ap@acme.example' }, { customerId: 'A2' }, { name: 'Beta', customerId: 'a1', email: 'nope' });
    expect(r.rows).toEqual([['customerId:duplicate'], ['name:required'], ['customerId:duplicate', 'email:not-an-email']]);
  });

  it('a shipping address is complete: address, zip code, city, state, country and phone, or none of them', async () => {
    expectQuote(doc, 'You must fill in the complete address, zip code, city, state, country, and phone number.');
    const full = { name: 'A', address: '1 Market St', zipCode: '94105', city: 'San Francisco', state: 'CA', country: 'United States', phone: '+1 415 555 0100' };
    const r = await customers(full, { name: 'B' }, { name: 'C', address: '2 Main St', city: 'Austin' });
    expect(r.rows).toEqual([[], [], ['zipCode:all-or-none']]);
    expect(r.csv.split('\r\n')[1]).toBe('A,,,1 Market St,94105,San Francisco,CA,US,+1 415 555 0100,,,,,,,,,,');
  });

  it('tax IDs per jurisdiction, each checked with its own rule', async () => {
    expectQuote(doc, 'IndiaIND (GST)USAUSA (VAT)AustraliaAUS (GST)European UnionEU (VAT)SingaporeSG (VAT)FranceFR (VAT)');
    const good = { name: 'A', gstIndia: '27AAPFU0939F1ZV', vatUsa: '12-3456789', gstAustralia: '51 824 753 556', vatEu: 'DE129273398', gstSingapore: 'M90312345A', vatFrance: 'FR27552120222' };
    const bad = { name: 'B', gstIndia: '27AAPFU0939F1ZW', vatUsa: '07-3456789', gstAustralia: '51824753557', vatEu: 'DE129273399', gstSingapore: 'ABC', vatFrance: 'FR00552120222' };
    const r = await customers(good, bad);
    expect(r.rows[0]).toEqual([]);
    expect(r.rows[1]).toEqual(['gstIndia:tax-id-checksum', 'vatUsa:invalid-tax-id', 'gstAustralia:tax-id-checksum', 'vatEu:tax-id-checksum', 'gstSingapore:invalid-tax-id', 'vatFrance:tax-id-checksum']);
    expect(r.csv.split('\r\n')[1]!.split(',').slice(10, 16)).toEqual(['27AAPFU0939F1ZV', '12-3456789', '51824753556', 'DE129273398', 'M90312345A', 'FR27552120222']);
  });

  it('custom data is a JSON object, written as given', async () => {
    expectQuote(doc, 'You can add custom JSON data.');
    const r = await customers({ name: 'A', customData: '{"exempt_tax":true}' }, { name: 'B', customData: '["a"]' }, { name: 'C', customData: '{oops' });
    expect(r.rows).toEqual([[], ['customData:json-not-object'], ['customData:not-json']]);
    expect(r.csv.split('\r\n')[1]).toContain('"{""exempt_tax"":true}"');
  });

  it('auto-charge and email communications are yes/no settings written true/false', async () => {
    expectQuote(doc, 'Auto charge invoices ... Email communications');
    const r = await customers({ name: 'A', autoCharge: 'yes', emailCommunications: 'non' }, { name: 'B', autoCharge: 'maybe' });
    expect(r.rows).toEqual([[], ['autoCharge:not-a-boolean']]);
    expect(r.csv.split('\r\n')[1]!.split(',').slice(-2)).toEqual(['true', 'false']);
  });
});
