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
  if (digits.length < 3) return reject(issue('not-a-phone'));
  const phone = parsePhoneNumberFromString(s, (defaultCountry ?? 'FR') as CountryCode);
  if (phone === undefined || !phone.isPossible()) return accept(s, [warning('not-a-phone')]);
  return accept(output === 'e164' ? phone.number : s);
}
