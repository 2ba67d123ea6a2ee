/**
 * `tsx test-support/read-back-main.ts <file> <target>`: prints the {@link readBack} verdict as
 * JSON. For the e2e tests, whose runner loads TypeScript without the bundler's module resolution.
 */
import { readFileSync } from 'node:fs';
import { readBack } from './session';

const [file, target] = process.argv.slice(2);
if (file === undefined || target === undefined) throw new Error('usage: read-back-main.ts <file> <target>');
process.stdout.write(JSON.stringify(await readBack(new Uint8Array(readFileSync(file)), target)));
