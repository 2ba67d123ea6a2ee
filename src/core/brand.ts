/**
 * Branded numbers and strings keep look-alike values apart: a row index is
 * not a line number, and neither is a column index.
 */
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** 0-based index of a data row in a dataset (after the header row). */
export type RowIndex = Brand<number, 'RowIndex'>;
/** 0-based index of a source column. */
export type ColumnIndex = Brand<number, 'ColumnIndex'>;
/** 1-based physical line (CSV) or sheet row (XLSX) in the source file. */
export type SourceLine = Brand<number, 'SourceLine'>;

export const rowIndex = (n: number) => n as RowIndex;
export const columnIndex = (n: number) => n as ColumnIndex;
export const sourceLine = (n: number) => n as SourceLine;
