import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { importText } from './session';

/** The seed documents sit beside the repository (../shared/seeds), as they do in CI. */
const SEEDS = join(import.meta.dirname, '..', '..', 'shared', 'seeds');

export function seedText(file: string): string {
  const path = join(SEEDS, file);
  if (!existsSync(path)) throw new Error(`The target documents are expected in ${SEEDS} (the shared folder beside the repository).`);
  return readFileSync(path, 'utf8');
}

const squash = (s: string) => s.replace(/\s+/g, ' ').replace(/[“”]/g, '"').trim();

/** Asserts that the document says `passage` (whitespace-insensitive; " ... " separates quoted pieces): a test quotes the document, not a memory of it. */
export function expectQuote(document: string, passage: string): void {
  for (const piece of passage.split(/\s*\.\.\.\s*/).filter((p) => p.length > 0)) expect(squash(document), `the document should say: ${piece}`).toContain(squash(piece));
}

/**
 * Imports CSV text into a target with Ferry's own mapping (headers are the
 * target's labels) and returns, per data row, its issues as "field:code"
 * strings (errors and warnings) and the exported CSV body.
 */
export async function check(targetId: string, csv: string) {
  const r = await importText(csv, targetId);
  const rows: string[][] = [];
  for (let i = 0; i < r.summary.rows; i++) {
    const w = r.session.rows(i, 1, { kind: 'all' });
    rows.push(w.ok ? w.value.rows[0]!.issues.filter((x) => x.severity !== 'info').map((x) => `${x.field ?? '(row)'}:${x.code}`) : ['?']);
  }
  const exported = r.exportAs();
  return { rows, csv: r.text(exported.data[0]!), json: (root: string) => (JSON.parse(r.text(r.exportAs({ format: 'json' }).data[0]!)) as Record<string, Record<string, unknown>[]>)[root]!, r };
}
