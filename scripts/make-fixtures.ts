/**
 * Writes the intake fixture files (fixtures/intake/). Each file pins one
 * behaviour of the reader; the tests in src/core/session/intake.test.ts read
 * them. Run: npx tsx scripts/make-fixtures.ts (the output is committed, and a
 * test checks it is up to date).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildE2eFixtures, buildFixtures } from './fixtures';

const dir = join(import.meta.dirname, '..', 'fixtures', 'intake');
mkdirSync(dir, { recursive: true });
for (const [name, bytes] of buildFixtures()) writeFileSync(join(dir, name), bytes);
const e2e = join(import.meta.dirname, '..', 'e2e', 'fixtures');
mkdirSync(e2e, { recursive: true });
for (const [name, bytes] of buildE2eFixtures()) writeFileSync(join(e2e, name), bytes);
console.log(`wrote ${buildFixtures().size} intake fixtures and ${buildE2eFixtures().size} e2e fixtures`);
