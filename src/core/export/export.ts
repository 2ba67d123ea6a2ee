import type { Field, Target } from '../schema/target';
import { isMapped } from '../mapping/mapping';
import { issueMessage, type Locale } from '../messages';
import { SEVERITY_RANK } from '../issues';
import type { Validation } from '../validate/validate-dataset';
import { exportColumnsFor } from './columns';
import { ChunkedText, csvLine, guardFormula, type CsvDialectOut } from './csv-writer';
import { JsonLeaf, jsonNull, jsonRaw, jsonString, newObject, serializeJson, setPath, type JsonNode, type JsonObject } from './json-writer';
import { rowIndex } from '../brand';

export type ExportFormat = 'csv' | 'json';

export interface ExportRequest {
  readonly format: ExportFormat;
  /** One of the target's allowed delimiters (CSV only); defaults to the first. */
  readonly delimiter?: string;
  /** Prefix text cells starting with = + - @ (CSV only); defaults to the target's choice. */
  readonly formulaGuard?: boolean;
  /** Language of the report's messages. */
  readonly locale: Locale;
  /** File name stem, e.g. "customers" → customers.csv, customers-report.csv. */
  readonly baseName: string;
}

export interface ExportedFile {
  readonly name: string;
  readonly mime: string;
  /** The file's text in chunks (join or hand to a Blob). */
  readonly chunks: readonly string[];
  /** Prefix the UTF-8 byte-order mark when writing bytes. */
  readonly bom: boolean;
  /** Data records in the file (0 for reports). */
  readonly records: number;
}

/** Accounting for every record of the source: nothing is lost without a line saying so. */
export interface ExportSummary {
  /** Records in the file, header and preamble included (blank lines excluded). */
  readonly records: number;
  /** Records above and including the header row. */
  readonly headerAndPreamble: number;
  readonly dataRows: number;
  readonly exported: number;
  /** Exported rows that carry warnings. */
  readonly exportedWithWarnings: number;
  /** Rows left out because of errors: each is in the report with its line. */
  readonly rejected: number;
  readonly blankLines: number;
  /** Text cells given a leading apostrophe by the formula guard. */
  readonly guardedCells: number;
  /** Columns written, in order (CSV header). */
  readonly columns: readonly string[];
}

export interface ExportResult {
  /** One file, or several when the target caps records per file. */
  readonly data: readonly ExportedFile[];
  /** One line per issue: line, severity, field, column, value, code, message. */
  readonly report: ExportedFile;
  /** The rejected rows as they were in the source, with their issues, ready to fix and re-import. */
  readonly rejected: ExportedFile;
  readonly summary: ExportSummary;
}

/** Which fields are written, in order, for this validation's mapping. */
export function exportColumns(v: Validation): Field[] {
  const mapped = new Set(v.ct.fields.filter((cf) => isMapped(cf.source)).map((cf) => cf.field.key));
  // Fields filled by a derivation count as mapped when their inputs are.
  for (const d of v.ct.target.derivations) {
    const inputs = d.kind === 'sign-to-enum' ? [d.amount] : d.sources.map((s) => s.field);
    if (inputs.some((k) => mapped.has(k))) mapped.add(d.amount).add(d.field);
  }
  return exportColumnsFor(v.ct.target, mapped);
}

const NUMERIC_KINDS = new Set(['integer', 'decimal', 'days', 'duration']);

function jsonLeaf(field: Field, formatted: string): JsonLeaf {
  const t = field.type;
  if (NUMERIC_KINDS.has(t.kind)) return jsonRaw(formatted);
  if (t.kind === 'boolean') return jsonRaw(formatted === t.output.true ? 'true' : 'false');
  if (t.kind === 'enum' && t.output === 'number' && /^-?\d+$/.test(formatted)) return jsonRaw(formatted);
  return jsonString(formatted);
}

/**
 * One record as JSON, with the model's nesting ("Addresses.0.Street").
 * Top-level fields are always present (null when empty). A nested object is
 * written only when the row gave it a value: an address whose only value is
 * a constant type ("Street") is no address at all.
 */
function jsonRecord(v: Validation, columns: readonly Field[], columnIndex: readonly number[], cells: readonly string[]): JsonObject {
  const obj = newObject();
  const nested = new Map<string, { leaves: [string, JsonLeaf][]; fromRow: boolean }>();
  columns.forEach((f, k) => {
    const path = f.jsonPath ?? f.key;
    const leaf = cells[k] === '' ? jsonNull : jsonLeaf(f, cells[k]!);
    const dot = path.lastIndexOf('.');
    if (dot === -1) {
      setPath(obj, path, leaf);
      return;
    }
    const parent = path.slice(0, dot);
    const group = nested.get(parent) ?? { leaves: [], fromRow: false };
    if (cells[k] !== '') {
      group.leaves.push([path, leaf]);
      if (v.ct.fields[columnIndex[k]!]!.source.kind === 'columns') group.fromRow = true;
    }
    nested.set(parent, group);
  });
  for (const group of nested.values()) if (group.fromRow) for (const [path, leaf] of group.leaves) setPath(obj, path, leaf);
  compactArrays(obj);
  return obj;
}

/** Lists built from numbered paths lose their gaps: Addresses 0 empty and 1 filled is a list of one. */
function compactArrays(node: JsonNode): void {
  if (Array.isArray(node)) {
    for (let i = node.length - 1; i >= 0; i--) if (node[i] === undefined) node.splice(i, 1);
    node.forEach(compactArrays);
  } else if (!(node instanceof JsonLeaf)) for (const key of Object.keys(node)) compactArrays(node[key]!);
}

/**
 * Writes the rows that pass validation in the target's dialect (CSV with the
 * exact header names and order, split at the target's record limit; or JSON
 * with the model's property names), plus the report and the rejected rows.
 * Same input and mapping give byte-identical files.
 */
export function buildExport(v: Validation, request: ExportRequest, blankLines: number): ExportResult {
  const target = v.ct.target;
  const columns = exportColumns(v);
  const columnIndex = columns.map((f) => v.ct.indexOf.get(f.key)!);
  const dialect: CsvDialectOut = {
    delimiter: request.delimiter !== undefined && target.csv.delimiters.includes(request.delimiter as ',') ? request.delimiter : target.csv.delimiters[0]!,
    lineEnding: target.csv.lineEnding,
    quoting: target.csv.quoting,
  };
  const guard = request.formulaGuard ?? target.csv.formulaGuard;
  const perFile = request.format === 'csv' ? (target.csv.maxRecordsPerFile ?? Infinity) : Infinity;
  const header = csvLine(columns.map((f) => f.label), dialect);

  const dataFiles: { text: ChunkedText; records: number }[] = [];
  let current: { text: ChunkedText; records: number } | null = null;
  const jsonRows: JsonNode[] = [];
  let exported = 0;
  let withWarnings = 0;
  let rejected = 0;
  let guardedCells = 0;

  for (let row = 0; row < v.dataset.rowCount; row++) {
    if (v.isError(row)) {
      rejected++;
      continue;
    }
    const ev = v.evaluate(row);
    exported++;
    if (v.index.rowRank[row] === SEVERITY_RANK.warning) withWarnings++;
    const cells = columnIndex.map((i) => {
      const value = ev.values[i];
      if (value === null || value === undefined) return '';
      return v.ct.fields[i]!.codec.format(value);
    });
    if (request.format === 'json') {
      jsonRows.push(jsonRecord(v, columns, columnIndex, cells));
      continue;
    }
    if (current === null || current.records >= perFile) {
      current = { text: new ChunkedText(), records: 0 };
      current.text.push(header);
      dataFiles.push(current);
    }
    if (guard) {
      for (let k = 0; k < cells.length; k++) {
        if (columns[k]!.type.kind !== 'text') continue;
        const g = guardFormula(cells[k]!);
        if (g.guarded) {
          cells[k] = g.value;
          guardedCells++;
        }
      }
    }
    current.text.push(csvLine(cells, dialect));
    current.records++;
  }

  let data: ExportedFile[];
  if (request.format === 'json') {
    const root = target.json.root;
    const body = root === undefined ? serializeJson(jsonRows) : serializeJson({ [root]: jsonRows } as unknown as JsonNode);
    data = [{ name: `${request.baseName}.json`, mime: 'application/json', chunks: [body + '\n'], bom: false, records: exported }];
  } else {
    if (dataFiles.length === 0) {
      const empty = new ChunkedText();
      empty.push(header);
      dataFiles.push({ text: empty, records: 0 });
    }
    data = dataFiles.map((f, i) => ({
      name: dataFiles.length === 1 ? `${request.baseName}.csv` : `${request.baseName}-part-${i + 1}-of-${dataFiles.length}.csv`,
      mime: 'text/csv',
      chunks: f.text.finish(),
      bom: target.csv.bom,
      records: f.records,
    }));
  }

  const summary: ExportSummary = {
    records: v.dataset.table.recordCount,
    headerAndPreamble: v.dataset.headerRecord + 1,
    dataRows: v.dataset.rowCount,
    exported,
    exportedWithWarnings: withWarnings,
    rejected,
    blankLines,
    guardedCells,
    columns: columns.map((f) => f.label),
  };
  return { data, report: buildReport(v, request), rejected: buildRejected(v, request), summary };
}

const REPORT_DIALECT: CsvDialectOut = { delimiter: ',', lineEnding: '\r\n', quoting: 'minimal' };

/** Reports are opened by people in spreadsheets: every cell is guarded against formulas. */
const reportLine = (cells: readonly string[]) => csvLine(cells.map((c) => guardFormula(c).value), REPORT_DIALECT);

function sourceColumnsOf(v: Validation, field: string | null): string {
  if (field === null) return '';
  const cf = v.ct.fields[v.ct.indexOf.get(field)!]!;
  const s = cf.source;
  if (s.kind === 'columns') return s.columns.map((c) => v.dataset.columns[c]?.name ?? '').join(' + ');
  if (s.kind === 'constant') return '(constant)';
  return '';
}

const REPORT_HEADERS: Record<Locale, string[]> = {
  en: ['Line', 'Severity', 'Field', 'Source column', 'Value', 'Issue', 'Message'],
  fr: ['Ligne', 'Gravité', 'Champ', 'Colonne source', 'Valeur', 'Problème', 'Message'],
};
const SEVERITY_WORDS: Record<Locale, Record<string, string>> = {
  en: { error: 'error', warning: 'warning', info: 'info' },
  fr: { error: 'erreur', warning: 'avertissement', info: 'info' },
};

/** The report: one line per issue, every row with an error or a warning, in line order. */
function buildReport(v: Validation, request: ExportRequest): ExportedFile {
  const out = new ChunkedText();
  out.push(reportLine(REPORT_HEADERS[request.locale]));
  const target: Target = v.ct.target;
  for (let row = 0; row < v.dataset.rowCount; row++) {
    if (v.index.rowRank[row]! < SEVERITY_RANK.warning) continue;
    for (const i of v.rowIssues(rowIndex(row))) {
      const label = i.field === null ? '' : (target.fields.find((f) => f.key === i.field)?.label ?? i.field);
      out.push(reportLine([String(v.dataset.line(row)), SEVERITY_WORDS[request.locale][i.severity]!, label, sourceColumnsOf(v, i.field), i.value, i.code, issueMessage(i, target, request.locale)]));
    }
  }
  return { name: `${request.baseName}-report.csv`, mime: 'text/csv', chunks: out.finish(), bom: true, records: 0 };
}

/** Rejected rows exactly as read (all source columns), with their line and the error messages, for fixing in a spreadsheet. */
function buildRejected(v: Validation, request: ExportRequest): ExportedFile {
  const out = new ChunkedText();
  const head = request.locale === 'fr' ? ['Ligne', 'Problèmes'] : ['Line', 'Issues'];
  out.push(reportLine([...head, ...v.dataset.columns.map((c) => c.name)]));
  let records = 0;
  for (let row = 0; row < v.dataset.rowCount; row++) {
    if (!v.isError(row)) continue;
    records++;
    const problems = v
      .rowIssues(rowIndex(row))
      .filter((i) => i.severity === 'error')
      .map((i) => `${i.field === null ? '' : `${v.ct.target.fields.find((f) => f.key === i.field)?.label ?? i.field}: `}${issueMessage(i, v.ct.target, request.locale)}`)
      .join(' | ');
    const cells = v.dataset.columns.map((c) => v.dataset.cell(row, c.index));
    out.push(reportLine([String(v.dataset.line(row)), problems, ...cells]));
  }
  return { name: `${request.baseName}-rejected-rows.csv`, mime: 'text/csv', chunks: out.finish(), bom: true, records };
}
