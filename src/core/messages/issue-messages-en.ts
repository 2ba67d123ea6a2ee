import type { IssueCatalogue, MessageContext } from './types';

const list = (v: unknown) => (Array.isArray(v) ? v.join(', ') : String(v ?? ''));
const labels = (c: MessageContext, key: string) => (Array.isArray(c.params[key]) ? (c.params[key] as string[]).map(c.labelOf).join(', ') : '');
const lines = (c: MessageContext) => {
  const l = c.params['lines'];
  if (!Array.isArray(l)) return '';
  const shown = l.slice(0, 5).join(', ');
  return l.length > 5 ? `${shown} and ${l.length - 5} more` : shown;
};

export const issueMessagesEn: IssueCatalogue = {
  'too-few-fields': (c) => `This line has ${c.params['found']} fields where the header has ${c.params['expected']}; the missing ones are read as empty. Check that no value is shifted.`,
  'too-many-fields': (c) => `This line has ${c.params['found']} fields where the header has ${c.params['expected']}; the extra values are in columns without a header. Map them or check for a stray delimiter.`,
  'malformed-quotes': () => 'A quote on this line is never closed (or text follows a closing quote). The line was read with its quotes taken literally; check it in the source file.',
  required: () => 'Required: this value is empty. Fill it in, map another column, or set a constant value.',
  'excel-error-value': (c) => `"${c.params['written']}" is a spreadsheet error, not a value. Fix the formula in the source file and export it again.`,
  'multiple-values': () => 'Only one value is allowed here, but this cell holds several. Keep one.',
  'too-long': (c) => `Too long: ${c.params['length']} characters where at most ${c.params['maxLength']} are allowed.`,
  'too-short': (c) => `Too short: ${c.params['length']} characters where at least ${c.params['minLength']} are needed.`,
  'pattern-mismatch': (c) => (c.params['hint'] === undefined ? 'This value does not have the expected form.' : `Expected: ${c.params['hint']}.`),
  'not-a-number': () => 'Not a number. Write digits, with at most one decimal separator (e.g. 1234.50 or 1 234,50).',
  'not-an-integer': () => 'Not a whole number. Write digits only (e.g. 1042).',
  'not-whole': () => 'This number has a fractional part, but a whole number is required.',
  'scientific-notation': () => 'Written in scientific notation (e.g. 1.23E+11): the spreadsheet has already dropped digits, which cannot be recovered here. Format the column as Text in the source and export again.',
  'ambiguous-decimal': () => 'Could be a thousands separator or a decimal point (e.g. 1,234). Choose the column\'s decimal separator in the mapping step.',
  'too-many-decimals': (c) => `Too many digits after the decimal point: at most ${c.params['maxScale']} allowed. Ferry never rounds silently.`,
  'below-minimum': (c) => `Must be at least ${c.params['min']}.`,
  'above-maximum': (c) => `Must be at most ${c.params['max']}.`,
  'leading-zeros-removed': (c) => `Leading zeros were dropped ("${c.params['written']}" is written as a number). If they matter, this field is the wrong type for the column.`,
  'not-a-date': () => 'Not a date Ferry can read. Write it as YYYY-MM-DD (e.g. 2024-05-01).',
  'ambiguous-date': (c) => `Could be ${c.params['asDmy']} (day first) or ${c.params['asMdy']} (month first). Choose the column's date order in the mapping step.`,
  'impossible-date': () => 'This date does not exist (check the day and month).',
  'implausible-year': (c) => `The year ${c.params['year']} looks wrong; check it.`,
  'time-not-allowed': (c) => `This field takes a date only; the time ${c.params['time']} is dropped.`,
  'not-a-boolean': () => 'Not a yes/no value. Write yes or no (also true/false, 1/0, oui/non).',
  'not-an-email': () => 'Not an e-mail address (expected name@example.com).',
  'email-display-name-removed': (c) => `The name "${c.params['name']}" before the address was removed; only the address is kept.`,
  'not-a-phone': () => 'This does not look like a phone number; check it.',
  'not-allowed-value': (c) => `Not one of the allowed values: ${list(c.params['allowed'])}. Match it in the mapping step's value map.`,
  'not-a-country': () => 'Not a country Ferry recognises. Write an ISO code (FR, DEU) or the country\'s name.',
  'not-a-currency': () => 'Not an ISO 4217 currency code (e.g. EUR, USD, GBP).',
  'ambiguous-currency': () => 'This symbol is used by several currencies. Write the ISO code (e.g. USD or CAD for $).',
  'invalid-tax-id': () => 'Not a valid tax identifier for this jurisdiction (check the format and country prefix).',
  'tax-id-checksum': () => 'The check digits of this tax identifier do not match: a digit is probably mistyped.',
  'not-json': (c) => (c.params['position'] === undefined ? 'Not valid JSON.' : `Not valid JSON (error at character ${c.params['position']}).`),
  'json-not-object': () => 'Must be a JSON object, such as {"key": "value"}.',
  'not-days': () => 'Not a number of days (e.g. 30, "30 days" or "Net 30").',
  'not-a-duration': () => 'Not a duration (e.g. 1:30, 1h30, 90 min, 1.5 hours).',
  'product-mismatch': (c) => `Must equal ${labels(c, 'factors').replace(/, /g, ' × ')} = ${c.params['expected']}.`,
  'require-one-of': (c) => `At least one of these is required: ${list((c.params['groups'] as string[] | undefined)?.map((g) => g.split('+').map(c.labelOf).join(' + ')))}.`,
  'all-or-none': (c) => `Give all of ${labels(c, 'fields')} or none of them; missing: ${labels(c, 'missing')}.`,
  'only-with': (c) => `${c.field ?? ''} can only be given together with ${labels(c, 'requires')}; missing: ${labels(c, 'missing')}.`,
  'mutually-exclusive': (c) => `Only one of ${labels(c, 'fields')} may be given.`,
  'required-if': (c) => `Required when ${c.labelOf(String(c.params['field']))} is ${c.params['value']}: ${labels(c, 'missing')}.`,
  'derived-from-sign': (c) => `Set to ${c.params['value']} from the sign of the amount ${c.params['amount']}; the amount is written without its sign.`,
  'sign-removed': (c) => `The minus sign of ${c.params['amount']} agrees with ${c.params['value']} and was removed: amounts are written without a sign.`,
  'derived-from-split': (c) => `Set to ${c.params['value']} because the amount came from ${c.labelOf(String(c.params['column']))}.`,
  'split-amount-conflict': (c) => `Both ${labels(c, 'fields')} hold an amount; only one may. Split the line in two or clear one.`,
  duplicate: (c) => `Must be unique, but also appears on line ${lines(c)}.`,
  'unknown-reference': (c) => `No row in this file has this ${c.labelOf(String(c.params['field']))}.`,
  'ambiguous-identity': (c) => `Same name as line ${lines(c)} and no ${c.labelOf(String(c.params['unless']))} to tell them apart. Add IDs or merge the rows.`,
  'one-per-group': (c) => `Another row of the same customer is also marked (line ${lines(c)}); only the last one will count.`,
};
