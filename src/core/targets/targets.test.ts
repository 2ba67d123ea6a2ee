import { describe, expect, it } from 'vitest';
import { derivedFromFields, missingPartnersOf } from '../schema/field-links';
import { parseTargetFile, TargetRegistry } from './registry';
import { templateCsv } from '../export/template';
import { expectQuote, seedText } from '../../../test-support/documents';
import { importText } from '../../../test-support/session';
import { literalOf } from '../mapping/field-names';
import type { Target } from '../schema/target';

const registry = TargetRegistry.builtIn();

describe('every built-in target', () => {
  const files = [...new Map(registry.list().map((e) => [e.file.id, e.file])).values()];

  it('is well formed and passes its own checks (the registry refuses otherwise)', () => {
    expect(files.map((f) => f.id).sort()).toEqual(['billing', 'efimis', 'upflow', 'zencase', 'zenskar']);
  });

  it.each(files.map((f) => [f.id, f] as const))('%s cites its document, and each reading quotes it', (_, file) => {
    const doc = seedText(file.source.document.replace('shared/seeds/', ''));
    expect(file.readings.length).toBeGreaterThan(0);
    for (const r of file.readings) {
      // A reading quotes one or more passages (joined by "..."); every piece must be in the document.
      expectQuote(doc, r.passage);
    }
  });

  it.each(registry.list().map((e) => [e.target.id, e.target] as const))('%s: its example file passes its own validation', async (id, target) => {
    const r = await importText(templateCsv(target, true), id);
    expect(r.summary.errorRows, JSON.stringify(r.issuesOf(0))).toBe(0);
  });

  /** The problems the checker finds in a built-in target file whose first target is changed by `change`. */
  const problemsOf = (fileId: string, change: (t: Target) => Target) => {
    const file = registry.list().find((e) => e.file.id === fileId)!.file;
    const r = parseTargetFile({ ...file, targets: file.targets.map((t, i) => (i === 0 ? change(t) : t)) });
    expect(r.ok).toBe(false);
    return r.ok ? [] : r.error.kind === 'rules' ? r.error.problems : [r.error];
  };

  it('a target file naming an unknown field as its records\' id or number is refused, with the place', () => {
    expect(problemsOf('upflow', (t) => ({ ...t, recordId: 'customerKey', recordNumber: 'customerNo' }))).toEqual([
      { target: 'upflow-customers', path: 'recordId', message: 'unknown field "customerKey"' },
      { target: 'upflow-customers', path: 'recordNumber', message: 'unknown field "customerNo"' },
    ]);
  });

  it('a target file relating an unknown field is refused, with the place', () => {
    expect(problemsOf('upflow', (t) => ({ ...t, relations: [{ kind: 'tax', field: 'vat', base: 'amount' }] }))).toEqual([
      { target: 'upflow-customers', path: 'relations[0]', message: 'unknown field "vat"' },
      { target: 'upflow-customers', path: 'relations[0]', message: 'unknown field "amount"' },
    ]);
    expect(problemsOf('upflow', (t) => ({ ...t, relations: [{ kind: 'later', field: 'dueDate', after: 'customerName' }] }))).toEqual([
      { target: 'upflow-customers', path: 'relations[0]', message: 'unknown field "dueDate"' },
    ]);
  });

  it('a relation standing a field on a side no split amount has is refused, with the place', () => {
    expect(problemsOf('zencase', (t) => ({ ...t, relations: [{ kind: 'side', field: 'invoiceNumber', side: 'amount' }] }))).toEqual([
      { target: 'zencase-client-ledger', path: 'relations[0].side', message: '"amount" is no side of a split amount' },
    ]);
  });

  it('says which fields another fills and which go only together, for any mapping', () => {
    const ledger = registry.get('zencase-client-ledger')!.target;
    const mapped = (keys: string[]) => (k: string) => keys.includes(k);
    expect(derivedFromFields(ledger, 'amount', mapped(['debitAmount', 'creditAmount']))).toEqual(['debitAmount', 'creditAmount']);
    expect(derivedFromFields(ledger, 'transactionType', mapped(['amount']))).toEqual(['amount']);
    expect(derivedFromFields(ledger, 'amount', mapped(['amount']))).toEqual([]);
    const payments = registry.get('billing-payments')!.target;
    expect(missingPartnersOf(payments, 'documentDate', mapped(['documentDate']))).toEqual(['referenceNumber']);
    expect(missingPartnersOf(payments, 'documentDate', mapped(['documentDate', 'referenceNumber']))).toEqual([]);
  });

  it('no field lists a name both as its own and as one that is not it (a not-alias would silence the alias)', () => {
    const clashes = registry.list().flatMap((e) =>
      e.target.fields.flatMap((f) => {
        const not = new Set(f.notAliases.map(literalOf));
        return [f.label, ...f.aliases, ...f.weakAliases].filter((a) => not.has(literalOf(a))).map((a) => `${e.target.id}.${f.key}: ${a}`);
      }),
    );
    expect(clashes).toEqual([]);
  });

  it('every field has a label, and exported labels are unique per target', () => {
    for (const e of registry.list()) {
      const labels = e.target.fields.filter((f) => f.exported).map((f) => f.label);
      expect(new Set(labels).size, e.target.id).toBe(labels.length);
    }
  });
});
