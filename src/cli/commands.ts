import { issueMessage } from '../core/messages';
import { intakeProblemMessage, reasonMessage } from '../core/messages/problems';
import { parseProfileText, type MappingProfile } from '../core/mapping/profile';
import { isMapped } from '../core/mapping/mapping';
import { Session } from '../core/session/session';
import { TargetRegistry } from '../core/targets/registry';
import type { ExportedFile } from '../core/export/export';
import type { IntakeOptions } from '../core/session/intake';
import { nodeFileSource } from './node-source';

/** What the CLI needs from the outside world (so tests can run it in memory). */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readText(path: string): string;
  exists(path: string): boolean;
  writeFile(path: string, data: Uint8Array): void;
  siblingPath(path: string, name: string): string;
  stem(path: string): string;
}

export const EXIT_OK = 0;
export const EXIT_INVALID_ROWS = 1;
export const EXIT_UNUSABLE = 2;

const USAGE = `Usage: npm run --silent ferry -- <command>

  targets [--json]                         list the built-in targets
  inspect <file> [--json]                  what Ferry detects in a file
  map <file> --target <id> [--json]        the proposed column mapping
  import <file> --target <id> [--mapping <profile.json>] [--format csv|json]
         --out <path> [--errors <path>]    write valid rows and the error report
`;

interface Args {
  readonly positional: string[];
  readonly flags: Map<string, string | true>;
}

const VALUE_FLAGS = new Set(['target', 'mapping', 'format', 'out', 'errors', 'encoding', 'delimiter', 'sheet', 'header-line']);
const BOOLEAN_FLAGS = new Set(['json']);

function parseArgs(argv: readonly string[]): Args | string {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (BOOLEAN_FLAGS.has(name)) flags.set(name, true);
    else if (VALUE_FLAGS.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) return `--${name} needs a value`;
      flags.set(name, value);
    } else return `unknown option --${name}`;
  }
  return { positional, flags };
}

const NEWLINE_NAMES: Record<string, string> = { '\r\n': 'CRLF', '\n': 'LF', '\r': 'CR' };

/** Runs one CLI command; returns the exit code. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  const fail = (why: string) => {
    io.err(`ferry: ${why}\n`);
    return EXIT_UNUSABLE;
  };
  if (typeof args === 'string') return fail(args);
  const [command, file] = args.positional;
  const json = args.flags.has('json');
  const flag = (name: string) => {
    const v = args.flags.get(name);
    return typeof v === 'string' ? v : undefined;
  };
  const registry = TargetRegistry.builtIn();

  if (command === undefined || command === 'help') {
    io.out(USAGE);
    return command === undefined ? EXIT_UNUSABLE : EXIT_OK;
  }
  if (command === 'targets') {
    const list = registry.list().map((e) => ({ id: e.target.id, name: e.target.name }));
    io.out(json ? JSON.stringify(list, null, 2) + '\n' : list.map((t) => `${t.id}\t${t.name}\n`).join(''));
    return EXIT_OK;
  }
  if (command !== 'inspect' && command !== 'map' && command !== 'import') return fail(`unknown command "${command}" (try: targets, inspect, map, import)`);
  if (file === undefined) return fail(`${command} needs a file`);
  if (!io.exists(file)) return fail(`no such file: ${file}`);

  let profile: MappingProfile | undefined;
  const mappingPath = flag('mapping');
  if (mappingPath !== undefined) {
    if (!io.exists(mappingPath)) return fail(`no such mapping file: ${mappingPath}`);
    const parsed = parseProfileText(io.readText(mappingPath));
    if (!parsed.ok) return fail(`mapping file ${mappingPath} is not a Ferry mapping profile: ${parsed.error.kind === 'not-json' ? parsed.error.message : parsed.error.issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`);
    profile = parsed.value;
  }

  const options: IntakeOptions = {
    ...(flag('encoding') !== undefined || profile?.source.encoding !== undefined ? { encoding: (flag('encoding') ?? profile?.source.encoding) as IntakeOptions['encoding'] } : {}),
    ...(flag('delimiter') !== undefined || profile?.source.delimiter !== undefined ? { delimiter: flag('delimiter') ?? profile?.source.delimiter } : {}),
    ...(flag('sheet') !== undefined || profile?.source.sheet !== undefined ? { sheet: flag('sheet') ?? profile?.source.sheet } : {}),
  } as IntakeOptions;
  const session = new Session(registry);
  const opened = await session.open(nodeFileSource(file), options);
  if (!opened.ok) return fail(`${file}: ${intakeProblemMessage(opened.error, 'en')}`);
  let summary = opened.value;
  const headerLine = flag('header-line') ?? profile?.source.headerLine;
  if (headerLine !== undefined) {
    const record = session.rawRecords(0, summary.records).find((r) => r.line === Number(headerLine))?.record;
    if (record === undefined) return fail(`no record starts on line ${headerLine}`);
    const set = session.setHeaderRecord(record);
    if (set.ok) summary = set.value;
  }

  if (command === 'inspect') {
    const report = {
      file: summary.name,
      format: summary.kind,
      encoding: summary.encoding?.encoding ?? null,
      bom: summary.encoding?.bom ?? false,
      delimiter: summary.dialect?.delimiter ?? null,
      lineEnding: summary.dialect === null ? null : NEWLINE_NAMES[summary.dialect.newline],
      sheets: summary.sheets.map((s) => s.name),
      sheet: summary.sheet,
      headerLine: summary.headerLine,
      rows: summary.dataRows,
      headers: summary.columns.map((c) => c.name),
      blankLines: summary.blankLines,
      notes: summary.notes,
    };
    if (json) io.out(JSON.stringify(report, null, 2) + '\n');
    else {
      io.out(`${report.file}: ${report.format}${report.encoding === null ? '' : `, ${report.encoding}${report.bom ? ' with BOM' : ''}`}${report.delimiter === null ? '' : `, delimiter ${JSON.stringify(report.delimiter)}, ${report.lineEnding} line ends`}\n`);
      if (report.sheets.length > 0) io.out(`sheets: ${report.sheets.join(', ')} (reading "${report.sheet}")\n`);
      io.out(`header on line ${report.headerLine ?? '(none)'}; ${report.rows} data rows; ${report.blankLines} blank lines\n`);
      io.out(`columns: ${report.headers.join(' | ')}\n`);
    }
    return EXIT_OK;
  }

  const targetId = flag('target') ?? profile?.target;
  if (targetId === undefined) return fail(`${command} needs --target <id> (see: ferry targets)`);
  const entry = registry.get(targetId);
  if (entry === undefined) return fail(`unknown target "${targetId}" (see: ferry targets)`);
  if (profile !== undefined && profile.target !== targetId) return fail(`mapping profile is for target "${profile.target}", not "${targetId}"`);
  const proposed = session.proposeMapping(targetId, profile);
  if (!proposed.ok) return fail(proposed.error.kind);
  const target = entry.target;
  const labelOf = (key: string) => target.fields.find((f) => f.key === key)?.label ?? key;

  if (command === 'map') {
    const columns = summary.columns.map((c) => {
      const m = proposed.value.matches.find((x) => x.column === c.index);
      return {
        source: c.original.trim() === '' ? c.name : c.original,
        field: m?.field ?? null,
        label: m === undefined ? null : labelOf(m.field),
        confidence: m?.score ?? null,
        level: m?.confidence ?? null,
        reason: m === undefined ? null : m.reasons.map((r) => reasonMessage(r, labelOf(m.field), 'en')).join('; '),
      };
    });
    const mapped = new Set(proposed.value.mapping.fields.filter((f) => isMapped(f.source)).map((f) => f.field));
    const unmappedRequired = target.fields.filter((f) => f.required && !mapped.has(f.key)).map((f) => ({ field: f.key, label: f.label }));
    if (json) io.out(JSON.stringify({ target: targetId, columns, unmappedRequired }, null, 2) + '\n');
    else {
      for (const c of columns) io.out(`${c.source} → ${c.label ?? '(not used)'}${c.level === null ? '' : ` [${c.level} ${c.confidence}] ${c.reason}`}\n`);
      if (unmappedRequired.length > 0) io.out(`required fields with no column: ${unmappedRequired.map((f) => f.label).join(', ')}\n`);
    }
    return EXIT_OK;
  }

  // import
  const out = flag('out');
  if (out === undefined) return fail('import needs --out <path>');
  const format = flag('format') ?? 'csv';
  if (format !== 'csv' && format !== 'json') return fail(`--format must be csv or json, not "${format}"`);
  const validated = await session.validate(proposed.value.mapping);
  if (!validated.ok) return fail(validated.error.kind);
  const exported = session.export({ format, locale: 'en', baseName: io.stem(out) });
  if (!exported.ok) return fail(exported.error.kind);
  const result = exported.value;
  const write = (path: string, f: ExportedFile) => {
    const body = new TextEncoder().encode(f.chunks.join(''));
    const bytes = f.bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body;
    io.writeFile(path, bytes);
  };
  if (result.data.length === 1) write(out, result.data[0]!);
  else for (const f of result.data) write(io.siblingPath(out, f.name), f);
  const errorsPath = flag('errors');
  if (errorsPath !== undefined) write(errorsPath, result.report);
  const s = result.summary;
  io.err(`rows read: ${s.dataRows}, exported: ${s.exported}, invalid: ${s.rejected}${s.exportedWithWarnings > 0 ? ` (${s.exportedWithWarnings} exported with warnings)` : ''}${result.data.length > 1 ? `; written as ${result.data.length} files` : ''}\n`);
  if (s.rejected > 0 && errorsPath === undefined) {
    const first = session.rows(0, 3, { kind: 'severity', severity: 'error' });
    if (first.ok) for (const r of first.value.rows) for (const i of r.issues.filter((x) => x.severity === 'error')) io.err(`  line ${r.line}: ${i.field === null ? '' : `${labelOf(i.field)}: `}${issueMessage(i, target, 'en')}\n`);
  }
  return s.rejected > 0 ? EXIT_INVALID_ROWS : EXIT_OK;
}
