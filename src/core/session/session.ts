import { err, ok, type Result } from '../result';
import { Dataset } from '../table/dataset';
import { autoMap, type FieldMatch } from '../mapping/auto-map';
import { profileColumns, type ColumnProfile } from '../mapping/content-profile';
import type { FieldMapping, FieldSource, Mapping, ValueMapEntry } from '../mapping/mapping';
import { guessDateOrder, inferDateOrder, inferDecimalSeparator, type DateOrderGuess } from '../mapping/reading-options';
import { suggestTargets } from '../mapping/suggest-target';
import { matchValues, type ValueMatch } from '../mapping/value-map';
import { applyProfile, type Learned, type MappingProfile, readingFor } from '../mapping/profile';
import type { TargetRegistry } from '../targets/registry';
import { translatesValues, type Field, type Target } from '../schema/target';
import { compileFieldCodec } from '../grammar/field-codec';
import { compileTarget } from '../validate/compile';
import { sourceText } from '../validate/evaluate-row';
import { Validation, type ValidationHooks } from '../validate/validate-dataset';
import type { ReadOptions } from '../grammar/types';
import { SEVERITY_RANK } from '../issues';
import { buildExport, type ExportRequest, type ExportResult } from '../export/export';
import type { ByteSource } from './byte-source';
import { readSource, type Intake, type IntakeHooks, type IntakeOptions, type IntakeProblem } from './intake';
import type { ColumnInfo, FieldEvidence, FieldValues, MappingProposal, RawRecord, RowFilter, RowView, RowWindow, SourceNote, SourceSummary, TargetSuggestion, ValidationSummary } from './types';
import { columnIndex, rowIndex } from '../brand';

const PROFILE_SAMPLE_ROWS = 1000;
const EVIDENCE_ROWS = 200_000;
const DISTINCT_CAP = 500;

/** More distinct unreadable values than this are not a code list. */
const CODES_MAX = 30;

/** Whether a value the user once chose for a field is still one it takes: a member of its list, or a code that reads. */
function stillAccepts(field: Field, to: string): boolean {
  if (field.type.kind === 'enum') return field.type.values.some((v) => v.value === to);
  return translatesValues(field.type) && compileFieldCodec(field, {}, []).check(to).ok;
}

export type SessionProblem =
  | { readonly kind: 'no-file' }
  | { readonly kind: 'unknown-target'; readonly target: string }
  | { readonly kind: 'not-validated' }
  | { readonly kind: 'cancelled' };

/**
 * One import: a source file, its header choice, a target and mapping, the
 * validation and the export. The worker and the CLI drive the same session;
 * neither holds any rule of its own.
 */
export class Session {
  private source: ByteSource | null = null;
  private intake: Intake | null = null;
  private dataset: Dataset | null = null;
  private profiles: ColumnProfile[] | null = null;
  private validation: Validation | null = null;

  constructor(readonly registry: TargetRegistry) {}

  /** Reads a file (again, with new options when the user overrides a detection). */
  async open(source: ByteSource, options: IntakeOptions, hooks: IntakeHooks = {}): Promise<Result<SourceSummary, IntakeProblem>> {
    const read = await readSource(source, options, hooks);
    if (!read.ok) return read;
    this.source = source;
    this.intake = read.value;
    this.useHeader(read.value.headerRecord);
    return ok(this.summary()!);
  }

  /** Chooses the header record (-1: no header row). */
  setHeaderRecord(record: number): Result<SourceSummary, SessionProblem> {
    if (this.intake === null) return err({ kind: 'no-file' });
    this.useHeader(Math.max(-1, Math.min(record, this.intake.table.recordCount - 1)));
    return ok(this.summary()!);
  }

  private useHeader(record: number): void {
    this.dataset = new Dataset(this.intake!.table, record);
    this.profiles = null;
    this.validation = null;
  }

  getDataset(): Dataset | null {
    return this.dataset;
  }

  getSourceName(): string | null {
    return this.source?.name ?? null;
  }

  summary(): SourceSummary | null {
    const intake = this.intake;
    const ds = this.dataset;
    if (intake === null || ds === null || this.source === null) return null;
    const notes: SourceNote[] = [];
    if (intake.kind === 'csv') {
      if (intake.encodingFallbackAt !== undefined) notes.push({ kind: 'encoding-fallback', byteOffset: intake.encodingFallbackAt });
      if (intake.malformedQuoteLines.length > 0) notes.push({ kind: 'malformed-quotes', lines: intake.malformedQuoteLines.slice(0, 20), count: intake.malformedQuoteLines.length });
    } else {
      if (intake.formulasWithoutValue > 0) notes.push({ kind: 'formulas-without-value', count: intake.formulasWithoutValue });
      if (intake.hiddenRows > 0) notes.push({ kind: 'hidden-rows', count: intake.hiddenRows });
      const hidden = intake.sheets.filter((s) => s.hidden).map((s) => s.name);
      if (hidden.length > 0) notes.push({ kind: 'hidden-sheets', sheets: hidden });
    }
    if (intake.blankLines > 0) notes.push({ kind: 'blank-lines', lines: intake.blankLineNumbers.slice(0, 20), count: intake.blankLines });
    if (ds.rowCount === 0) notes.push({ kind: 'no-data-rows' });
    let ragged = 0;
    if (ds.headerRecord >= 0) for (let r = 0; r < ds.rowCount; r++) if (ds.fieldCount(r) !== ds.headerWidth) ragged++;
    if (ragged > 0) notes.push({ kind: 'ragged-rows', count: ragged });
    return {
      name: this.source.name,
      size: this.source.size,
      kind: intake.kind,
      encoding: intake.kind === 'csv' ? intake.encoding : null,
      dialect: intake.kind === 'csv' ? intake.dialect : null,
      sheets: intake.kind === 'xlsx' ? intake.sheets.map((s) => ({ name: s.name, hidden: s.hidden })) : [],
      sheet: intake.kind === 'xlsx' ? intake.sheet : null,
      records: intake.table.recordCount,
      lines: intake.lines,
      blankLines: intake.blankLines,
      headerRecord: ds.headerRecord,
      headerLine: ds.headerRecord >= 0 ? intake.table.line(ds.headerRecord) : null,
      detectedHeaderRecord: intake.headerRecord,
      dataRows: ds.rowCount,
      columns: this.columnInfo(ds),
      notes,
    };
  }

  private columnInfo(ds: Dataset): ColumnInfo[] {
    return ds.columns.map((c) => {
      const samples: string[] = [];
      let filled = 0;
      for (let r = 0; r < ds.rowCount; r++) {
        const v = ds.cell(r, c.index);
        if (v.trim() === '') continue;
        filled++;
        if (samples.length < 5 && !samples.includes(v)) samples.push(v);
      }
      return { ...c, samples, filled };
    });
  }

  /** The first records of the file as read, before any header choice (for the raw preview). */
  rawRecords(offset: number, limit: number): RawRecord[] {
    const table = this.intake?.table;
    if (table === undefined) return [];
    const out: RawRecord[] = [];
    for (let r = offset; r < Math.min(table.recordCount, offset + limit); r++) {
      const cells: string[] = [];
      for (let c = 0; c < table.fieldCount(r); c++) cells.push(table.cell(r, c));
      out.push({ record: r, line: table.line(r), cells });
    }
    return out;
  }

  private columnProfiles(): ColumnProfile[] {
    if (this.profiles !== null) return this.profiles;
    const ds = this.dataset!;
    const samples = ds.columns.map((c) => ds.sample(c.index, PROFILE_SAMPLE_ROWS));
    this.profiles = profileColumns(samples, this.registry.list().map((e) => e.target));
    return this.profiles;
  }

  /** Targets ranked by how well they explain this file. */
  suggestTargets(): TargetSuggestion[] {
    if (this.dataset === null) return [];
    return suggestTargets(this.registry.list().map((e) => e.target), this.dataset.columns.map((c) => c.name), this.columnProfiles());
  }

  private targetOf(id: string): Result<Target, SessionProblem> {
    const entry = this.registry.get(id);
    return entry === undefined ? err({ kind: 'unknown-target', target: id }) : ok(entry.target);
  }

  /** Ferry's proposed mapping for a target: a column per field, reading options from the column's evidence, value maps for typos. */
  proposeMapping(targetId: string, profile?: MappingProfile, learned: Learned = { names: [], values: [] }): Result<MappingProposal, SessionProblem> {
    const ds = this.dataset;
    if (ds === null) return err({ kind: 'no-file' });
    const t = this.targetOf(targetId);
    if (!t.ok) return t;
    const target = t.value;
    // A field no column feeds gets the value the user gave it for every row before (Status = Open).
    const matches = autoMap({ target, headers: ds.columns.map((c) => c.name), profiles: this.columnProfiles(), learned: learned.names }).map((m): FieldMatch => {
      const constant = m.column >= 0 ? undefined : learned.constants?.find((c) => c.field === m.field);
      return constant === undefined ? m : { ...m, score: 1, confidence: null, reasons: [{ kind: 'profile-constant', value: constant.value, profile: constant.profile }] };
    });
    let fields: FieldMapping[] = matches.map((m) => {
      const constant = m.reasons.find((r) => r.kind === 'profile-constant');
      const source: FieldSource = m.column >= 0 ? { kind: 'columns', columns: [columnIndex(m.column)], separator: ' ' } : constant !== undefined ? { kind: 'constant', value: constant.value } : { kind: 'none' };
      return { field: m.field, source, options: {}, valueMap: [] };
    });
    if (profile !== undefined) fields = applyProfile(profile, ds.columns, new Set(target.fields.map((f) => f.key))).mapping.fields as FieldMapping[];
    const evidence = this.evidenceFor(target, fields);
    const taughtReading = new Map<string, string>();
    fields = fields.map((f) => {
      if (profile !== undefined) return f;
      const ev = evidence.find((e) => e.field === f.field);
      // What the values prove wins; where they do not decide (every date reads either way), the
      // user's choice for this header in a saved profile does.
      const only = f.source.kind === 'columns' && f.source.columns.length === 1 ? ds.columns[f.source.columns[0]!] : undefined;
      const reading = only === undefined ? undefined : readingFor(learned, only.name, f.field);
      const options = { ...f.options, ...reading?.options };
      if (ev?.dateOrder?.order != null) Object.assign(options, { dateOrder: ev.dateOrder.order });
      if (ev?.decimal?.separator != null) Object.assign(options, { decimalSeparator: ev.decimal.separator });
      if (reading !== undefined && Object.entries(reading.options).some(([k, v]) => options[k as keyof typeof options] === v)) taughtReading.set(f.field, reading.profile);
      const field = target.fields.find((x) => x.key === f.field)!;
      // Values the user chose before for this field come first (while the target still allows them);
      // close spellings fill in the rest.
      const taught = learned.values.filter((v) => v.field === f.field && stillAccepts(field, v.to)).map(({ from, to }) => ({ from, to }));
      const similar = field.type.kind === 'enum' ? this.similarValueMap(target, f) : f.valueMap;
      const valueMap = [...taught, ...similar.filter((v) => !taught.some((t) => t.from === v.from))];
      return { ...f, options, valueMap };
    });
    // Dates no value decides (every one reads either way), no profile taught: the rest of the file may say.
    const guessed = new Map<string, DateOrderGuess>();
    if (profile === undefined) {
      let fileOrder: DateOrderGuess | null | undefined;
      fields = fields.map((f) => {
        const ev = evidence.find((e) => e.field === f.field)?.dateOrder;
        if (ev === undefined || ev.order !== null || ev.either === 0 || ev.dayFirst + ev.monthFirst > 0 || f.options.dateOrder !== undefined) return f;
        fileOrder ??= guessDateOrder(ds.columns.map((c) => ({ name: c.name, values: ds.sample(c.index, PROFILE_SAMPLE_ROWS) })));
        if (fileOrder === null) return f;
        guessed.set(f.field, fileOrder);
        return { ...f, options: { ...f.options, dateOrder: fileOrder.order } };
      });
    }
    const withTaught = this.evidenceFor(target, fields).map((e) => {
      if (taughtReading.has(e.field)) return { ...e, taughtBy: taughtReading.get(e.field)! };
      return guessed.has(e.field) ? { ...e, guessedFrom: guessed.get(e.field)! } : e;
    });
    return ok({ mapping: { targetId, fields }, matches, evidence: withTaught, profile: profile?.name ?? null });
  }

  /** Ferry's close-spelling guesses for an enum field's values: applied, and marked for the user to confirm. */
  private similarValueMap(target: Target, f: FieldMapping): ValueMapEntry[] {
    const values = this.fieldValues(target, f.source, f.field, []);
    return values.values.filter((v) => v.guessed).map((v) => ({ from: v.from, to: v.to!, guessed: true }));
  }

  /** What the data says about reading each mapped date and decimal field. */
  private evidenceFor(target: Target, fields: readonly FieldMapping[]): FieldEvidence[] {
    const out: FieldEvidence[] = [];
    for (const f of fields) {
      const field = target.fields.find((x) => x.key === f.field);
      if (field === undefined || f.source.kind !== 'columns') continue;
      const values = this.columnValues(f.source, EVIDENCE_ROWS);
      const columns = f.source.columns.map(Number);
      if (field.type.kind === 'date') out.push({ field: f.field, columns, dateOrder: inferDateOrder(values) });
      else if (field.type.kind === 'decimal') out.push({ field: f.field, columns, decimal: inferDecimalSeparator(values) });
    }
    return out;
  }

  private columnValues(source: FieldSource, limit: number): string[] {
    const ds = this.dataset!;
    if (source.kind !== 'columns') return [];
    const out: string[] = [];
    for (let r = 0; r < Math.min(ds.rowCount, limit); r++) for (const c of source.columns) out.push(ds.cell(r, c));
    return out;
  }

  /**
   * Distinct values a field gets from its source: for a list, each matched to an allowed value; for
   * a field of codes (a whole number, a country, a currency, a yes/no flag, days), the values that do
   * not read as one, with what the user said each stands for ("Card" is PayToolID 3).
   */
  fieldValues(target: Target, source: FieldSource, fieldKey: string, userMap: readonly ValueMapEntry[], options: ReadOptions = {}): FieldValues {
    const ds = this.dataset;
    const field = target.fields.find((f) => f.key === fieldKey);
    const none: FieldValues = { field: fieldKey, kind: 'list', values: [], distinct: 0 };
    if (ds === null || field === undefined) return none;
    const kind = field.type.kind === 'enum' ? 'list' : translatesValues(field.type) ? 'codes' : null;
    if (kind === null) return none;
    const ct = compileTarget(target, { targetId: target.id, fields: [{ field: fieldKey, source, options, valueMap: [] }] });
    const at = ct.indexOf.get(fieldKey)!;
    const user = new Map(userMap.map((e) => [e.from, e.to]));
    // A list counts every distinct value; codes only those not valid as they are (a column of a
    // million invoice numbers has a million distinct values and, usually, none to translate).
    const codec = ct.fields[at]!.codec;
    const counts = new Map<string, number>();
    for (let r = 0; r < ds.rowCount; r++) {
      const v = sourceText(ct, ds, r, at).trim();
      if (v === '') continue;
      if (kind === 'codes' && !user.has(v) && !counts.has(v) && codec.check(v).ok) continue;
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    const distinct = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([value, count]) => ({ value, count }));
    if (field.type.kind === 'enum') return { field: fieldKey, kind, values: matchValues(distinct.slice(0, DISTINCT_CAP), field.type.values, field.type.acceptNumbers, user, new Set(userMap.filter((e) => e.guessed === true).map((e) => e.from))), distinct: distinct.length };
    // Hundreds of unreadable values are not codes to translate one by one but the wrong column, or
    // values to fix in the review.
    if (distinct.length > CODES_MAX) return { field: fieldKey, kind, values: [], distinct: distinct.length, unreadable: distinct.length };
    const translated = compileFieldCodec(field, options, userMap);
    const values: ValueMatch[] = distinct.map((d) => ({ from: d.value, count: d.count, to: user.get(d.value) ?? null, how: !user.has(d.value) ? 'none' : translated.check(d.value).ok ? 'user' : 'invalid', guessed: false }));
    return { field: fieldKey, kind, values, distinct: distinct.length };
  }

  /** Validates the whole file against a target with a mapping. */
  async validate(mapping: Mapping, hooks: ValidationHooks = {}): Promise<Result<ValidationSummary, SessionProblem>> {
    const ds = this.dataset;
    if (ds === null) return err({ kind: 'no-file' });
    const t = this.targetOf(mapping.targetId);
    if (!t.ok) return t;
    const v = await Validation.run(compileTarget(t.value, mapping), ds, hooks);
    if (v === null) return err({ kind: 'cancelled' });
    this.validation = v;
    return ok(this.validationSummary());
  }

  validationSummary(): ValidationSummary {
    const v = this.validation!;
    const idx = v.index;
    return {
      rows: v.dataset.rowCount,
      errorRows: idx.count(SEVERITY_RANK.error),
      warningRows: idx.count(SEVERITY_RANK.warning),
      infoRows: idx.count(SEVERITY_RANK.info),
      cleanRows: idx.count(0),
      changedRows: idx.rowsWith({ severity: 'info' }).length,
      groups: idx.summary(),
    };
  }

  /** A window of rows (for the review table), optionally only those with some issue. */
  rows(offset: number, limit: number, filter: RowFilter): Result<RowWindow, SessionProblem> {
    const v = this.validation;
    if (v === null) return err({ kind: 'not-validated' });
    let selected: ArrayLike<number> | null = null;
    if (filter.kind === 'severity') selected = v.index.rowsWith({ severity: filter.severity });
    else if (filter.kind === 'issue') selected = v.index.rowsWith({ field: filter.field, code: filter.code });
    const total = selected === null ? v.dataset.rowCount : selected.length;
    const rows: RowView[] = [];
    for (let k = offset; k < Math.min(total, offset + limit); k++) {
      const row = rowIndex(selected === null ? k : selected[k]!);
      const ev = v.evaluate(row);
      const cells = v.ct.fields.map((cf, i) => {
        const value = ev.values[i];
        return value === null || value === undefined ? ev.raw[i]!.trim() : cf.codec.format(value);
      });
      rows.push({ row, line: v.dataset.line(row), cells, issues: v.rowIssues(row) });
    }
    return ok({ total, offset, rows });
  }

  /** Writes the export files for the last validation. */
  export(request: ExportRequest): Result<ExportResult, SessionProblem> {
    const v = this.validation;
    if (v === null) return err({ kind: 'not-validated' });
    return ok(buildExport(v, request, this.intake?.blankLines ?? 0));
  }
}
