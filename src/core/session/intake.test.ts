import { describe, expect, it } from 'vitest';
import { readBytes, readFixture, fixtureBytes } from '../../../test-support/read-fixture';
import { memorySource } from './byte-source';
import { readSource } from './intake';
import { buildFixtures } from '../../../scripts/fixtures';
import { unzipSync } from 'fflate';

const CUSTOMER_ROWS = [
  ['C-001', 'Société Générale', 'Paris', 'France'],
  ['C-002', 'Zürich Versicherung', 'Zürich', 'Suisse'],
  ['C-003', 'Ålesund Fisk AS', 'Ålesund', 'Norway'],
];
const dataCells = (records: (string | number)[][], from = 1) => records.slice(from).map((r) => r.slice(1));

describe('fixtures', () => {
  it('are up to date with scripts/fixtures.ts', () => {
    for (const [name, bytes] of buildFixtures()) {
      const onDisk = fixtureBytes(name);
      // ZIP headers carry a local-time timestamp: compare workbooks by their entries.
      if (name.endsWith('.xlsx') || name === 'xlsx-renamed.csv') expect(unzipSync(onDisk), name).toEqual(unzipSync(bytes));
      else expect(Buffer.from(onDisk).equals(Buffer.from(bytes)), name).toBe(true);
    }
  });
});

describe('encodings', () => {
  it('reads UTF-8 without a BOM', async () => {
    const r = await readFixture('utf8.csv');
    expect(r.intake.kind === 'csv' && r.intake.encoding).toMatchObject({ encoding: 'utf-8', bom: false, evidence: 'valid-utf8' });
    expect(dataCells(r.records)).toEqual(CUSTOMER_ROWS);
  });

  it('reads UTF-8 with a BOM, which does not leak into the first header', async () => {
    const r = await readFixture('utf8-bom.csv');
    expect(r.intake.kind === 'csv' && r.intake.encoding).toMatchObject({ encoding: 'utf-8', bom: true });
    expect(r.headers[0]).toBe('Customer ID');
    expect(dataCells(r.records)).toEqual(CUSTOMER_ROWS);
  });

  it("reads Excel's Unicode Text (UTF-16LE with BOM, tab-separated)", async () => {
    const r = await readFixture('utf16le-bom-unicode-text.txt');
    expect(r.intake.kind === 'csv' && [r.intake.encoding.encoding, r.intake.dialect.delimiter]).toEqual(['utf-16le', '\t']);
    expect(dataCells(r.records)).toEqual(CUSTOMER_ROWS);
  });

  it('reads UTF-16BE with BOM', async () => {
    const r = await readFixture('utf16be-bom.txt');
    expect(r.intake.kind === 'csv' && r.intake.encoding.encoding).toBe('utf-16be');
    expect(dataCells(r.records)).toEqual(CUSTOMER_ROWS);
  });

  it('reads Windows-1252 when the bytes are not UTF-8, accents and 0x80–0x9F included', async () => {
    const r = await readFixture('windows-1252.csv');
    expect(r.intake.kind === 'csv' && r.intake.encoding).toMatchObject({ encoding: 'windows-1252', evidence: 'invalid-utf8' });
    expect(dataCells(r.records)).toEqual([
      ['Société Générale', 'Orléans', '1 234,56 €', 'l’été'],
      ['Zürich Versicherung', 'Zürich', '99,00 €', '“quoted” — dash'],
    ]);
  });

  it('falls back to Windows-1252 when a non-UTF-8 byte appears after the sniffed prefix', async () => {
    const r = await readFixture('windows-1252-late.csv', {}, 64 * 1024);
    expect(r.intake.kind === 'csv' && r.intake.encoding.encoding).toBe('windows-1252');
    expect(r.intake.kind === 'csv' && r.intake.encodingFallbackAt).toBeGreaterThan(256 * 1024);
    expect(r.records.at(-1)?.slice(1)).toEqual(['C-99999', 'Crème Brûlée SARL', 'Nîmes', 'France']);
    expect(r.dataset.rowCount).toBe(6001);
  });

  it('honours an encoding override', async () => {
    const r = await readFixture('utf8.csv', { encoding: 'windows-1252' });
    expect(r.intake.kind === 'csv' && r.intake.encoding.evidence).toBe('override');
    expect(r.records[1]![2]).toBe('SociÃ©tÃ© GÃ©nÃ©rale');
  });

  it('reports an override the bytes cannot be decoded with', async () => {
    const r = await readSource(memorySource('x.csv', fixtureBytes('windows-1252.csv')), { encoding: 'utf-8' });
    expect(r.ok ? null : r.error).toMatchObject({ kind: 'invalid-encoding', encoding: 'utf-8' });
  });

  it('keeps multi-byte characters split across read chunks', async () => {
    const whole = await readFixture('multibyte.csv');
    expect(whole.records[2]!.slice(1)).toEqual(['日本', '🇫🇷', 'Ωμέγα — ﬁn']);
    for (const size of [1, 2, 3, 5, 7]) {
      const chunked = await readFixture('multibyte.csv', {}, size);
      expect(chunked.records, `chunk size ${size}`).toEqual(whole.records);
    }
  });
});

describe('delimiters', () => {
  it.each([
    ['comma.csv', ','],
    ['semicolon.csv', ';'],
    ['pipe.csv', '|'],
    ['tab.tsv', '\t'],
  ])('detects the delimiter of %s', async (name, delimiter) => {
    const r = await readFixture(name);
    expect(r.intake.kind === 'csv' && r.intake.dialect.delimiter).toBe(delimiter);
    expect(r.headers).toEqual(['id', 'name', 'amount']);
  });

  it('decides from the data, not from a small first chunk: commas in text do not beat the semicolon', async () => {
    for (const size of [4, 16, 1 << 20]) {
      const r = await readFixture('semicolon-commas-in-text.csv', {}, size);
      expect(r.intake.kind === 'csv' && r.intake.dialect.delimiter).toBe(';');
      expect(r.records[1]!.slice(1)).toEqual(['1', 'Doe, John', 'a, b, c']);
    }
  });

  it("honours Excel's sep= line and counts it as a line", async () => {
    const r = await readFixture('sep-line.csv', {}, 3);
    expect(r.intake.kind === 'csv' && r.intake.dialect).toMatchObject({ delimiter: ';', sepLine: true });
    expect(r.records).toEqual([
      [2, 'id', 'amount'],
      [3, '1', '1 234,56'],
      [4, '2', '7,00'],
    ]);
  });

  it('honours a delimiter override', async () => {
    const r = await readFixture('comma.csv', { delimiter: ';' });
    expect(r.records[1]!.slice(1)).toEqual(['1,Alpha,10']);
  });
});

describe('RFC 4180 quoting and line ends', () => {
  it('keeps delimiters, doubled quotes and line breaks inside quoted fields', async () => {
    const r = await readFixture('rfc4180.csv');
    expect(r.records).toEqual([
      [1, 'id', 'name', 'note'],
      [2, '1', 'Doe, John', 'He said "hi"'],
      [3, '2', 'Multi\r\nline', 'a\nb'],
      [6, '3', 'plain', 'x,y'],
    ]);
  });

  it.each([
    ['lf.csv', '\n'],
    ['cr.csv', '\r'],
    ['crlf-quoted-newlines.csv', '\r\n'],
  ])('reads %s line ends', async (name, newline) => {
    const r = await readFixture(name);
    expect(r.intake.kind === 'csv' && r.intake.dialect.newline).toBe(newline);
  });

  it('reads CRLF files identically whatever the chunk size (papaparse#1134)', async () => {
    const whole = await readFixture('crlf-quoted-newlines.csv');
    expect(whole.records[1]).toEqual([2, '1', 'x1\r\ny', 'z', 'w']);
    expect(whole.records[39]![0]).toBe(2 + 38 * 2);
    for (let size = 1; size <= 40; size++) expect((await readFixture('crlf-quoted-newlines.csv', {}, size)).records, `chunk ${size}`).toEqual(whole.records);
  });

  it('reports an unterminated quote with its line and reads on instead of swallowing the file', async () => {
    for (const size of [1, 7, 1 << 20]) {
      const r = await readFixture('unterminated-quote.csv', {}, size);
      expect(r.intake.kind === 'csv' && r.intake.malformedQuoteLines).toEqual([2]);
      expect(r.records).toEqual([
        [1, 'id', 'name'],
        [2, '1', '"oops'],
        [3, '2', 'ok'],
        [4, '3', 'fine'],
        [5, '4', 'good'],
      ]);
      expect(r.dataset.malformedQuotes(0)).toBe(true);
    }
  });
});

describe('structure', () => {
  it('keeps rows with more or fewer fields than the header, with their extra cells', async () => {
    const r = await readFixture('ragged.csv');
    expect(r.records).toEqual([
      [1, 'a', 'b', 'c'],
      [2, '1', '2'],
      [3, '1', '2', '3', '4'],
      [4, '5', '6', '7'],
    ]);
    expect(r.headers).toEqual(['a', 'b', 'c', 'Column D']);
    expect(r.dataset.columns[3]!.naming).toBe('beyond-header');
  });

  it('skips blank lines (empty, spaces, delimiters only) and counts them with their numbers', async () => {
    const r = await readFixture('blank-lines.csv');
    expect(r.intake.blankLines).toBe(4);
    expect(r.intake.blankLineNumbers).toEqual([2, 4, 5, 7]);
    expect(r.records).toEqual([
      [1, 'a', 'b'],
      [3, '1', '2'],
      [6, '3', '4'],
    ]);
  });

  it('detects title rows above the header, and the header can be changed', async () => {
    const r = await readFixture('title-rows.csv');
    expect(r.intake.headerRecord).toBe(2);
    expect(r.dataset.headerRecord).toBe(2);
    expect(r.headers).toEqual(['Client Number', 'Amount', 'Date']);
    expect(r.dataset.line(0)).toBe(5);
    expect(r.dataset.preambleLines()).toEqual([1, 2, 4]);
  });

  it('reads a header row of column positions, as dataframe and query tools write it, as the header', async () => {
    const r = await readBytes('frame.csv', new TextEncoder().encode('0,1,2\r\nCard,INV-1,12.50\r\nWire,INV-2,8.00\r\n'));
    expect(r.intake.headerRecord).toBe(0);
    expect(r.headers).toEqual(['0', '1', '2']);
    // With a prefix, as Snowflake names a staged file's columns.
    const staged = await readBytes('stage.csv', new TextEncoder().encode('$1,$2,$3\r\nBluebird Analytics Inc.,finance@bluebird.com,500 Boylston St\r\n'));
    expect(staged.headers).toEqual(['$1', '$2', '$3']);
    // Zero-padded, as IBM i names derived columns.
    const ibmi = await readBytes('ibmi.csv', new TextEncoder().encode('00001;00002;00003\r\nC000417;2025-01-14;1250.00\r\nC000418;2025-01-15;80.00\r\n'));
    expect(ibmi.headers).toEqual(['00001', '00002', '00003']);
    // A first record of numbers or amounts that do not count the columns is data, not a header.
    expect((await readBytes('data.csv', new TextEncoder().encode('7,12,40\r\n8,13,41\r\n'))).intake.headerRecord).toBe(-1);
    expect((await readBytes('amounts.csv', new TextEncoder().encode('$1,$2,$5\r\n$8,$13,$41\r\n'))).intake.headerRecord).toBe(-1);
  });

  it('reads field ids over columns of words (a database export) as the header, and a first record of words as data', async () => {
    const ids = await readBytes('fids.csv', new TextEncoder().encode('3,6,8,9\r\n1,Harbor Point Logistics LLC,Dallas,TX\r\n2,Great Lakes Fastener Co.,Chicago,IL\r\n'));
    expect(ids.intake.headerRecord).toBe(0);
    expect(ids.headers).toEqual(['3', '6', '8', '9']);
    // Beside a named column, as Ragic exports its record id.
    const ragic = await readBytes('ragic.csv', new TextEncoder().encode('_ragicId,1000001,1000002,1000003\r\n14,Brightline Logistics Inc.,ap@brightline.com,San Francisco\r\n15,Cedar & Pine Dental Group,billing@cedarpine.com,Portland\r\n'));
    expect(ragic.headers).toEqual(['_ragicId', '1000001', '1000002', '1000003']);
    // Names over numbers and dates, numbers over words: a form's export ("4.3" is the address's city).
    const form = await readBytes('form.csv', new TextEncoder().encode('id,date_created,1,3,4.3\r\n2214,2024-08-05 14:22:31,Buckeye Fleet Services LLC,ap@buckeyefleet.com,Columbus\r\n2219,2024-08-07 09:03:58,Great Lakes Linen Supply Inc.,billing@greatlakeslinen.com,Cleveland\r\n'));
    expect(form.headers).toEqual(['id', 'date_created', '1', '3', '4.3']);
    // Numbers over numbers, or a number repeated, are a record.
    expect((await readBytes('counts.csv', new TextEncoder().encode('3,6,8\r\n4,7,9\r\n5,2,1\r\n'))).intake.headerRecord).toBe(-1);
    expect((await readBytes('rows.csv', new TextEncoder().encode('3,3,3\r\nAcme,Paris,FR\r\n'))).intake.headerRecord).toBe(-1);
  });

  it('reads a first record of the shapes below it, words and numbers mixed, as data: a file with no header row', async () => {
    const rows = ['20147;Nordlys Bageri ApS;Vestergade 14;8000;DK;DK31447718;Netto 30 dage', '20152;Fynsk Kaffebrænderi A/S;Havnegade 3;5000;DK;DK29871204;Netto 14 dage', '20168;Region Syddanmark;Beriderbakken 4;7100;DK;DK29190925;Netto 30 dage'];
    expect((await readBytes('kunder.csv', new TextEncoder().encode(rows.join('\r\n') + '\r\n'))).intake.headerRecord).toBe(-1);
    // Headers are words, over whatever shapes; a word and a number alike twice are not enough ("Adresse 2" over "Havnegade 3").
    const named = ['Kundenr;Navn;Adresse 2;Postnr;Land;CVR;Betalingsbetingelse', ...rows];
    expect((await readBytes('named.csv', new TextEncoder().encode(named.join('\r\n') + '\r\n'))).intake.headerRecord).toBe(0);
  });

  it('makes empty and duplicate header names unique and says so', async () => {
    const r = await readFixture('duplicate-headers.csv');
    expect(r.dataset.columns.map((c) => [c.name, c.naming])).toEqual([
      ['id', 'as-written'],
      ['id (2)', 'duplicate-header'],
      ['Column C', 'empty-header'],
      ['Name', 'as-written'],
      ['name (2)', 'duplicate-header'],
    ]);
  });

  it('keeps every value as the exact string in the file, and every row its line number', async () => {
    const r = await readFixture('exact-strings.csv');
    expect(r.records).toEqual([
      [1, 'code', 'big', 'spaced', 'date'],
      [2, '00123', '1.23E+11', ' x ', '2024-05-01'],
      [3, '007', '208310224003697457', '  y  ', '05/01/2020'],
    ]);
  });

  it('treats __proto__ and constructor like any other header', async () => {
    const r = await readFixture('proto-headers.csv');
    expect(r.headers).toEqual(['__proto__', 'constructor', 'hasOwnProperty', 'toString', '__proto__ (2)']);
    expect(r.records[1]!.slice(1)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});

describe('unusable files get a clear problem', () => {
  it.each([
    ['empty.csv', 'empty-file'],
    ['binary-renamed.csv', 'binary-file'],
    ['pdf-renamed.csv', 'pdf-file'],
    ['legacy.xls', 'legacy-excel'],
  ])('%s → %s', async (name, kind) => {
    const r = await readSource(memorySource(name, fixtureBytes(name)), {});
    expect(r.ok ? null : r.error.kind).toBe(kind);
  });

  it('a file with only a header reads, with zero data rows', async () => {
    const r = await readFixture('header-only.csv');
    expect(r.headers).toEqual(['Customer ID', 'Customer name']);
    expect(r.dataset.rowCount).toBe(0);
  });

  it('an XLSX renamed .csv is read as a workbook (the bytes decide, not the name)', async () => {
    const r = await readFixture('xlsx-renamed.csv');
    expect(r.intake.kind).toBe('xlsx');
  });
});

describe('XLSX', () => {
  it('lists the sheets (hidden ones marked) and reads the first visible one', async () => {
    const r = await readFixture('workbook.xlsx');
    expect(r.intake.kind === 'xlsx' && r.intake.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['Summary', false],
      ['Ledger', false],
      ['Hidden', true],
    ]);
    expect(r.intake.kind === 'xlsx' && r.intake.sheet).toBe('Summary');
  });

  it('reads dates as dates, formulas as cached values, long ids exactly, rich and inline text, booleans and errors', async () => {
    const r = await readFixture('workbook.xlsx', { sheet: 'Ledger' });
    expect(r.records).toEqual([
      [1, 'Client', 'Invoice date', 'Amount', 'Account ID', 'Paid', 'Note'],
      [2, 'Société Générale', '2024-01-02', '1234.5', '208310224003697457', 'TRUE', 'Line 1\nLine 2 & more'],
      [3, 'Zürich AG', '2024-01-02T18:00:00', '2469', '123456789012346000', 'FALSE', '#N/A'],
      [5, 'Inline Ltd', '1900-02-29', '0.3', '0042'],
    ]);
    expect(r.intake.kind === 'xlsx' && [r.intake.formulasWithoutValue, r.intake.hiddenRows, r.intake.blankLines]).toEqual([1, 1, 1]);
  });

  it("applies the 1904 date system and refuses Excel's fictitious 1900-02-29", async () => {
    const r = await readFixture('date1904.xlsx');
    expect(r.records[1]).toEqual([2, '2024-01-02']);
  });

  it('refuses a zip bomb before inflating it', async () => {
    const { zipSync } = await import('fflate');
    const bomb = zipSync({ 'xl/workbook.xml': new Uint8Array(40 * 1024 * 1024) }, { level: 9 });
    const r = await readBytes('bomb.xlsx', bomb).catch((e: unknown) => String(e));
    expect(r).toContain('suspicious-ratio');
  });
});
