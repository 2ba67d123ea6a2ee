import type { Field, Target } from '../schema/target';

/**
 * The columns an export writes, in order: a fixed column set when the target
 * has several (the smallest that holds every mapped field), else every
 * exported field in the target's order.
 */
export function exportColumnsFor(target: Target, mapped: ReadonlySet<string>): Field[] {
  const exported = target.fields.filter((f) => f.exported);
  const sets = target.csv.columnSets;
  if (sets === undefined) return exported;
  const wanted = [...mapped].filter((k) => exported.some((f) => f.key === k));
  const chosen = sets.find((set) => wanted.every((k) => set.includes(k))) ?? sets[sets.length - 1]!;
  return chosen.map((key) => target.fields.find((f) => f.key === key)!);
}
