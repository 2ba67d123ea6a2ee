import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { issue, warning } from '../issues';
import { accept, reject, type Read } from './types';

/**
 * Reads a phone number. A value with no digits is refused; one that the
 * numbering plan does not recognise is kept, with a warning (old systems
 * hold extensions, notes and partial numbers that a person should look at).
 */
export function readPhone(raw: string, output: 'as-written' | 'e164', defaultCountry: string | undefined): Read {
  const s = raw.trim();
  const digits = s.replace(/\D/g, '');
  if (digits.length < 3 || /[a-df-wyz]{3,}/i.test(s) || isDateShaped(s)) return reject(issue('not-a-phone'));
  const countries = defaultCountry === undefined ? LIKELY_COUNTRIES : [defaultCountry as CountryCode];
  for (const country of countries) {
    const phone = parsePhoneNumberFromString(s, country);
    if (phone !== undefined && phone.isPossible()) return accept(output === 'e164' ? phone.number : s);
  }
  return accept(s, [warning('not-a-phone')]);
}

/** "2022-02-11", "11/02/2022", "11.02.2022": a date, whatever a numbering plan would make of its digits. */
function isDateShaped(s: string): boolean {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/.exec(s);
  if (iso !== null) return Number(iso[2]) <= 12 && Number(iso[3]) <= 31;
  const local = /^(\d{1,2})([./-])(\d{1,2})\2(\d{2}|\d{4})$/.exec(s);
  if (local === null || (local[2] === '-' && local[4]!.length !== 4)) return false;
  const [a, b] = [Number(local[1]), Number(local[3])];
  return a >= 1 && b >= 1 && a <= 31 && b <= 31 && (a <= 12 || b <= 12);
}

/** Without a column country, a national number is read in the numbering plans Ferry's users are most likely to have. */
const LIKELY_COUNTRIES: readonly CountryCode[] = ['FR', 'US', 'GB', 'DE', 'ES', 'BE', 'CH', 'NL', 'IT', 'AU', 'IN', 'SG', 'CA', 'IE'];
