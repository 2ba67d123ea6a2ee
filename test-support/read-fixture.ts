import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { memorySource } from '../src/core/session/byte-source';
import { readSource, type Intake, type IntakeOptions } from '../src/core/session/intake';
import { Dataset } from '../src/core/table/dataset';

/** Test helper (not shipped): fixture bytes from fixtures/intake. */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'intake', name)));
}

export interface ReadOutcome {
  readonly intake: Intake;
  readonly dataset: Dataset;
  /** Every record as [line, ...cells]. */
  readonly records: (string | number)[][];
  readonly headers: string[];
}

/** Reads bytes through the real intake path, cut into chunks of `chunkSize` bytes. */
export async function readBytes(name: string, bytes: Uint8Array, options: IntakeOptions = {}, chunkSize = 1 << 20): Promise<ReadOutcome> {
  const r = await readSource(memorySource(name, bytes, chunkSize), options);
  if (!r.ok) throw new Error(`intake failed: ${JSON.stringify(r.error)}`);
  const intake = r.value;
  const dataset = new Dataset(intake.table, intake.headerRecord);
  const records: (string | number)[][] = [];
  for (let i = 0; i < intake.table.recordCount; i++) {
    const cells: string[] = [];
    for (let c = 0; c < intake.table.fieldCount(i); c++) cells.push(intake.table.cell(i, c));
    records.push([intake.table.line(i), ...cells]);
  }
  return { intake, dataset, records, headers: dataset.columns.map((c) => c.name) };
}

export const readFixture = (name: string, options?: IntakeOptions, chunkSize?: number) => readBytes(name, fixtureBytes(name), options, chunkSize);
