import {
  austria, belgium, bulgaria, checkVAT, countries as allVatCountries, croatia, cyprus, czechRepublic, denmark, estonia, finland, france, germany,
  greece, hungary, ireland, italy, latvia, lithuania, luxembourg, malta, netherlands, poland, portugal, romania, slovakiaRepublic, slovenia, spain, sweden,
  type Country,
} from 'jsvat';
import { issue, warning } from '../issues';
import { accept, reject, type Read } from './types';

const EU_MEMBERS: readonly Country[] = [
  austria, belgium, bulgaria, croatia, cyprus, czechRepublic, denmark, estonia, finland, france, germany, greece, hungary, ireland, italy, latvia,
  lithuania, luxembourg, malta, netherlands, poland, portugal, romania, slovakiaRepublic, slovenia, spain, sweden,
];

export type TaxIdScheme = 'eu-vat' | 'fr-vat' | 'in-gstin' | 'au-abn' | 'us-ein' | 'sg-gst' | 'any-vat';

const compactId = (raw: string) => raw.trim().toUpperCase().replace(/[\s.\-/]/g, '');

function readVat(raw: string, list: readonly Country[], defaultPrefix: string | undefined): Read {
  let vat = compactId(raw);
  if (!/^[A-Z]{2}/.test(vat) && defaultPrefix !== undefined) vat = (defaultPrefix === 'GR' ? 'EL' : defaultPrefix) + vat;
  const result = checkVAT(vat, list);
  if (!result.isSupportedCountry || !result.isValidFormat) return reject(issue('invalid-tax-id'));
  if (!result.isValid) return reject(issue('tax-id-checksum'));
  return accept(vat);
}

const GSTIN = /^(\d{2})[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/;
const BASE36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** India GSTIN: state code, PAN, entity number, "Z", and a base-36 check character. */
export function gstinCheckChar(first14: string): string {
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const product = BASE36.indexOf(first14[i]!) * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 36) + (product % 36);
  }
  return BASE36[(36 - (sum % 36)) % 36]!;
}

function readGstin(raw: string): Read {
  const s = compactId(raw);
  const m = GSTIN.exec(s);
  if (m === null) return reject(issue('invalid-tax-id'));
  const state = Number(m[1]);
  if (!((state >= 1 && state <= 38) || state === 97 || state === 99)) return reject(issue('invalid-tax-id'));
  if (gstinCheckChar(s.slice(0, 14)) !== s[14]) return reject(issue('tax-id-checksum'));
  return accept(s);
}

const ABN_WEIGHTS = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];

/** Australian Business Number: 11 digits, weighted sum (first digit less one) divisible by 89. */
export function abnIsValid(digits: string): boolean {
  if (!/^\d{11}$/.test(digits) || digits[0] === '0') return false;
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += (Number(digits[i]) - (i === 0 ? 1 : 0)) * ABN_WEIGHTS[i]!;
  return sum % 89 === 0;
}

function readAbn(raw: string): Read {
  const s = compactId(raw).replace(/^ABN/, '');
  if (!/^\d{11}$/.test(s)) return reject(issue('invalid-tax-id'));
  return abnIsValid(s) ? accept(s) : reject(issue('tax-id-checksum'));
}

/** EIN prefixes the IRS has never assigned. */
const EIN_UNUSED_PREFIXES = new Set(['00', '07', '08', '09', '17', '18', '19', '28', '29', '49', '69', '70', '78', '79', '89', '96', '97']);

function readEin(raw: string): Read {
  const s = compactId(raw);
  if (!/^\d{9}$/.test(s) || EIN_UNUSED_PREFIXES.has(s.slice(0, 2))) return reject(issue('invalid-tax-id'));
  return accept(`${s.slice(0, 2)}-${s.slice(2)}`);
}

/** Singapore GST registration numbers: "M" numbers (M + 8 digits + letter) or a UEN. */
const SG_GST = /^(?:M[0-9]\d{7}[A-Z]|\d{8}[A-Z]|\d{9}[A-Z]|[TSR]\d{2}[A-Z]{2}\d{4}[A-Z])$/;

function readSgGst(raw: string): Read {
  const s = compactId(raw).replace(/^(?:GST|SG)/, '');
  return SG_GST.test(s) ? accept(s) : reject(issue('invalid-tax-id'));
}

/** Reads a tax identifier in one scheme; "any-vat" accepts unrecognised numbers with a warning. */
export function readTaxId(raw: string, scheme: TaxIdScheme, defaultCountry: string | undefined): Read {
  switch (scheme) {
    case 'eu-vat':
      return readVat(raw, EU_MEMBERS, defaultCountry);
    case 'fr-vat':
      return readVat(raw, [france], 'FR');
    case 'in-gstin':
      return readGstin(raw);
    case 'au-abn':
      return readAbn(raw);
    case 'us-ein':
      return readEin(raw);
    case 'sg-gst':
      return readSgGst(raw);
    case 'any-vat': {
      const read = readVat(raw, allVatCountries, defaultCountry);
      if (read.ok) return read;
      return accept(raw.trim(), [warning(read.issue.code)]);
    }
  }
}
