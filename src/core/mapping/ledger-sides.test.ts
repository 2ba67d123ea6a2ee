import { describe, expect, it } from 'vitest';
import { ledgerSides } from './ledger-sides';

const columns = (rows: string[][]) => rows[0]!.map((_, c) => rows.map((r) => r[c] ?? ''));

/** A Kazakh customer ledger: date, name, kind, invoice number, payment number, method, debit, credit, VAT, balance. */
const ledger = [
  ['03.06.2024', '«Оңтүстік Құрылыс» ЖШС', 'Өткізу', '0000000412', '', '', '1 250 000,00', '', '133 928,57', '1 250 000,00'],
  ['05.06.2024', '«Шымкент Тас Өнімдері» АҚ', 'Өткізу', '0000000418', '', '', '4 872 000,00', '', '522 000,00', '4 872 000,00'],
  ['07.06.2024', '«Шымкент Тас Өнімдері» АҚ', 'Қайтару', '0000000019', '', '', '', '336 000,00', '-36 000,00', '4 536 000,00'],
  ['11.06.2024', 'ЖК Нұрланов Б.С.', 'Өткізу', '0000000431', '', '', '268 800,00', '', '28 800,00', '268 800,00'],
  ['11.06.2024', 'ЖК Нұрланов Б.С.', 'Төлем', '', '57', 'Kaspi QR', '', '268 800,00', '', '0,00'],
  ['19.06.2024', '«Оңтүстік Құрылыс» ЖШС', 'Төлем', '', '318', 'Банктік аударым', '', '1 250 000,00', '', '0,00'],
];

describe("a ledger's two sides", () => {
  it('are the two columns of money filled on different rows, the left one the debit', () => {
    const sides = ledgerSides(columns(ledger));
    expect(sides.map((s) => s?.side)).toEqual([null, null, null, null, null, null, 'debit', 'credit', null, null]);
    expect(sides[6]!.otherSide).toBe(7);
  });

  it('tell which columns stand on which rows, which change with the side and which come back on both', () => {
    const sides = ledgerSides(columns(ledger));
    expect([sides[3]!.onDebit, sides[3]!.onCredit]).toEqual([1, 1 / 3]);
    expect([sides[4]!.onDebit, sides[4]!.onCredit]).toEqual([0, 2 / 3]);
    expect(sides.map((s) => s!.followsSide)).toEqual([false, false, true, false, false, false, false, false, false, false]);
    expect(sides.map((s) => s!.acrossSides)).toEqual([false, true, false, false, false, false, false, false, false, false]);
  });

  it('prefer the pair whose amounts meet, then the pair of like sizes, over a tax filled beside one of them', () => {
    const settled = [
      ['1.254.000', '12.654.000', ''],
      ['528.000', '5.328.000', ''],
      ['', '', '555.000'],
      ['', '', '12.654.000'],
    ];
    expect(ledgerSides(columns(settled)).map((s) => s?.side)).toEqual([null, 'debit', 'credit']);
    const partly = [
      ['1.254.000', '12.654.000', ''],
      ['528.000', '5.328.000', ''],
      ['', '', '4.000.000'],
      ['', '', '6.000.000'],
    ];
    expect(ledgerSides(columns(partly)).map((s) => s?.side)).toEqual([null, 'debit', 'credit']);
  });

  it('are not there when the amounts share rows (an invoice and what was paid of it) or are not money', () => {
    const paid = [
      ['120.00', '120.00'],
      ['80.00', ''],
      ['45.00', '20.00'],
    ];
    expect(ledgerSides(columns(paid)).every((s) => s === null)).toBe(true);
    const numbers = [
      ['0000000412', ''],
      ['0000000418', ''],
      ['', '57'],
      ['', '318'],
    ];
    expect(ledgerSides(columns(numbers)).every((s) => s?.side == null && s?.split !== true)).toBe(true);
  });

  it('are not a tax charged on the invoices and one withheld from the payments, beside the amount they are shares of', () => {
    const withheld = [
      ['SI', '004512', '', '112,000.00', '12,000.00', ''],
      ['OR', '', '7781', '100,000.00', '', '1,000.00'],
      ['SI', '004519', '', '56,000.00', '6,000.00', ''],
      ['OR', '', '7804', '53,280.00', '', '480.00'],
      ['OR', '', '7809', '8,400.00', '', ''],
    ];
    const sides = ledgerSides(columns(withheld));
    expect(sides.map((s) => s?.side ?? null)).toEqual([null, null, null, null, null, null]);
    expect([sides[1]!.onDebit, sides[2]!.onCredit]).toEqual([1, 1]);
  });

  it("are told by the entries' own columns when the amount is one column: the charges are where a tax is", () => {
    // A Swahili customer ledger: date, customer, kind, invoice number, receipt number, method, amount, VAT, balance.
    const entries = [
      ['02/09/2025', 'Baraka Traders', 'Ankara', '3318', '', '', '1,849,500.00', '129,034.88', '1,849,500.00'],
      ['05/09/2025', 'Mama Neema Duka', 'Ankara', '3319', '', '', '612,750.00', '42,750.00', '612,750.00'],
      ['09/09/2025', 'Baraka Traders', 'Malipo', '', '412', 'M-Pesa', '1,000,000.00', '', '849,500.00'],
      ['12/09/2025', 'Mama Neema Duka', 'Malipo', '', '413', 'Benki', '612,750.00', '', '0.00'],
      ['18/09/2025', 'Juma Hardware', 'Malipo', '', '414', 'Taslimu', '150,000.00', '', '150,000.00'],
    ];
    const sides = ledgerSides(columns(entries));
    expect(sides.every((s) => s !== null && s.side === null && !s.split)).toBe(true);
    expect([sides[3]!.onDebit, sides[3]!.onCredit, sides[4]!.onDebit, sides[4]!.onCredit]).toEqual([1, 0, 0, 1]);
    expect(sides.map((s) => s!.followsSide)).toEqual([false, false, true, false, false, false, false, false, false]);
    // Payments first: the tax still says which rows are the charges.
    const paidFirst = [entries[2]!, entries[3]!, entries[0]!, entries[1]!, entries[4]!];
    expect(ledgerSides(columns(paidFirst))[3]!.onDebit).toBe(1);
  });
});
