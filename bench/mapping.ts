/**
 * Mapping accuracy over the corpus in bench/mapping-corpus (dev: the matcher
 * may be tuned on it; holdout: reported, never tuned on), plus the matcher's
 * speed on a wide file. Each case goes through the real path: the CSV text is
 * read (encoding, delimiter and header detection) and mapped by a Session.
 *
 *   npm run bench:mapping [-- --verbose] [-- --set dev|holdout] [-- --targets]
 *
 * --targets also measures the target Ferry proposes when the user has chosen none: how often the
 * case's own target comes first, or among the first two (the runner-up is shown). It runs every
 * target on every case, so it takes a minute or two.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { join } from 'node:path';
import { memorySource } from '../src/core/session/byte-source';
import { Session } from '../src/core/session/session';
import { TargetRegistry } from '../src/core/targets/registry';
import { autoMap } from '../src/core/mapping/auto-map';
import { profileColumns } from '../src/core/mapping/content-profile';

interface Case {
  readonly id: string;
  readonly language: string;
  readonly target: string;
  readonly csv: string;
  readonly expected: Record<string, string | null>;
}

interface Tally {
  cases: number;
  casesRight: number;
  columns: number;
  columnsRight: number;
  proposed: number;
  proposedRight: number;
  expectedMapped: number;
  found: number;
  highWrong: number;
  highRight: number;
  mediumProposed: number;
  mediumRight: number;
  lowProposed: number;
  lowRight: number;
}

const blank = (): Tally => ({ cases: 0, casesRight: 0, columns: 0, columnsRight: 0, proposed: 0, proposedRight: 0, expectedMapped: 0, found: 0, highWrong: 0, highRight: 0, mediumProposed: 0, mediumRight: 0, lowProposed: 0, lowRight: 0 });
const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const suggestions = args.includes('--targets');
const onlySet = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;
const root = join(import.meta.dirname, 'mapping-corpus');
const registry = TargetRegistry.builtIn();

async function runCase(c: Case): Promise<{ right: number; wrong: string[]; tally: Tally; rank: number | null }> {
  const tally = blank();
  const session = new Session(registry);
  const opened = await session.open(memorySource(`${c.id}.csv`, new TextEncoder().encode(c.csv)), {});
  if (!opened.ok) throw new Error(`${c.id}: ${JSON.stringify(opened.error)}`);
  const rank = suggestions ? session.suggestTargets().findIndex((s) => s.targetId === c.target) : null;
  const proposal = session.proposeMapping(c.target);
  if (!proposal.ok) throw new Error(`${c.id}: ${JSON.stringify(proposal.error)}`);
  const columns = opened.value.columns;
  // A case whose first record is data ("4471;02/01/2025;Fatura…", as some tools export) names its
  // columns by that record; when Ferry reads the file as having no header row, they are found by position.
  const delimiter = opened.value.dialect?.delimiter;
  const firstRecord = Papa.parse<string[]>(c.csv, delimiter === undefined ? { preview: 1 } : { preview: 1, delimiter }).data[0] ?? [];
  const byPosition = columns.length > 0 && columns.every((x) => x.naming === 'no-header-row');
  const wrong: string[] = [];
  for (const [header, expected] of Object.entries(c.expected)) {
    const col = byPosition
      ? columns[firstRecord.indexOf(header)]
      : (columns.find((x) => x.original === header) ?? columns.find((x) => x.original.trim() === header.trim()) ?? columns.find((x) => x.name === header));
    const match = col === undefined ? undefined : proposal.value.matches.find((m) => m.column === col.index);
    const got = match?.field ?? null;
    tally.columns++;
    if (got === expected) tally.columnsRight++;
    if (got !== null) {
      tally.proposed++;
      if (got === expected) tally.proposedRight++;
      if (got === expected && match?.confidence === 'high') tally.highRight++;
      else if (match?.confidence === 'high') tally.highWrong++;
      if (match?.confidence === 'medium') {
        tally.mediumProposed++;
        if (got === expected) tally.mediumRight++;
      }
      if (match?.confidence === 'low') {
        tally.lowProposed++;
        if (got === expected) tally.lowRight++;
      }
    }
    if (expected !== null) {
      tally.expectedMapped++;
      if (got === expected) tally.found++;
    }
    if (got !== expected) wrong.push(`    ${JSON.stringify(header)}: expected ${expected ?? '—'}, got ${got ?? '—'}${match === undefined ? '' : ` (${match.confidence} ${match.score})`}${col === undefined ? ' [column not found]' : ''}`);
  }
  tally.cases = 1;
  tally.casesRight = wrong.length === 0 ? 1 : 0;
  return { right: tally.columnsRight, wrong, tally, rank };
}

function add(into: Tally, t: Tally) {
  for (const k of Object.keys(into) as (keyof Tally)[]) into[k] += t[k];
}

function report(name: string, t: Tally): string {
  return `${name.padEnd(24)} cases ${String(t.cases).padStart(3)}  columns right ${pct(t.columnsRight, t.columns).padStart(6)}  precision ${pct(t.proposedRight, t.proposed).padStart(6)}  recall ${pct(t.found, t.expectedMapped).padStart(6)}  files right ${pct(t.casesRight, t.cases).padStart(6)}  right-with-high-confidence ${pct(t.highRight, t.proposedRight).padStart(6)}  wrong-with-high-confidence ${t.highWrong}`;
}

/** Ids and labels of the dev cases a second annotator labelled blind (see mapping-corpus/agreement.py). */
function secondLabelling(): Map<string, Record<string, string | null>> {
  const dir = join(root, 'agreement');
  if (!existsSync(dir)) return new Map();
  return new Map(readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => {
    const s = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { id: string; expected: Record<string, string | null> };
    return [s.id, s.expected];
  }));
}

async function accuracy(): Promise<void> {
  const second = secondLabelling();
  const sample = { engine: blank(), annotatorAgreed: 0 };
  for (const set of ['dev', 'holdout']) {
    if (onlySet !== undefined && onlySet !== set) continue;
    const dir = join(root, set);
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
    const total = blank();
    const ranks: number[] = [];
    const byTarget = new Map<string, Tally>();
    const byLanguage = new Map<string, Tally>();
    for (const file of files) {
      const c = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Case;
      const r = await runCase(c);
      add(total, r.tally);
      if (r.rank !== null) ranks.push(r.rank);
      const tk = c.target.startsWith('efimis-') ? 'efimis-*' : c.target;
      if (!byTarget.has(tk)) byTarget.set(tk, blank());
      add(byTarget.get(tk)!, r.tally);
      if (!byLanguage.has(c.language)) byLanguage.set(c.language, blank());
      add(byLanguage.get(c.language)!, r.tally);
      if (verbose && r.wrong.length > 0) console.log(`  ${set}/${c.id} (${c.target})\n${r.wrong.join('\n')}`);
      const other = set === 'dev' ? second.get(c.id) : undefined;
      if (other !== undefined) {
        add(sample.engine, r.tally);
        sample.annotatorAgreed += Object.entries(c.expected).filter(([h, f]) => other[h] === f).length;
      }
    }
    console.log(`\n== ${set} (${files.length} files) ==`);
    console.log(report('all', total));
    console.log(`by confidence: high ${total.highRight + total.highWrong} proposed, ${pct(total.highRight, total.highRight + total.highWrong)} right; medium ${total.mediumProposed}, ${pct(total.mediumRight, total.mediumProposed)} right; low ${total.lowProposed}, ${pct(total.lowRight, total.lowProposed)} right`);
    for (const [k, t] of [...byTarget].sort()) console.log(report(k, t));
    for (const [k, t] of [...byLanguage].sort()) console.log(report(`lang ${k}`, t));
    if (ranks.length > 0) console.log(`target proposed without a choice: the case's own first in ${pct(ranks.filter((r) => r === 0).length, ranks.length)}, among the first two in ${pct(ranks.filter((r) => r >= 0 && r <= 1).length, ranks.length)}`);
  }
  if (sample.engine.cases > 0) {
    const e = sample.engine;
    console.log(`\n== the ${e.cases} dev cases a second annotator labelled blind (${e.columns} columns) ==\nsecond annotator agrees with the corpus on ${pct(sample.annotatorAgreed, e.columns)} of columns; the engine on ${pct(e.columnsRight, e.columns)}`);
  }
}

/** The matcher on a wide file: 100 columns, 1,000 sample rows, every built-in target. */
function speed(): void {
  const targets = registry.list().map((e) => e.target);
  const headers = Array.from({ length: 100 }, (_, i) => ['Customer', 'Email', 'Amount', 'Date', 'Reference', 'Notes', 'Country', 'Currency', 'Status', 'Phone'][i % 10]! + (i >= 10 ? ` ${Math.floor(i / 10)}` : ''));
  const samples = headers.map((_, c) => Array.from({ length: 1000 }, (_, r) => [`C-${r}`, `user${r}@example.com`, `${r}.50`, `2024-01-${String((r % 28) + 1).padStart(2, '0')}`, `REF-${r * 7}`, `note ${r}`, 'France', 'EUR', r % 2 === 0 ? 'Open' : 'Hold', `+33 1 42 ${String(r).padStart(6, '0')}`][c % 10]!));
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const profiles = profileColumns(samples, targets);
    const t1 = performance.now();
    let pairs = 0;
    for (const target of targets) pairs += autoMap({ target, headers, profiles }).length;
    const t2 = performance.now();
    runs.push(t2 - t0);
    if (i === 4) console.log(`\n== speed: 100 columns × 1,000 rows, ${targets.length} targets ==\nprofile columns ${(t1 - t0).toFixed(0)} ms, match every target ${(t2 - t1).toFixed(0)} ms (${pairs} field matches)`);
  }
  runs.sort((a, b) => a - b);
  console.log(`median of 5 runs: ${runs[2]!.toFixed(0)} ms for all ${targets.length} targets (${(runs[2]! / targets.length).toFixed(1)} ms per target)`);
}

await accuracy();
speed();
