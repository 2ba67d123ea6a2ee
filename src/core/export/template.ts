import type { Target } from '../schema/target';
import { exportColumnsFor } from './columns';
import { csvLine } from './csv-writer';

/**
 * The target's template: its exact header line, and the same line followed
 * by one example record (the fields' documented examples) that passes the
 * target's own validation (a test checks it).
 */
export function templateCsv(target: Target, withExample: boolean): string {
  const columns = exportColumnsFor(target, new Set(target.fields.filter((f) => f.example !== undefined && f.example !== '').map((f) => f.key)));
  const dialect = { delimiter: target.csv.delimiters[0]!, lineEnding: target.csv.lineEnding, quoting: target.csv.quoting };
  const header = csvLine(columns.map((f) => f.label), dialect);
  return withExample ? header + csvLine(columns.map((f) => f.example ?? ''), dialect) : header;
}
