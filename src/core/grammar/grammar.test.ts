import { describe, expect, it } from 'vitest';
import { readBoolean } from './boolean';
import { countryCode, formatCountry } from './country';
import { readCurrency } from './currency';
import { formatDate, inferDateOrder, parseDate, readDate } from './date';
import { readEmail } from './email';
import { compileEnum, formatEnum, readEnum } from './enum';
import { durationSeconds, formatDuration, readDays, readJson } from './misc';
import { formatDecimal, parseNumber, readDecimal, readInteger } from './number';
import { readPhone } from './phone';
import { abnIsValid, gstinCheckChar, readTaxId } from './tax-id';
import { compilePattern, readText } from './text';
import type { Read } from './types';

const value = (r: Read) => (r.ok ? r.value : `!${r.issue.code}`);

describe('decimal and money', () => {
  it.each([
    ['$1,234.50', '1234.50'],
    ['1 234,56', '1234.56'],
    ['1\u00a0234,56', '1234.56'],
    ['1\u202f234,56', '1234.56'],
    ['1.234,56', '1234.56'],
    ["1'234.50", '1234.50'],
    ['(250.00)', '-250.00'],
    ['-250', '-250'],
    ['250-', '-250'],
    ['−75.5', '-75.5'],
    ['EUR 12', '12'],
    ['12 €', '12'],
    ['12 CHF', '12'],
    ['USD -3.10', '-3.10'],
    ['RD$ 86,400.00', '86400.00'],
    ['S/ 1,250.50', '1250.50'],
    ['S/. 120.00', '120.00'],
    ['Bs. 1.200,00', '1200.00'],
    ['MX$1,200.00', '1200.00'],
    ['-$12', '-12'],
    ['$ (12.00)', '-12.00'],
    ['250.00 CR', '-250.00'],
    ['250.00 DR', '250.00'],
    ['.5', '0.5'],
    ['5.', '5'],
    ['0.123', '0.123'],
    ['12,34,567.00', '1234567.00'],
    ['0', '0'],
    ['-0.00', '0.00'],
  ])('reads %s as %s', (raw, expected) => expect(value(readDecimal(raw, {}, undefined))).toBe(expected));

  it.each([
    ['abc', 'not-a-number'],
    ['', 'not-a-number'],
    ['12.5x', 'not-a-number'],
    ['1,2,3', 'not-a-number'],
    ['1.23E+11', 'scientific-notation'],
    ['1,234', 'ambiguous-decimal'],
    ['1.234', 'ambiguous-decimal'],
    ['1.234.567,8.9', 'not-a-number'],
    ['INV-2291', 'not-a-number'],
    ['PMT-0412', 'not-a-number'],
    ['EUR-12', 'not-a-number'],
    ['ABC 12', 'not-a-number'],
    ['12 XYZ', 'not-a-number'],
  ])('refuses %s (%s)', (raw, code) => expect(value(readDecimal(raw, {}, undefined))).toBe(`!${code}`));

  it.each([
    ['4.65%', '0.0465'],
    ['4,65 % p.a.', '0.0465'],
    ['3.5% per annum', '0.035'],
    ['5%', '0.05'],
    ['-1.5%', '-0.015'],
    ['0.0465', '0.0465'],
  ])('reads the rate %s as the fraction %s where the field holds one', (raw, expected) => expect(value(readDecimal(raw, { percent: 'fraction' }, undefined))).toBe(expected));
  it('refuses a percentage for a field that holds no fraction: 4.65% is no amount', () => expect(value(readDecimal('4.65%', {}, undefined))).toBe('!not-a-number'));

  it('reads an ambiguous value with the column separator, never guessing', () => {
    expect(value(readDecimal('1,234', {}, ','))).toBe('1.234');
    expect(value(readDecimal('1,234', {}, '.'))).toBe('1234');
    expect(value(readDecimal('1.234', {}, ','))).toBe('1234');
  });

  it('checks range and scale with decimal arithmetic, never floats', () => {
    expect(value(readDecimal('-0.01', { min: '0' }, undefined))).toBe('!below-minimum');
    expect(value(readDecimal('0.30000000000000004', { maxScale: 2 }, undefined))).toBe('!too-many-decimals');
    expect(value(readDecimal('12.5000', { maxScale: 2 }, undefined))).toBe('12.5000');
    expect(value(readDecimal('99999999999999999999.99', { max: '99999999999999999999.98' }, undefined))).toBe('!above-maximum');
  });

  it('writes a fixed scale by padding, never rounding', () => {
    expect(formatDecimal('1234.5', 2)).toBe('1234.50');
    expect(formatDecimal('12', 2)).toBe('12.00');
    expect(formatDecimal('12.500', 2)).toBe('12.50');
    expect(formatDecimal('1.005', 2)).toBe('1.005');
  });

  it('reports the separator a value proves', () => {
    expect(parseNumber('1.234,56', { currency: true, decimalSeparator: undefined })).toMatchObject({ decimalSeparator: ',' });
    expect(parseNumber('1,234,567', { currency: true, decimalSeparator: undefined })).toMatchObject({ decimalSeparator: '.' });
  });
});

describe('integer', () => {
  it.each([
    ['1042', '1042'],
    [' 1,042 ', '1042'],
    ['1.042', '1042'],
    ['12.00', '12'],
    ['+7', '7'],
  ])('reads %s as %s', (raw, expected) => expect(value(readInteger(raw))).toBe(expected));
  it('drops leading zeros with a warning', () => {
    const r = readInteger('00123');
    expect(r.ok && r.value).toBe('123');
    expect(r.ok && r.notes?.[0]).toMatchObject({ code: 'leading-zeros-removed', severity: 'warning' });
  });
  it.each([
    ['12.5', 'not-whole'],
    ['INV-12', 'not-an-integer'],
    ['1.23E+11', 'scientific-notation'],
    ['$12', 'not-an-integer'],
    ['1.000', 'ambiguous-decimal'],
  ])('refuses %s (%s)', (raw, code) => expect(value(readInteger(raw))).toBe(`!${code}`));
  it('checks its range', () => expect(value(readInteger('-1', '0'))).toBe('!below-minimum'));
});

describe('date', () => {
  it.each([
    ['2024-05-01', '2024-05-01'],
    ['2024/5/1', '2024-05-01'],
    ['20240501', '2024-05-01'],
    ['13/01/2024', '2024-01-13'],
    ['01/13/2024', '2024-01-13'],
    ['05/05/2024', '2024-05-05'],
    ['5 Jan 2024', '2024-01-05'],
    ['Jan 5, 2024', '2024-01-05'],
    ['January 5th 2024', '2024-01-05'],
    ['5-Jan-24', '2024-01-05'],
    ['1er janvier 2024', '2024-01-01'],
    ['lundi 3 février 2025', '2025-02-03'],
    ['15. März 2024', '2024-03-15'],
    ['3 décembre 99', '1999-12-03'],
    ['45293', '2024-01-02'],
    ['2024-05-01T00:00:00', '2024-05-01'],
    ['2024-05-01 13:45', '2024-05-01T13:45:00'],
    ['2024-05-01T13:45:00Z', '2024-05-01T13:45:00Z'],
    ['2024-05-01T13:45:00+02:00', '2024-05-01T13:45:00+02:00'],
    ['20240312141503', '2024-03-12T14:15:03'],
    ['06-Jun-2025 06:19:44 PM PDT', '2025-06-06T18:19:44-07:00'],
    ['2025-01-15 09:00 CET', '2025-01-15T09:00:00+01:00'],
    ['05/01/2024 1:45 PM', 'ambiguous'],
    ['2025.03.14.', '2025-03-14'],
    ['2025. 03. 14.', '2025-03-14'],
    ['14.03.2025.', '2025-03-14'],
    ['2025.03.14. 10:22', '2025-03-14T10:22:00'],
  ])('reads %s', (raw, expected) => {
    const p = parseDate(raw, undefined);
    if (expected === 'ambiguous') expect(p).toMatchObject({ code: 'ambiguous-date' });
    else expect('code' in p ? p : readDate(raw, true, undefined)).toMatchObject({ ok: true, value: expected });
  });

  it('reads Unix timestamps in seconds or milliseconds where the column is read so, and shows it on the row', () => {
    for (const raw of ['1770023647', '1770023647123'])
      expect(readDate(raw, true, 'UNIX')).toEqual({ ok: true, value: '2026-02-02T09:14:07Z', notes: [{ code: 'unix-timestamp', severity: 'info', params: { date: '2026-02-02T09:14:07Z' } }] });
    // Elsewhere ten digits are an id or a phone number; past 2100 nothing is read; nor zones nobody can place.
    expect(value(readDate('1770023647', true, undefined))).toBe('!not-a-date');
    expect(value(readDate('4155550100', true, 'UNIX'))).toBe('!not-a-date');
    for (const zone of ['IST', 'CST', 'AST', 'BST']) expect(value(readDate(`2025-01-15 09:00 ${zone}`, true, undefined))).toBe('!not-a-date');
  });

  it('takes a column of Unix timestamps for what it is', () => {
    expect(inferDateOrder(['1770023647', '1770192139', '1770139360', ''])).toMatchObject({ order: 'UNIX', example: '1770023647' });
    expect(inferDateOrder(['1770023647', '03/04/2026', '05/04/2026']).order).toBeNull();
  });

  it('never guesses 05/01/2020 without evidence, and follows the column order when given', () => {
    expect(readDate('05/01/2020', false, undefined)).toMatchObject({ ok: false, issue: { code: 'ambiguous-date', params: { asDmy: '2020-01-05', asMdy: '2020-05-01' } } });
    expect(value(readDate('05/01/2020', false, 'MDY'))).toBe('2020-05-01');
    expect(value(readDate('05/01/2020', false, 'DMY'))).toBe('2020-01-05');
    expect(value(readDate('05/01/20', false, 'MDY'))).toBe('2020-05-01');
  });

  it('expands two-digit years with Excel\'s 1930 pivot', () => {
    expect(value(readDate('01/02/29', false, 'MDY'))).toBe('2029-01-02');
    expect(value(readDate('01/02/30', false, 'MDY'))).toBe('1930-01-02');
  });

  it.each([
    ['2023-02-29', 'impossible-date'],
    ['31/04/2024', 'impossible-date'],
    ['2024-13-01', 'impossible-date'],
    ['tomorrow', 'not-a-date'],
    ['12345', 'not-a-date'],
    ['2024-05-01 25:00', 'not-a-date'],
  ])('refuses %s', (raw, code) => expect(value(readDate(raw, false, undefined))).toBe(`!${code}`));

  it('drops a time from a date-only field visibly', () => {
    const r = readDate('2024-05-01 13:45', false, undefined);
    expect(r).toMatchObject({ ok: true, value: '2024-05-01', notes: [{ code: 'time-not-allowed' }] });
  });

  it('warns about implausible years', () => expect(readDate('1850-01-01', false, undefined)).toMatchObject({ ok: true, notes: [{ code: 'implausible-year' }] }));

  it.each([
    ['2024-05-01', 'MM/DD/YYYY', '05/01/2024'],
    ['2024-05-01', 'MM-DD-YY', '05-01-24'],
    ['2024-05-01', 'YYYY-MM-DDTHH:mm:ss', '2024-05-01T00:00:00'],
    ['2024-05-01T13:45:00', 'YYYY-MM-DDTHH:mm:ssZ', '2024-05-01T13:45:00+00:00'],
    ['2024-05-01T13:45:00+02:00', 'YYYY-MM-DDTHH:mm:ssZ', '2024-05-01T13:45:00+02:00'],
  ])('writes %s as %s → %s', (v, format, out) => expect(formatDate(v, format, undefined)).toBe(out));

  it('decides a column\'s order from the values that settle it', () => {
    expect(inferDateOrder(['05/01/2020', '13/01/2020', '02/02/2020'])).toMatchObject({ order: 'DMY', dayFirst: 1, either: 2, example: '13/01/2020' });
    expect(inferDateOrder(['05/13/2020', '01/02/20'])).toMatchObject({ order: 'MDY', twoDigitYears: 1 });
    expect(inferDateOrder(['05/01/2020'])).toMatchObject({ order: null, either: 1 });
    expect(inferDateOrder(['13/01/2020', '01/13/2020'])).toMatchObject({ order: null, dayFirst: 1, monthFirst: 1 });
  });

  it('is time-zone free', () => {
    const before = process.env['TZ'];
    const outputs = ['Pacific/Kiritimati', 'UTC', 'America/Los_Angeles'].map((tz) => {
      process.env['TZ'] = tz;
      return ['45293', '2024-05-01', '5 Jan 2024'].map((v) => value(readDate(v, false, undefined)));
    });
    process.env['TZ'] = before;
    expect(new Set(outputs.map((o) => o.join()))).toHaveLength(1);
  });
});

describe('boolean', () => {
  const out = { true: '1', false: '' };
  it.each(['yes', 'Y', 'TRUE', '1', 'oui', 'Oui', 'x', 'vrai', '✓'])('reads %s as true', (raw) => expect(value(readBoolean(raw, out))).toBe('1'));
  it.each(['no', 'N', 'false', '0', 'non', 'faux'])('reads %s as false', (raw) => expect(value(readBoolean(raw, out))).toBe(''));
  it.each(['maybe', '2', 'falsy'])('refuses %s', (raw) => expect(value(readBoolean(raw, out))).toBe('!not-a-boolean'));
});

describe('email', () => {
  it('accepts addresses, drops mailto and display names visibly', () => {
    expect(value(readEmail(' claire@socgen.fr '))).toBe('claire@socgen.fr');
    expect(value(readEmail('mailto:a@b.co'))).toBe('a@b.co');
    expect(readEmail('"Claire Martin" <claire@socgen.fr>')).toMatchObject({ ok: true, value: 'claire@socgen.fr', notes: [{ code: 'email-display-name-removed', params: { name: 'Claire Martin' } }] });
  });
  it.each([
    ['not-an-email', 'not-an-email'],
    ['a@b', 'not-an-email'],
    ['a@b.co; c@d.co', 'multiple-values'],
  ])('refuses %s', (raw, code) => expect(value(readEmail(raw))).toBe(`!${code}`));
});

describe('phone', () => {
  it('keeps a phone as written, or writes E.164', () => {
    expect(value(readPhone('+33 1 42 14 20 00', 'as-written', undefined))).toBe('+33 1 42 14 20 00');
    expect(value(readPhone('01 42 14 20 00', 'e164', 'FR'))).toBe('+33142142000');
  });
  it('warns on numbers it does not recognise and refuses text', () => {
    expect(readPhone('123 ext 4', 'as-written', 'FR')).toMatchObject({ ok: true, notes: [{ code: 'not-a-phone', severity: 'warning' }] });
    expect(value(readPhone('n/a', 'as-written', 'FR'))).toBe('!not-a-phone');
    // A date is not a phone, whatever a numbering plan would make of its digits.
    expect(value(readPhone('2022-02-11', 'as-written', undefined))).toBe('!not-a-phone');
    expect(value(readPhone('11.02.2022', 'as-written', undefined))).toBe('!not-a-phone');
    // Date-shaped only when the numbers can be a day and a month.
    expect(value(readPhone('45-67-8901', 'as-written', 'US'))).not.toBe('!not-a-phone');
  });
});

describe('enum', () => {
  const lookup = compileEnum(
    [
      { value: 'Debit', synonyms: ['DR', 'Invoice'], number: 0 },
      { value: 'Credit', synonyms: ['CR', 'Payment', 'Règlement'], number: 1 },
    ],
    true,
  );
  it.each([
    ['debit', 'Debit'],
    [' DEBIT ', 'Debit'],
    ['invoice', 'Debit'],
    ['reglement', 'Credit'],
    ['RÈGLEMENT', 'Credit'],
    ['1', 'Credit'],
  ])('matches %s to %s', (raw, v) => expect(value(readEnum(raw, lookup, undefined))).toBe(v));
  it('applies the user\'s value map first', () => expect(value(readEnum('Pmt', lookup, new Map([['Pmt', 'Credit']])))).toBe('Credit'));
  it('refuses other values, naming the allowed ones', () => expect(readEnum('Transfer', lookup, undefined)).toMatchObject({ ok: false, issue: { code: 'not-allowed-value', params: { allowed: ['Debit', 'Credit'] } } }));
  it('writes names or numbers', () => {
    expect(formatEnum('Credit', lookup, 'value')).toBe('Credit');
    expect(formatEnum('Credit', lookup, 'number')).toBe('1');
  });
});

describe('country and currency', () => {
  it.each([
    ['FR', 'FR'],
    ['fra', 'FR'],
    ['250', 'FR'],
    ['France', 'FR'],
    ['Allemagne', 'DE'],
    ['Deutschland', 'DE'],
    ['Suisse', 'CH'],
    ['États-Unis', 'US'],
    ['USA', 'US'],
    ['United Kingdom', 'GB'],
    ['UK', 'GB'],
    ["Côte d'Ivoire", 'CI'],
    ['Nederland', 'NL'],
    ['België', 'BE'],
    ['Germania', 'DE'],
    ['Danmark', 'DK'],
    ['Česká republika', 'CZ'],
    ['Latvija', 'LV'],
    ['България', 'BG'],
    ['日本', 'JP'],
  ])('reads %s as %s', (raw, code) => expect(countryCode(raw)).toBe(code));
  it('refuses what is not a country, and writes alpha-3 and names', () => {
    expect(countryCode('Narnia')).toBeNull();
    expect(formatCountry('DE', 'alpha3')).toBe('DEU');
    expect(formatCountry('DE', 'name')).toBe('Germany');
  });
  it.each([
    ['EUR', 'EUR'],
    ['eur', 'EUR'],
    ['€', 'EUR'],
    ['Euro', 'EUR'],
    ['US$', 'USD'],
    ['£', 'GBP'],
    ['978', 'EUR'],
  ])('reads currency %s as %s', (raw, code) => expect(value(readCurrency(raw))).toBe(code));
  it('refuses ambiguous symbols and unknown codes', () => {
    expect(value(readCurrency('$'))).toBe('!ambiguous-currency');
    expect(value(readCurrency('XYZ'))).toBe('!not-a-currency');
  });
});

describe('tax identifiers', () => {
  it('checks EU VAT check digits', () => {
    expect(value(readTaxId('FR27552120222', 'eu-vat', undefined))).toBe('FR27552120222');
    expect(value(readTaxId('FR 27 552 120 222', 'fr-vat', undefined))).toBe('FR27552120222');
    expect(value(readTaxId('27552120222', 'fr-vat', undefined))).toBe('FR27552120222');
    expect(value(readTaxId('FR47552120222', 'fr-vat', undefined))).toBe('!tax-id-checksum');
    expect(value(readTaxId('DE129273398', 'eu-vat', undefined))).toBe('DE129273398');
    expect(value(readTaxId('GB123456789', 'eu-vat', undefined))).toBe('!invalid-tax-id');
  });
  it('checks an India GSTIN, its state code and check character', () => {
    expect(gstinCheckChar('27AAPFU0939F1Z')).toBe('V');
    expect(value(readTaxId('27AAPFU0939F1ZV', 'in-gstin', undefined))).toBe('27AAPFU0939F1ZV');
    expect(value(readTaxId('27AAPFU0939F1ZW', 'in-gstin', undefined))).toBe('!tax-id-checksum');
    expect(value(readTaxId('77AAPFU0939F1ZV', 'in-gstin', undefined))).toBe('!invalid-tax-id');
  });
  it('checks an Australian ABN', () => {
    expect(abnIsValid('51824753556')).toBe(true);
    expect(value(readTaxId('51 824 753 556', 'au-abn', undefined))).toBe('51824753556');
    expect(value(readTaxId('51824753557', 'au-abn', undefined))).toBe('!tax-id-checksum');
  });
  it('reads a US EIN and Singapore GST numbers', () => {
    expect(value(readTaxId('123456789', 'us-ein', undefined))).toBe('12-3456789');
    expect(value(readTaxId('07-3456789', 'us-ein', undefined))).toBe('!invalid-tax-id');
    expect(value(readTaxId('M90312345A', 'sg-gst', undefined))).toBe('M90312345A');
    expect(value(readTaxId('200312345A', 'sg-gst', undefined))).toBe('200312345A');
    expect(value(readTaxId('X1', 'sg-gst', undefined))).toBe('!invalid-tax-id');
  });
  it('accepts an unverifiable VAT number with a warning when the target only records it', () => {
    expect(readTaxId('CHE-123.456.789', 'any-vat', undefined)).toMatchObject({ ok: true, notes: [{ severity: 'warning' }] });
  });
});

describe('text, json, days, duration', () => {
  it('trims and counts characters, not UTF-16 units', () => {
    expect(value(readText('  x  ', {}))).toBe('x');
    expect(value(readText('😀😀', { maxLength: 2 }))).toBe('😀😀');
    expect(value(readText('abc', { maxLength: 2 }))).toBe('!too-long');
  });
  it('runs user patterns with RE2, so a catastrophic pattern cannot hang', () => {
    const re = compilePattern('(a+)+$');
    expect(typeof re).not.toBe('string');
    const start = performance.now();
    expect(value(readText(`${'a'.repeat(5000)}!`, { pattern: typeof re === 'string' ? undefined : re }))).toBe('!pattern-mismatch');
    expect(performance.now() - start).toBeLessThan(1000);
    expect(typeof compilePattern('(a)\\1')).toBe('string');
  });
  it('reads JSON objects as written', () => {
    expect(value(readJson('{"users": ["a@b.co"], "n": 12345678901234567890}', 'object'))).toBe('{"users": ["a@b.co"], "n": 12345678901234567890}');
    expect(value(readJson('[1]', 'object'))).toBe('!json-not-object');
    expect(value(readJson('{oops', 'object'))).toBe('!not-json');
  });
  it.each([
    ['30', '30'],
    ['30 days', '30'],
    ['Net 30', '30'],
    ['N30', '30'],
    ['30 jours', '30'],
    ['30 dní', '30'],
    ['45 dagar', '45'],
    ['30 dienas', '30'],
    ['14 dienų', '14'],
    ['30 дни', '30'],
    ['30일', '30'],
    ['45 ngày', '45'],
    ['30 hari', '30'],
    ['60 giorni', '60'],
    ['30 dagen', '30'],
    ['14 Tage netto', '14'],
    ['30j', '30'],
    ['30 Days Net', '30'],
    ['30 días', '30'],
    ['Due on receipt', '0'],
    ['Comptant', '0'],
    ['Sofort ohne Abzug', '0'],
    ['Contado', '0'],
    ['2/10 Net 30', '30'],
    ['8 Tage 2 % Skonto, 30 Tage netto', '30'],
    ['30 Tage netto, 8 Tage 2 % Skonto', '30'],
    ['Net 30, 2% 10 days', '30'],
    ['2/10N30', '30'],
    ['NT30', '30'],
    ['14 days after invoice date', '14'],
    ['30 jours date de facture', '30'],
    ['Cta. Cte. 30 días', '30'],
    ['Recibo domiciliado 60 días', '60'],
    ['Transferencia a 30 días', '30'],
    ['Bonifico 30 gg', '30'],
    ['Virement à 45 jours', '45'],
    ['Bonifico 30 gg d.f.', '30'],
    ['RD 30 gg DF', '30'],
    ['Rimessa diretta vista fattura', '0'],
    ['Paiement à la livraison', '0'],
    ['Vorkasse', '0'],
    ['PREPAY', '0'],
    ['Förskott', '0'],
    ['vooruitbetaling', '0'],
    ['BB anticipato', '0'],
    ['ZB03 30 Tage netto', '30'],
    ['30T - 30 Tage netto', '30'],
    ['SOF - sofort ohne Abzug', '0'],
    ['30 күн', '30'],
    ['30 დღე', '30'],
    ['kwana 30', '30'],
  ])('reads payment terms %s', (raw, days) => expect(value(readDays(raw, undefined))).toBe(days));
  it.each([
    ['30 jours fin de mois', 30],
    ['Virement 30 jours fin de mois', 30],
    ['Current + 30', 30],
    ['Net 30 EOM', 30],
    ['Bonifico 60 gg d.f.f.m.', 60],
    ['RB 60 gg DF FM', 60],
    ['Ri.Ba. 60 gg f.m.', 60],
    ['Løbende måned + 30 dage', 30],
  ])('refuses terms counted from the end of the month, saying so: %s', (raw, days) => {
    const read = readDays(raw, undefined);
    expect(read.ok ? read.value : read.issue).toEqual({ code: 'days-from-month-end', severity: 'error', params: { days } });
  });
  it.each(['Z001', 'ZB01', '14S30', 'AB 12', '2 % Skonto', 'Tarif 2024'])('refuses what is no terms: %s', (raw) => expect(value(readDays(raw, undefined))).toBe('!not-days'));
  it.each([
    ['1:30', 5400],
    ['01:30:00', 5400],
    ['1h30', 5400],
    ['90 min', 5400],
    ['1.5 h', 5400],
    ['1,5', 5400],
    ['PT1H30M', 5400],
    ['2h 15m', 8100],
  ])('reads duration %s', (raw, seconds) => expect(durationSeconds(raw)).toBe(seconds));
  it('writes durations as .NET ticks', () => expect(formatDuration('3600', 'ticks')).toBe('36000000000'));
});
