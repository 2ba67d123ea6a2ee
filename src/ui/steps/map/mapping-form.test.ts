import { describe, expect, it } from 'vitest';
import { TargetRegistry } from '../../../core/targets/registry';
import { columnIndex } from '../../../core/brand';
import type { Mapping } from '../../../core/mapping/mapping';
import { mapFormSchema, mappingFromRows, rowsFromMapping } from './mapping-form';

const target = TargetRegistry.builtIn().get('upflow-customers')!.target;

describe('the mapping form', () => {
  it('gives back the mapping it was filled from, reading options it does not show included', () => {
    const mapping: Mapping = {
      targetId: target.id,
      fields: [
        { field: 'customerName', source: { kind: 'columns', columns: [columnIndex(0), columnIndex(1)], separator: ' - ' }, options: {}, valueMap: [] },
        // A profile written for the CLI may carry a default country for numbers written without one.
        { field: 'vatNumber', source: { kind: 'columns', columns: [columnIndex(2)], separator: ' ' }, options: { defaultCountry: 'BE' }, valueMap: [] },
        { field: 'workflowName', source: { kind: 'constant', value: 'Standard' }, options: {}, valueMap: [] },
      ],
    };
    const rows = rowsFromMapping(target, mapping);
    expect(mapFormSchema(target).safeParse({ fields: rows }).success).toBe(true);
    const back = mappingFromRows(target.id, rows);
    for (const f of mapping.fields) expect(back.fields.find((x) => x.field === f.field)).toEqual(f);
  });

  it('names the required fields left without a source', () => {
    const rows = rowsFromMapping(target, { targetId: target.id, fields: [] });
    const parsed = mapFormSchema(target).safeParse({ fields: rows });
    expect(parsed.success).toBe(false);
    const flagged = parsed.error!.issues.filter((i) => i.message === 'map.error.requiredUnmapped').map((i) => rows[i.path[1] as number]!.field);
    expect(flagged.sort()).toEqual(target.fields.filter((f) => f.required).map((f) => f.key).sort());
  });
});
