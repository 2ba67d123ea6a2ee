import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, basename } from 'node:path';
import { run } from './commands';

const io = {
  out: (text: string) => process.stdout.write(text),
  err: (text: string) => process.stderr.write(text),
  readText: (path: string) => readFileSync(path, 'utf8'),
  exists: existsSync,
  writeFile: (path: string, data: Uint8Array) => writeFileSync(path, data),
  siblingPath: (path: string, name: string) => join(dirname(path), name),
  stem: (path: string) => basename(path, extname(path)),
};

process.exitCode = await run(process.argv.slice(2), io);
