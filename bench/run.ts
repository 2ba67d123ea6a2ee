/**
 * Ferry's pipeline on generated ledgers (100k and 1M rows), through the same
 * core the worker runs: read + decode + parse into the columnar table,
 * propose a mapping, validate every row, export the ZenCase CSV. Prints
 * each stage's time, throughput, heap, and ratios to papaparse alone and to
 * the targets in shared/research/perf.md.
 *
 *   npm run bench [-- --rows 100000,1000000]
 */
import Papa from 'papaparse';
import { memorySource } from '../src/core/session/byte-source';
import { Session } from '../src/core/session/session';
import { TargetRegistry } from '../src/core/targets/registry';
import { ledgerCsv } from './generate';

const args = process.argv.slice(2);
const sizes = args.includes('--rows') ? args[args.indexOf('--rows') + 1]!.split(',').map(Number) : [100_000, 1_000_000];
const TARGET_MS: Record<number, number> = { 100_000: 500, 1_000_000: 3500 };

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const heapMb = () => mb(process.memoryUsage().heapUsed);
const gc = () => (globalThis as { gc?: () => void }).gc?.();

async function time<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const t0 = performance.now();
  const v = await fn();
  return [v, performance.now() - t0];
}

async function runOnce(rows: number) {
  const text = ledgerCsv(rows);
  const bytes = new TextEncoder().encode(text);
  gc();
  const [papaRows, papaMs] = await time(() => Papa.parse<string[]>(text, { header: false, delimiter: ',', newline: '\r\n', skipEmptyLines: false }).data.length);
  gc();
  const session = new Session(TargetRegistry.builtIn());
  const [opened, readMs] = await time(() => session.open(memorySource('ledger.csv', bytes, 1 << 20), {}));
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  const heapAfterRead = heapMb();
  const [proposal, mapMs] = await time(() => session.proposeMapping('zencase-client-ledger'));
  if (!proposal.ok) throw new Error('mapping failed');
  const [validated, validateMs] = await time(() => session.validate(proposal.value.mapping));
  if (!validated.ok) throw new Error('validation failed');
  const [exported, exportMs] = await time(() => session.export({ format: 'csv', locale: 'en', baseName: 'ledger' }));
  if (!exported.ok) throw new Error('export failed');
  const outBytes = exported.value.data.reduce((n, f) => n + f.chunks.reduce((m, c) => m + c.length, 0), 0);
  const s = exported.value.summary;
  if (s.exported + s.rejected !== rows || papaRows < rows) throw new Error('rows lost');
  return { bytes: bytes.length, papaMs, readMs, mapMs, validateMs, exportMs, heapAfterRead, heapEnd: heapMb(), outBytes, summary: s, files: exported.value.data.length };
}

console.log(`Ferry pipeline benchmark — Node ${process.version}, ${process.arch}; median of runs; same core as the browser worker\n`);
for (const rows of sizes) {
  const runs: Awaited<ReturnType<typeof runOnce>>[] = [];
  const repeat = rows >= 1_000_000 ? 3 : 5;
  for (let i = 0; i < repeat; i++) runs.push(await runOnce(rows));
  const med = (f: (r: (typeof runs)[number]) => number) => runs.map(f).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
  const r = runs[0]!;
  const total = med((x) => x.readMs + x.validateMs + x.exportMs);
  const rowsPerS = (ms: number) => `${Math.round(rows / (ms / 1000)).toLocaleString('en-US')} rows/s`;
  console.log(`== ${rows.toLocaleString('en-US')} rows, ${mb(r.bytes)} MB in, ${mb(r.outBytes)} MB out in ${r.files} file(s); ${r.summary.exported.toLocaleString('en-US')} exported, ${r.summary.rejected.toLocaleString('en-US')} rejected ==`);
  console.log(`read + decode + parse  ${med((x) => x.readMs).toFixed(0).padStart(6)} ms   ${rowsPerS(med((x) => x.readMs))}, ${(r.bytes / 1024 / 1024 / (med((x) => x.readMs) / 1000)).toFixed(0)} MB/s`);
  console.log(`  papaparse alone      ${med((x) => x.papaMs).toFixed(0).padStart(6)} ms   (string in memory, rows kept as arrays: ratio ${(med((x) => x.readMs) / med((x) => x.papaMs)).toFixed(2)}×)`);
  console.log(`propose mapping        ${med((x) => x.mapMs).toFixed(0).padStart(6)} ms`);
  console.log(`validate               ${med((x) => x.validateMs).toFixed(0).padStart(6)} ms   ${rowsPerS(med((x) => x.validateMs))}`);
  console.log(`export CSV             ${med((x) => x.exportMs).toFixed(0).padStart(6)} ms   ${rowsPerS(med((x) => x.exportMs))}`);
  console.log(`parse + validate + export ${total.toFixed(0).padStart(4)} ms   target ≤ ${TARGET_MS[rows] ?? '—'} ms (research/perf.md §9): ratio ${TARGET_MS[rows] === undefined ? '—' : (total / TARGET_MS[rows]).toFixed(2)}×`);
  console.log(`heap after read ${r.heapAfterRead} MB, at the end ${r.heapEnd} MB (file ${mb(r.bytes)} MB)\n`);
}
