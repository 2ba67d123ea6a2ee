/**
 * A deterministic ledger export for the benchmarks: the shape of a
 * QuickBooks-style client ledger (quoted names and notes, embedded commas,
 * quotes and line breaks, signed amounts with thousands separators), with
 * 1% of rows carrying one error. Same seed, same bytes.
 */

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const METHODS = ['Check', 'Wire', 'Visa', 'ACH', 'Cash'];
const NOTES = ['Retainer', 'Monthly fees', 'Court filing, county clerk', 'Deposition transcript', 'Settlement "final" payment', 'Travel\nand lodging', 'Copies', ''];

export const LEDGER_HEADER = 'Client,Type,Invoice No,Payment No,Method,Amount,Date,Memo';

/** `rows` data rows of the ledger as CSV text (CRLF). */
export function ledgerCsv(rows: number, seed = 42): string {
  const rnd = prng(seed);
  const parts: string[] = [LEDGER_HEADER + '\r\n'];
  let batch: string[] = [];
  for (let i = 0; i < rows; i++) {
    const invoice = rnd() < 0.6;
    const client = `C-${String(Math.floor(rnd() * 5000)).padStart(5, '0')}`;
    const cents = Math.floor(rnd() * 500000);
    let amount = `${Math.floor(cents / 100).toLocaleString('en-US')}.${String(cents % 100).padStart(2, '0')}`;
    if (!invoice) amount = `-${amount}`;
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    let date = `${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}/${2019 + Math.floor(rnd() * 5)}`;
    let type = invoice ? 'Invoice' : 'Payment';
    const note = NOTES[Math.floor(rnd() * NOTES.length)]!;
    const err = rnd();
    if (err < 0.002) date = '13/45/2021';
    else if (err < 0.004) type = 'Transfer';
    else if (err < 0.006) amount = '12.50x';
    const quoted = /[",\n]/.test(note) ? `"${note.replace(/"/g, '""')}"` : note;
    const num = String(i + 1);
    batch.push(`${client},${type},${invoice ? num : ''},${invoice ? '' : num},${invoice ? '' : METHODS[i % METHODS.length]},"${amount}",${date},${quoted}\r\n`);
    if (batch.length === 1000) {
      parts.push(batch.join(''));
      batch = [];
    }
  }
  parts.push(batch.join(''));
  return parts.join('');
}
