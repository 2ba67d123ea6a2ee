import type { Target } from './target';

/*
 * What a target's derivations and record rules say about its fields' sources, for any mapping:
 * which fields another fills, which go only together. The mapping form and the CLI ask these.
 */

/**
 * The mapped fields a field is derived from when it has no source of its own: Amount and Transaction
 * Type from the Debit and Credit columns, a type from a signed Amount. Empty when it is not derived.
 */
export function derivedFromFields(target: Target, key: string, mapped: (key: string) => boolean): string[] {
  if (mapped(key)) return [];
  const out: string[] = [];
  for (const d of target.derivations) {
    if (d.field !== key && d.amount !== key) continue;
    const from = d.kind === 'sign-to-enum' ? [d.amount] : d.sources.map((s) => s.field);
    for (const f of from) if (f !== key && mapped(f) && !out.includes(f)) out.push(f);
  }
  return out;
}

/**
 * The fields a mapped field goes only together with (the target's "all-or-none" and "only-with"
 * rules) that have no source: exported so, every row would be flagged. Empty when none.
 */
export function missingPartnersOf(target: Target, key: string, mapped: (key: string) => boolean): string[] {
  if (!mapped(key)) return [];
  const out = new Set<string>();
  for (const rule of target.rules) {
    const partners = rule.kind === 'all-or-none' && rule.fields.includes(key) ? rule.fields : rule.kind === 'only-with' && rule.field === key ? rule.requires : [];
    for (const p of partners) if (p !== key && !mapped(p)) out.add(p);
  }
  return [...out];
}
