import cc from 'currency-codes';
import { fold } from '../text/fold';
import { issue } from '../issues';
import { accept, reject, type Read } from './types';

/** Symbols that name one currency. "$", "¥", "kr" and "R" name several and are refused as ambiguous. */
const SYMBOLS: Record<string, string> = {
  '€': 'EUR', '£': 'GBP', '₹': 'INR', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY', '₪': 'ILS', '฿': 'THB', '₫': 'VND', '₱': 'PHP', 'zł': 'PLN',
  'US$': 'USD', 'U$S': 'USD', 'A$': 'AUD', 'AU$': 'AUD', 'C$': 'CAD', 'CA$': 'CAD', 'NZ$': 'NZD', 'HK$': 'HKD', 'S$': 'SGD', 'R$': 'BRL', 'Fr.': 'CHF',
};
const AMBIGUOUS = new Set(['$', '¥', 'kr', 'R', 'dollar', 'dollars', 'pound', 'pounds', 'franc', 'francs', 'yen', 'krona', 'krone', 'peso', 'pesos']);
const EXTRA_NAMES: Record<string, string> = {
  euro: 'EUR', euros: 'EUR', 'us dollar': 'USD', 'us dollars': 'USD', 'dollar us': 'USD', 'dollars us': 'USD', 'dollar americain': 'USD', 'american dollar': 'USD',
  'british pound': 'GBP', 'pound sterling': 'GBP', sterling: 'GBP', 'livre sterling': 'GBP', 'swiss franc': 'CHF', 'franc suisse': 'CHF', 'canadian dollar': 'CAD',
  'dollar canadien': 'CAD', 'australian dollar': 'AUD', 'indian rupee': 'INR', rupee: 'INR', rupees: 'INR', 'singapore dollar': 'SGD', 'japanese yen': 'JPY',
};

let byName: Map<string, string> | null = null;
function nameIndex(): Map<string, string> {
  if (byName !== null) return byName;
  byName = new Map();
  for (const record of cc.data) byName.set(fold(record.currency), record.code);
  for (const [name, code] of Object.entries(EXTRA_NAMES)) byName.set(name, code);
  return byName;
}

/** ISO 4217 alphabetic codes, unambiguous symbols and names; "$" alone is refused as ambiguous. */
export function readCurrency(raw: string): Read {
  const s = raw.trim();
  if (/^[A-Za-z]{3}$/.test(s) && cc.code(s.toUpperCase()) !== undefined) return accept(s.toUpperCase());
  const symbol = SYMBOLS[s];
  if (symbol !== undefined) return accept(symbol);
  if (AMBIGUOUS.has(s) || AMBIGUOUS.has(fold(s))) return reject(issue('ambiguous-currency'));
  const named = nameIndex().get(fold(s));
  if (named !== undefined) return accept(named);
  if (/^\d{3}$/.test(s)) {
    const byNumber = cc.number(s);
    if (byNumber !== undefined) return accept(byNumber.code);
  }
  return reject(issue('not-a-currency'));
}
