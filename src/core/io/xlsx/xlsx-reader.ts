import { err, ok, type Result } from '../../result';
import type { RawTableBuilder } from '../../table/raw-table';
import { classifyNumberFormat, excelNumberText, serialToIso, type NumberFormatKind } from './excel-values';
import { attr, decodeEntities, decodeOoxmlEscapes, tags, textUntilTag } from './xml';
import { extractEntries, type ZipProblem } from './zip';

export interface SheetInfo {
  readonly name: string;
  readonly hidden: boolean;
  /** Path of the worksheet part inside the archive. */
  readonly path: string;
}

export type XlsxProblem =
  | ZipProblem
  | { readonly kind: 'not-a-workbook' }
  | { readonly kind: 'sheet-missing'; readonly sheet: string }
  | { readonly kind: 'cell-out-of-range'; readonly sheet: string; readonly ref: string };

export interface SheetReadStats {
  /** Rows with no non-empty cell, or missing between rows that have one. */
  readonly blankRows: number;
  readonly blankRowNumbers: readonly number[];
  /** Last row number seen (the sheet's "line" count). */
  readonly lastRow: number;
  /** Formula cells saved without a cached value (read as empty). */
  readonly formulasWithoutValue: number;
  /** Rows hidden in Excel (still read). */
  readonly hiddenRows: number;
}

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
const LINE_LIST_CAP = 1000;

const utf8 = new TextDecoder('utf-8');
const textOf = (bytes: Uint8Array | undefined) => (bytes === undefined ? '' : utf8.decode(bytes));

/** Resolves a relationship target against the folder of the part that owns it. */
function resolvePart(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** An opened XLSX workbook: sheet list, shared strings and styles, ready to read sheets on demand. */
export class XlsxWorkbook {
  private constructor(
    private readonly parts: Map<string, Uint8Array>,
    readonly sheets: readonly SheetInfo[],
    private readonly date1904: boolean,
    private readonly sharedStrings: readonly string[],
    private readonly styleKinds: readonly NumberFormatKind[],
  ) {}

  static open(data: Uint8Array): Result<XlsxWorkbook, XlsxProblem> {
    const extracted = extractEntries(data, (name) => name.endsWith('.xml') || name.endsWith('.rels'));
    if (!extracted.ok) return extracted;
    const parts = extracted.value;
    const workbookPath = findWorkbookPath(parts);
    if (workbookPath === null) return err({ kind: 'not-a-workbook' });
    const workbookXml = textOf(parts.get(workbookPath));
    const rels = readRelationships(textOf(parts.get(resolvePart(workbookPath, '_rels/' + workbookPath.split('/').pop()! + '.rels'))), workbookPath);
    const sheets: SheetInfo[] = [];
    let date1904 = false;
    for (const tag of tags(workbookXml)) {
      if (tag.closing) continue;
      if (tag.name === 'workbookPr') {
        const v = attr(tag.attrs, 'date1904');
        date1904 = v === '1' || v === 'true';
      } else if (tag.name === 'sheet') {
        const name = attr(tag.attrs, 'name') ?? '';
        const id = attr(tag.attrs, 'id');
        const path = id === undefined ? undefined : rels.get(id);
        if (path === undefined || !parts.has(path)) continue; // chart sheets and dialog sheets have no worksheet part
        const state = attr(tag.attrs, 'state');
        sheets.push({ name, hidden: state === 'hidden' || state === 'veryHidden', path });
      }
    }
    const sharedPath = [...rels.entries()].find(([, p]) => p.endsWith('sharedStrings.xml'))?.[1] ?? 'xl/sharedStrings.xml';
    const stylesPath = [...rels.entries()].find(([, p]) => p.endsWith('styles.xml'))?.[1] ?? 'xl/styles.xml';
    return ok(new XlsxWorkbook(parts, sheets, date1904, readSharedStrings(textOf(parts.get(sharedPath))), readStyleKinds(textOf(parts.get(stylesPath)))));
  }

  /** Reads one sheet into a raw table: one record per row with content, `line` = the sheet's row number. */
  readSheet(name: string, table: RawTableBuilder): Result<SheetReadStats, XlsxProblem> {
    const sheet = this.sheets.find((s) => s.name === name);
    if (sheet === undefined) return err({ kind: 'sheet-missing', sheet: name });
    const xml = textOf(this.parts.get(sheet.path));
    let rowNumber = 0;
    let lastRow = 0;
    let cells: string[] = [];
    let inRow = false;
    let cellCol = -1;
    let cellType = 'n';
    let cellStyle = 0;
    let nextCol = 0;
    let value: string | null = null;
    let inline: string[] | null = null;
    let inPhonetic = false;
    let hasFormula = false;
    let formulasWithoutValue = 0;
    let hiddenRows = 0;
    let blankRows = 0;
    const blankRowNumbers: number[] = [];
    let problem: XlsxProblem | null = null;

    const countBlank = (from: number, to: number) => {
      for (let r = from; r < to; r++) {
        blankRows++;
        if (blankRowNumbers.length < LINE_LIST_CAP) blankRowNumbers.push(r);
      }
    };
    const finishRow = () => {
      let last = cells.length - 1;
      while (last >= 0 && (cells[last] === undefined || cells[last]!.trim() === '')) last--;
      countBlank(lastRow + 1, rowNumber);
      if (last < 0) countBlank(rowNumber, rowNumber + 1);
      else {
        const fields = new Array<string>(last + 1);
        for (let i = 0; i <= last; i++) fields[i] = cells[i] ?? '';
        table.append(fields, rowNumber);
      }
      lastRow = rowNumber;
      cells = [];
    };

    for (const tag of tags(xml)) {
      switch (tag.name) {
        case 'row':
          if (tag.closing) {
            if (inRow) finishRow();
            inRow = false;
            break;
          }
          rowNumber = Number(attr(tag.attrs, 'r') ?? rowNumber + 1);
          if (!Number.isInteger(rowNumber) || rowNumber < 1 || rowNumber > MAX_ROW) {
            problem = { kind: 'cell-out-of-range', sheet: name, ref: `row ${attr(tag.attrs, 'r') ?? '?'}` };
            break;
          }
          if (attr(tag.attrs, 'hidden') === '1' || attr(tag.attrs, 'hidden') === 'true') hiddenRows++;
          nextCol = 0;
          inRow = true;
          if (tag.selfClosing) {
            finishRow();
            inRow = false;
          }
          break;
        case 'c': {
          if (tag.closing) {
            this.storeCell(cells, cellCol, cellType, cellStyle, value, inline);
            if (hasFormula && value === null) formulasWithoutValue++;
            break;
          }
          const ref = attr(tag.attrs, 'r');
          cellCol = ref === undefined ? nextCol : columnFromRef(ref);
          if (cellCol < 0 || cellCol >= MAX_COL) {
            problem = { kind: 'cell-out-of-range', sheet: name, ref: ref ?? '?' };
            break;
          }
          nextCol = cellCol + 1;
          cellType = attr(tag.attrs, 't') ?? 'n';
          cellStyle = Number(attr(tag.attrs, 's') ?? 0);
          value = null;
          inline = null;
          hasFormula = false;
          if (tag.selfClosing) this.storeCell(cells, cellCol, cellType, cellStyle, null, null);
          break;
        }
        case 'f':
          if (!tag.closing) hasFormula = true;
          break;
        case 'v':
          if (!tag.closing && !tag.selfClosing) value = decodeEntities(textUntilTag(xml, tag.end));
          break;
        case 'is':
          if (!tag.closing) inline = [];
          break;
        case 'rPh':
          inPhonetic = !tag.closing && !tag.selfClosing;
          break;
        case 't':
          if (!tag.closing && !tag.selfClosing && inline !== null && !inPhonetic) inline.push(decodeOoxmlEscapes(decodeEntities(textUntilTag(xml, tag.end))));
          break;
        default:
          break;
      }
      if (problem !== null) return err(problem);
    }
    table.flush();
    return ok({ blankRows, blankRowNumbers, lastRow, formulasWithoutValue, hiddenRows });
  }

  private storeCell(cells: string[], col: number, type: string, style: number, value: string | null, inline: string[] | null): void {
    let text: string;
    switch (type) {
      case 's':
        text = value === null ? '' : (this.sharedStrings[Number(value)] ?? '');
        break;
      case 'inlineStr':
        text = inline === null ? (value ?? '') : inline.join('');
        break;
      case 'str':
        text = decodeOoxmlEscapes(value ?? '');
        break;
      case 'b':
        text = value === null ? '' : value === '1' || value === 'true' ? 'TRUE' : 'FALSE';
        break;
      case 'e':
        text = value ?? '';
        break;
      case 'd':
        text = value === null ? '' : value.replace(/T00:00:00(?:\.0+)?Z?$/, '');
        break;
      default: {
        if (value === null || value.trim() === '') {
          text = '';
          break;
        }
        const kind = this.styleKinds[style] ?? 'number';
        text = kind === 'number' ? excelNumberText(value) : (serialToIso(Number(value), kind, this.date1904) ?? excelNumberText(value));
      }
    }
    cells[col] = text;
  }
}

function columnFromRef(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  return i === 0 ? -1 : col - 1;
}

function findWorkbookPath(parts: Map<string, Uint8Array>): string | null {
  const rootRels = textOf(parts.get('_rels/.rels'));
  for (const tag of tags(rootRels)) {
    if (tag.name !== 'Relationship' || tag.closing) continue;
    if ((attr(tag.attrs, 'Type') ?? '').endsWith('/officeDocument')) {
      const target = resolvePart('', attr(tag.attrs, 'Target') ?? '');
      if (parts.has(target)) return target;
    }
  }
  return parts.has('xl/workbook.xml') ? 'xl/workbook.xml' : null;
}

function readRelationships(xml: string, ownerPath: string): Map<string, string> {
  const rels = new Map<string, string>();
  for (const tag of tags(xml)) {
    if (tag.name !== 'Relationship' || tag.closing) continue;
    const id = attr(tag.attrs, 'Id');
    const target = attr(tag.attrs, 'Target');
    if (id !== undefined && target !== undefined && attr(tag.attrs, 'TargetMode') !== 'External') rels.set(id, resolvePart(ownerPath, target));
  }
  return rels;
}

function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  let current: string[] | null = null;
  let inPhonetic = false;
  for (const tag of tags(xml)) {
    switch (tag.name) {
      case 'si':
        if (tag.closing) {
          out.push((current ?? []).join(''));
          current = null;
        } else if (tag.selfClosing) out.push('');
        else current = [];
        break;
      case 'rPh':
        inPhonetic = !tag.closing && !tag.selfClosing;
        break;
      case 't':
        if (!tag.closing && !tag.selfClosing && current !== null && !inPhonetic) current.push(decodeOoxmlEscapes(decodeEntities(textUntilTag(xml, tag.end))));
        break;
      default:
        break;
    }
  }
  return out;
}

function readStyleKinds(xml: string): NumberFormatKind[] {
  const customFormats = new Map<number, string>();
  const kinds: NumberFormatKind[] = [];
  let inCellXfs = false;
  for (const tag of tags(xml)) {
    if (tag.name === 'numFmt' && !tag.closing) {
      customFormats.set(Number(attr(tag.attrs, 'numFmtId')), attr(tag.attrs, 'formatCode') ?? '');
    } else if (tag.name === 'cellXfs') {
      inCellXfs = !tag.closing && !tag.selfClosing;
    } else if (tag.name === 'xf' && inCellXfs && !tag.closing) {
      const id = Number(attr(tag.attrs, 'numFmtId') ?? 0);
      kinds.push(classifyNumberFormat(id, customFormats.get(id)));
    }
  }
  return kinds;
}
