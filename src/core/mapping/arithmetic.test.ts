import { describe, expect, it } from 'vitest';
import { arithmeticBetween } from './arithmetic';

/** Columns from rows. */
const columns = (rows: string[][]) => rows[0]!.map((_, c) => rows.map((r) => r[c] ?? ''));

describe('how number columns relate row by row', () => {
  it('finds a line total that is units times price, the smaller factor first, in a decimal comma locale', () => {
    const rows = [
      ['6', '12.000,00', '72.000,00', '14.400,00'],
      ['1,5', '18.000,00', '27.000,00', '5.400,00'],
      ['1', '39.900,00', '39.900,00', '0,00'],
      ['4', '12.000,00', '48.000,00', '9.600,00'],
    ];
    const [units, price, amount, tax] = arithmeticBetween(columns(rows));
    expect(amount!.products).toEqual([[0, 1]]);
    expect(units!.products).toEqual([]);
    expect(price!.products).toEqual([]);
    expect(tax!.taxOf).toEqual([{ base: 2, rates: [20], gross: null }]);
  });

  it('reads hours written 1:30 as a factor', () => {
    const rows = [
      ['2:30', '45 000,00', '112 500,00'],
      ['1:15', '30 000,00', '37 500,00'],
      ['3:00', '45 000,00', '135 000,00'],
      ['0:45', '30 000,00', '22 500,00'],
    ];
    expect(arithmeticBetween(columns(rows))[2]!.products).toEqual([[0, 1]]);
  });

  it('needs two rows where neither factor is 0 or 1: a quantity of 1 makes every price its own total', () => {
    const rows = [
      ['1', '120.00', '120.00'],
      ['1', '80.00', '80.00'],
      ['2', '45.00', '90.00'],
      ['1', '60.00', '60.00'],
    ];
    expect(arithmeticBetween(columns(rows)).map((c) => c.products)).toEqual([[], [], []]);
  });

  it('forgives one row in ten that breaks the relation, not more', () => {
    const good = Array.from({ length: 9 }, (_, r) => [String(r + 2), '10.00', `${(r + 2) * 10}.00`]);
    expect(arithmeticBetween(columns([...good, ['3', '10.00', '25.00']]))[2]!.products).toEqual([[0, 1]]);
    expect(arithmeticBetween(columns([...good.slice(0, 5), ['3', '10.00', '25.00'], ['4', '10.00', '45.00']]))[2]!.products).toEqual([]);
  });

  it('takes a tax of the amount before tax, not of the one after it (25% of the net is exactly 20% of the gross)', () => {
    const rows = [
      ['100.00', '25.00', '125.00'],
      ['240.00', '60.00', '300.00'],
      ['80.00', '20.00', '100.00'],
    ];
    expect(arithmeticBetween(columns(rows))[1]!.taxOf).toEqual([{ base: 0, rates: [25], gross: 2 }]);
  });

  it('sees no tax in a share at no tax rate, nor in a tax of 0 on every row', () => {
    const odd = [
      ['100.00', '31.00'],
      ['200.00', '62.00'],
      ['300.00', '93.00'],
    ];
    expect(arithmeticBetween(columns(odd))[1]!.taxOf).toEqual([]);
    const none = [
      ['100.00', '0.00'],
      ['200.00', '0.00'],
      ['300.00', '0.00'],
    ];
    expect(arithmeticBetween(columns(none))[1]!.taxOf).toEqual([]);
  });

  it('ignores columns that are not numbers: dates, codes, words', () => {
    const rows = [
      ['2025-01-03', 'INV-2', 'Fees', '2'],
      ['2025-01-04', 'INV-3', 'Fees', '3'],
      ['2025-01-05', 'INV-4', 'Costs', '4'],
    ];
    expect(arithmeticBetween(columns(rows)).every((c) => c.products.length === 0 && c.taxOf.length === 0)).toBe(true);
  });

  it('finds a total that adds up the two or three columns before it, not a net that is a gross less a fee', () => {
    const taxed = [
      ['1 250,00', '62,50', '124,69', '1 437,19'],
      ['860,00', '43,00', '85,79', '988,79'],
      ['75,00', '3,75', '7,48', '86,23'],
    ];
    expect(arithmeticBetween(columns(taxed))[3]!.sumOf).toEqual([0, 1, 2]);
    const fees = [
      ['450.00', '-45.50', '404.50'],
      ['120.00', '-12.30', '107.70'],
      ['80.00', '-8.50', '71.50'],
    ];
    expect(arithmeticBetween(columns(fees))[2]!.sumOf).toBeNull();
  });

  it('finds what is left of an amount after tax: of a payment and a balance that add up to it, the balance', () => {
    // Net, tax, gross, paid, balance: the paid column is the gross on a row paid in full, so only the sum tells them apart.
    const paidAndLeft = [
      ['2 450,00', '490,00', '2 940,00', '1 000,00', '1 940,00'],
      ['980,00', '196,00', '1 176,00', '0,00', '1 176,00'],
      ['3 600,00', '0,00', '3 600,00', '3 600,00', '0,00'],
      ['615,00', '123,00', '738,00', '0,00', '738,00'],
    ];
    const found = arithmeticBetween(columns(paidAndLeft));
    expect(found.map((c) => c.remainderOf)).toEqual([null, null, null, null, 2]);
    // The balance alone after the gross, the same on unpaid rows.
    const left = [
      ['4850.0', '485.0', '5335.0', '5335.0'],
      ['1320.0', '132.0', '1452.0', '452.0'],
      ['2675.5', '267.55', '2943.05', '2943.05'],
    ];
    expect(arithmeticBetween(columns(left))[3]!.remainderOf).toBe(2);
    // A copy of the gross is no remainder, nor a column that is more than it on a row.
    const copies = [
      ['100.00', '20.00', '120.00', '120.00', '150.00'],
      ['50.00', '10.00', '60.00', '60.00', '30.00'],
      ['80.00', '16.00', '96.00', '96.00', '96.00'],
    ];
    expect(arithmeticBetween(columns(copies)).map((c) => c.remainderOf)).toEqual([null, null, null, null, null]);
  });

  it('finds an exchange rate beside the currency codes: 1 on the rows in the main currency, another rate on the others', () => {
    const rows = [
      ['RON', '1,0000', '14.875,00'],
      ['EUR', '4,9751', '1.570,00'],
      ['RON', '1,0000', '5.712,00'],
      ['EUR', '4,9748', '7.250,00'],
      ['RON', '1,0000', '499,00'],
    ];
    expect(arithmeticBetween(columns(rows)).map((c) => c.rateOf)).toEqual([null, 0, null]);
    // Not a count that is 1 on a foreign row too, nor any column beside a single currency.
    const counts = [
      ['RON', '1', '2'],
      ['EUR', '1', '3'],
      ['RON', '1', '2'],
      ['RON', '1', '4'],
    ];
    expect(arithmeticBetween(columns(counts)).map((c) => c.rateOf)).toEqual([null, null, null]);
    const single = [['EUR', '1'], ['EUR', '1'], ['EUR', '1']];
    expect(arithmeticBetween(columns(single)).map((c) => c.rateOf)).toEqual([null, null]);
  });

  it("finds a column of dates on or after another's, row by row (a due date after an invoice's), in either day-month order", () => {
    const rows = [
      ['03/02/2025', '05/03/2025', '4471', '03/02/2025'],
      ['14/02/2025', '16/03/2025', '4472', '10/01/2025'],
      ['28/02/2025', '28/02/2025', '4473', '28/03/2025'],
      ['03/03/2025', '02/04/2025', '4474', '01/02/2025'],
    ];
    const [invoiced, due, ids, other] = arithmeticBetween(columns(rows));
    expect(due!.laterThan).toEqual([0]);
    expect(invoiced!.laterThan).toEqual([]);
    // Numbers are no dates, and dates that come before and after each other say nothing.
    expect(ids!.laterThan).toEqual([]);
    expect(other!.laterThan).toEqual([]);
    const us = rows.map(([a, b]) => [a!.replace(/(\d+)\/(\d+)/, '$2/$1'), b!.replace(/(\d+)\/(\d+)/, '$2/$1')]);
    expect(arithmeticBetween(columns(us))[1]!.laterThan).toEqual([0]);
  });
});
