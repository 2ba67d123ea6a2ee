import { describe, expect, it } from 'vitest';
import { TargetRegistry } from '../../../core/targets/registry';
import type { TargetListing } from '../../../worker/protocol';
import { fromTarget, toTargetFile } from './target-editor-model';

const entry = TargetRegistry.builtIn().list().find((e) => e.target.id === 'upflow-customers')!;
const listing: TargetListing = { target: entry.target, system: entry.file.system, fileId: entry.file.id, builtIn: true, source: entry.file.source, readings: entry.file.readings, version: entry.file.version };
const field = (file: ReturnType<typeof toTargetFile>, key: string) => file.targets[0]!.fields.find((f) => f.key === key)!;

describe('a copy of a built-in target, saved from the editor', () => {
  it('keeps what the editor does not show: names that are not the field, generic names, the shape of its text, the records\' id field', () => {
    const file = toTargetFile(fromTarget(listing, true), listing);
    const was = entry.target.fields.find((f) => f.key === 'customerId')!;
    expect(field(file, 'customerId').notAliases).toEqual(was.notAliases);
    expect(field(file, 'customerId').weakAliases).toEqual(was.weakAliases);
    expect(field(file, 'customerName').type).toMatchObject({ kind: 'text', looksLike: 'company-name' });
    expect(file.targets[0]!.recordId).toBe('customerId');
    const renamed = fromTarget(listing, true);
    const withoutId = toTargetFile({ ...renamed, fields: renamed.fields.filter((f) => f.key !== 'customerId') }, listing);
    expect(withoutId.targets[0]!.recordId).toBeUndefined();
  });

  it("keeps a rate held as a fraction, and lets the user say so of a field", () => {
    const cma = TargetRegistry.builtIn().list().find((e) => e.target.id === 'efimis-cma-account')!;
    const cmaListing: TargetListing = { target: cma.target, system: cma.file.system, fileId: cma.file.id, builtIn: true, source: cma.file.source, readings: cma.file.readings, version: cma.file.version };
    const values = fromTarget(cmaListing, true);
    expect(values.fields.find((f) => f.key === 'InterestRate')!.percentFraction).toBe(true);
    expect(field(toTargetFile(values, cmaListing), 'InterestRate').type).toMatchObject({ kind: 'decimal', percent: 'fraction' });
    const plain = { ...values, fields: values.fields.map((f) => (f.key === 'InterestRate' ? { ...f, percentFraction: false } : f)) };
    expect(field(toTargetFile(plain, cmaListing), 'InterestRate').type).not.toHaveProperty('percent');
  });

  it('lets a name the user types as an alias win over the same name kept as one that is not the field', () => {
    const values = fromTarget(listing, true);
    const edited = { ...values, fields: values.fields.map((f) => (f.key === 'customerId' ? { ...f, aliases: `${f.aliases}, Customer Email, record id` } : f)) };
    const saved = field(toTargetFile(edited, listing), 'customerId');
    expect(saved.aliases).toContain('Customer Email');
    expect(saved.notAliases).not.toContain('Customer Email');
    expect(saved.weakAliases).not.toContain('Record ID');
  });
});
