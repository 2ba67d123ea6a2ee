import { memorySource } from '../src/core/session/byte-source';
import { Session } from '../src/core/session/session';
import { TargetRegistry } from '../src/core/targets/registry';
import type { FieldSource, Mapping } from '../src/core/mapping/mapping';
import type { ExportRequest } from '../src/core/export/export';
import { columnIndex } from '../src/core/brand';

/** Test helper: a session over CSV text, mapped automatically (or with `mapping`) and validated. */
export async function importText(text: string, targetId: string, options: { mapping?: (m: Mapping) => Mapping; chunkSize?: number } = {}) {
  const session = new Session(TargetRegistry.builtIn());
  const opened = await session.open(memorySource('input.csv', new TextEncoder().encode(text), options.chunkSize), {});
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  const proposal = session.proposeMapping(targetId);
  if (!proposal.ok) throw new Error(JSON.stringify(proposal.error));
  const mapping = options.mapping === undefined ? proposal.value.mapping : options.mapping(proposal.value.mapping);
  const validated = await session.validate(mapping);
  if (!validated.ok) throw new Error(JSON.stringify(validated.error));
  const exportAs = (request: Partial<ExportRequest> = {}) => {
    const r = session.export({ format: 'csv', locale: 'en', baseName: 'out', ...request });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value;
  };
  const issuesOf = (row: number) => {
    const w = session.rows(row, 1, { kind: 'all' });
    return w.ok ? w.value.rows[0]!.issues.map((i) => `${i.field ?? '(row)'}:${i.code}:${i.severity}`) : [];
  };
  return { session, summary: validated.value, mapping, proposal: proposal.value, exportAs, issuesOf, text: (f: { chunks: readonly string[] }) => f.chunks.join('') };
}

/** Replaces one field's source in a mapping. */
export function withField(m: Mapping, field: string, patch: Partial<Mapping['fields'][number]>): Mapping {
  const exists = m.fields.some((f) => f.field === field);
  const base = { field, source: { kind: 'none' as const }, options: {}, valueMap: [] };
  return { ...m, fields: exists ? m.fields.map((f) => (f.field === field ? { ...f, ...patch } : f)) : [...m.fields, { ...base, ...patch }] };
}

/**
 * What the target would say about a file Ferry wrote: read back as a source, each column mapped
 * to the field whose documented name is its header, validated against every rule, and written
 * again. Returns the issues found and whether the second export is byte-for-byte the first.
 */
export async function readBack(bytes: Uint8Array, targetId: string): Promise<{ issues: string[]; rows: number; sameBytes: boolean }> {
  const session = new Session(TargetRegistry.builtIn());
  const opened = await session.open(memorySource('exported.csv', bytes), {});
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  const proposal = session.proposeMapping(targetId);
  if (!proposal.ok) throw new Error(JSON.stringify(proposal.error));
  const target = TargetRegistry.builtIn().get(targetId)!.target;
  const columns = opened.value.columns;
  const mapping: Mapping = {
    ...proposal.value.mapping,
    fields: target.fields.map((f) => {
      const c = columns.find((col) => col.original === f.label);
      const source: FieldSource = c === undefined ? { kind: 'none' } : { kind: 'columns', columns: [columnIndex(c.index)], separator: '' };
      return { field: f.key, source, options: {}, valueMap: [] };
    }),
  };
  const validated = await session.validate(mapping);
  if (!validated.ok) throw new Error(JSON.stringify(validated.error));
  const issues: string[] = [];
  const window = session.rows(0, validated.value.rows, { kind: 'all' });
  if (window.ok) for (const r of window.value.rows) for (const i of r.issues) issues.push(`line ${r.line}: ${i.field ?? '(row)'} ${i.code} (${i.severity})`);
  const again = session.export({ format: 'csv', locale: 'en', baseName: 'again' });
  if (!again.ok) throw new Error(JSON.stringify(again.error));
  const file = again.value.data[0]!;
  const text = (file.bom ? '\uFEFF' : '') + file.chunks.join('');
  const original = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  return { issues, rows: validated.value.rows, sameBytes: text === original };
}
