import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT_INVALID_ROWS, EXIT_OK, EXIT_UNUSABLE, run } from './commands';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'intake');
const E2E = join(import.meta.dirname, '..', '..', 'e2e', 'fixtures');

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await run(argv, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    readText: (p) => readFileSync(p, 'utf8'),
    exists: existsSync,
    writeFile: (p, d) => writeFileSync(p, d),
    siblingPath: (p, n) => join(dirname(p), n),
    stem: (p) => basename(p, extname(p)),
  });
  return { code, out, err };
}

// Every directory a test makes is removed when the file's tests are done.
const made: string[] = [];
const tmp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ferry-cli-'));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('ferry targets', () => {
  it('lists the built-in targets as JSON', async () => {
    const r = await cli('targets', '--json');
    expect(r.code).toBe(EXIT_OK);
    const list = JSON.parse(r.out) as { id: string; name: string }[];
    expect(list.map((t) => t.id)).toEqual(expect.arrayContaining(['zencase-client-ledger', 'upflow-customers', 'upflow-contacts', 'zenskar-customers', 'billing-payments', 'efimis-entity', 'efimis-matter']));
  });
});

describe('ferry inspect', () => {
  it('reports encoding, BOM, delimiter, line ending, header line, rows and headers', async () => {
    const r = await cli('inspect', join(E2E, 'clients-cabinet-martin.csv'), '--json');
    expect(r.code).toBe(EXIT_OK);
    expect(JSON.parse(r.out)).toMatchObject({
      encoding: 'windows-1252',
      bom: false,
      delimiter: ';',
      lineEnding: 'CRLF',
      sheets: [],
      headerLine: 3,
      rows: 4,
      headers: ['Référence client', 'Raison sociale', 'Adresse', 'Code postal', 'Ville', 'Pays', 'N° TVA intracom', 'Délai de paiement', 'Responsable', 'Société mère'],
    });
  });
  it('lists the sheets of a workbook', async () => {
    const r = await cli('inspect', join(FIXTURES, 'workbook.xlsx'), '--json', '--sheet', 'Ledger');
    expect(JSON.parse(r.out)).toMatchObject({ encoding: null, delimiter: null, sheets: ['Summary', 'Ledger', 'Hidden'], sheet: 'Ledger', headerLine: 1, rows: 3 });
  });
  it('exits 2 with one line for unusable input', async () => {
    const r = await cli('inspect', join(FIXTURES, 'binary-renamed.csv'));
    expect(r.code).toBe(EXIT_UNUSABLE);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('not a text file');
    expect((await cli('inspect', '/no/such/file.csv')).code).toBe(EXIT_UNUSABLE);
    expect((await cli('frobnicate')).code).toBe(EXIT_UNUSABLE);
  });
});

describe('ferry map', () => {
  it('proposes a field per source column, with confidence and reason, and lists unmapped required fields', async () => {
    const r = await cli('map', join(E2E, 'clients-cabinet-martin.csv'), '--target', 'upflow-customers', '--json');
    const out = JSON.parse(r.out) as { columns: { source: string; field: string | null; label: string | null; confidence: number | null; reason: string | null }[]; unmappedRequired: unknown[] };
    expect(out.columns.find((c) => c.source === 'Raison sociale')).toMatchObject({ field: 'customerName', label: 'Customer name', reason: expect.stringMatching(/^header "Raison sociale" is a synonym of Customer name/) });
    expect(out.columns.every((c) => c.field !== null)).toBe(true);
    expect(out.unmappedRequired).toEqual([]);
    const contacts = JSON.parse((await cli('map', join(E2E, 'clients-cabinet-martin.csv'), '--target', 'upflow-contacts', '--json')).out) as { unmappedRequired: { field: string }[] };
    expect(contacts.unmappedRequired.map((f) => f.field)).toEqual(['email']);
  });
});

describe('ferry import', () => {
  it('writes valid rows, the error report, and exits 1 with a summary when some rows are invalid', async () => {
    const dir = tmp();
    const r = await cli('import', join(E2E, 'clients-cabinet-martin.csv'), '--target', 'upflow-customers', '--out', join(dir, 'customers.csv'), '--errors', join(dir, 'errors.csv'));
    expect(r.code).toBe(EXIT_INVALID_ROWS);
    expect(r.err).toBe('rows read: 4, exported: 3, invalid: 1\n');
    expect(readFileSync(join(dir, 'customers.csv'), 'utf8').split('\r\n')[1]).toBe('CL001,Société Générale,,FR27552120222,29 boulevard Haussmann,75009,Paris,,FR,marie.dupont@cabinet.fr,,30,,');
    expect(readFileSync(join(dir, 'errors.csv'), 'utf8')).toContain('7,error,Default payment period,Délai de paiement,trente,not-days');
  });

  it('writes files the target accepts: re-importing an export into its target gives no error and the same bytes', async () => {
    const dir = tmp();
    const cases: [string, string, string[]][] = [
      [join(E2E, 'clients-cabinet-martin.csv'), 'upflow-customers', []],
      [join(E2E, 'quickbooks-ledger-may.csv'), 'zencase-client-ledger', []],
      [join(FIXTURES, 'utf8.csv'), 'zenskar-customers', []],
    ];
    for (const [input, target] of cases) {
      const first = join(dir, `${target}-1.csv`);
      const second = join(dir, `${target}-2.csv`);
      await cli('import', input, '--target', target, '--out', first);
      // The target's own dates are month-first: a person re-reading the file says so, as here.
      const profile = join(dir, `${target}-profile.json`);
      const header = readFileSync(first, 'utf8').split('\r\n')[0]!.split(',');
      writeFileSync(profile, JSON.stringify({ ferryMapping: 1, name: 'round trip', target, sourceHeaders: header, fields: header.map((h) => ({ field: h, columns: [h] })) }));
      const again = await cli('import', first, '--target', target, '--out', second);
      expect(again.code, `${target}: ${again.err}`).toBe(EXIT_OK);
      expect(readFileSync(second, 'utf8'), target).toBe(readFileSync(first, 'utf8'));
    }
  });

  it('exits 0 when every row is valid, and writes JSON', async () => {
    const dir = tmp();
    const r = await cli('import', join(FIXTURES, 'utf8.csv'), '--target', 'upflow-customers', '--format', 'json', '--out', join(dir, 'c.json'));
    expect(r.code).toBe(EXIT_OK);
    expect(JSON.parse(readFileSync(join(dir, 'c.json'), 'utf8'))).toMatchObject({ customers: [{ customerId: 'C-001', country: 'FR' }, { customerId: 'C-002', country: 'CH' }, { customerId: 'C-003', country: 'NO' }] });
  });

  it('takes the mapping profile the browser saves', async () => {
    const dir = tmp();
    const profile = {
      ferryMapping: 1,
      name: 'Cabinet Martin',
      target: 'upflow-customers',
      sourceHeaders: [],
      fields: [
        { field: 'customerName', columns: ['Raison sociale'] },
        { field: 'customerId', columns: ['Référence client'] },
        { field: 'workflowName', constant: 'Standard' },
      ],
    };
    writeFileSync(join(dir, 'profile.json'), JSON.stringify(profile));
    const r = await cli('import', join(E2E, 'clients-cabinet-martin.csv'), '--target', 'upflow-customers', '--mapping', join(dir, 'profile.json'), '--out', join(dir, 'o.csv'));
    expect(r.code).toBe(EXIT_OK);
    expect(readFileSync(join(dir, 'o.csv'), 'utf8').split('\r\n')[4]).toBe('CL004,Ålesund Fisk AS,,,,,,,,,Standard,,,');
  });

  it('exits 2 for bad arguments and bad mapping files', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bad.json'), '{"ferryMapping": 2}');
    expect((await cli('import', join(FIXTURES, 'utf8.csv'), '--target', 'nope', '--out', join(dir, 'x.csv'))).code).toBe(EXIT_UNUSABLE);
    expect((await cli('import', join(FIXTURES, 'utf8.csv'), '--target', 'upflow-customers')).code).toBe(EXIT_UNUSABLE);
    expect((await cli('import', join(FIXTURES, 'utf8.csv'), '--target', 'upflow-customers', '--format', 'xml', '--out', join(dir, 'x'))).code).toBe(EXIT_UNUSABLE);
    const bad = await cli('import', join(FIXTURES, 'utf8.csv'), '--target', 'upflow-customers', '--mapping', join(dir, 'bad.json'), '--out', join(dir, 'x.csv'));
    expect(bad.code).toBe(EXIT_UNUSABLE);
    expect(bad.err).toContain('is not a Ferry mapping profile');
  });
});
