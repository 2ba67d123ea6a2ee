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
  if (digits.length < 3 || /[a-df-wyz]{3,}/i.test(s) || DATE_SHAPED.test(s)) return reject(issue('not-a-phone'));
  const countries = defaultCountry === undefined ? LIKELY_COUNTRIES : [defaultCountry as CountryCode];
  for (const country of countries) {
    const phone = parsePhoneNumberFromString(s, country);
    if (phone !== undefined && phone.isPossible()) return accept(output === 'e164' ? phone.number : s);
  }
  return accept(s, [warning('not-a-phone')]);
}

/** "2022-02-11", "11/02/2022", "11.02.2022": a date, whatever a numbering plan would make of its digits. */
const DATE_SHAPED = /^(?:\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}-\d{1,2}-\d{4})$/;

/** Without a column country, a national number is read in the numbering plans Ferry's users are most likely to have. */
const LIKELY_COUNTRIES: readonly CountryCode[] = ['FR', 'US', 'GB', 'DE', 'ES', 'BE', 'CH', 'NL', 'IT', 'AU', 'IN', 'SG', 'CA', 'IE'];
