import { civilFromDays } from '../text/civil-date';
import { fold } from '../text/fold';
import { info, issue, warning } from '../issues';
import { accept, reject, type DateOrder, type Read } from './types';

/** A calendar date (and maybe a time) read from text. No `Date` object is ever involved. */
export interface ParsedDate {
  readonly y: number;
  readonly m: number;
  readonly d: number;
  readonly time: string | null; // "HH:mm:ss" or "HH:mm:ss.fff"
  readonly offset: string | null; // "Z" or "+HH:MM"
  /** Read from a Unix timestamp (seconds or milliseconds since 1970). */
  readonly epoch?: true;
}

export type DateFailure =
  | { readonly code: 'not-a-date' }
  | { readonly code: 'impossible-date' }
  | { readonly code: 'ambiguous-date'; readonly asDmy: string; readonly asMdy: string };

const MONTHS: Record<string, number> = {};
const monthNames: [number, string[]][] = [
  [1, ['january', 'jan', 'janvier', 'janv', 'januar', 'enero', 'ene']],
  [2, ['february', 'feb', 'fevrier', 'fevr', 'fev', 'februar', 'febrero']],
  [3, ['march', 'mar', 'mars', 'marz', 'maerz', 'marzo']],
  [4, ['april', 'apr', 'avril', 'avr', 'abril', 'abr']],
  [5, ['may', 'mai', 'mayo']],
  [6, ['june', 'jun', 'juin', 'juni', 'junio']],
  [7, ['july', 'jul', 'juillet', 'juil', 'juli', 'julio']],
  [8, ['august', 'aug', 'aout', 'agosto', 'ago']],
  [9, ['september', 'sep', 'sept', 'septembre', 'septiembre', 'set']],
  [10, ['october', 'oct', 'octobre', 'oktober', 'okt', 'octubre']],
  [11, ['november', 'nov', 'novembre', 'noviembre']],
  [12, ['december', 'dec', 'decembre', 'dezember', 'dez', 'diciembre', 'dic']],
];
for (const [n, names] of monthNames) for (const name of names) MONTHS[name] = n;
const WEEKDAYS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
]);

/** Excel's rule for two-digit years: 00–29 are 2000–2029, 30–99 are 1930–1999. */
export const TWO_DIGIT_YEAR_PIVOT = 30;
export const expandYear = (yy: number) => (yy < TWO_DIGIT_YEAR_PIVOT ? 2000 + yy : 1900 + yy);

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
const validDate = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);

export const isoDate = (p: { y: number; m: number; d: number }) => `${pad(p.y, 4)}-${pad(p.m)}-${pad(p.d)}`;

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,7}))?)?\s*(am|pm|a\.m\.|p\.m\.)?\s*(z|utc|gmt|[+-]\d{2}:?\d{2}|[a-z]{3,4})?$/i;

/** Time zone abbreviations exports print after a time ("06:19:44 PM PDT"), with their offsets; ambiguous ones (IST, CST, AST, BST) are not read. */
const ZONES: Readonly<Record<string, string>> = {
  pst: '-08:00', pdt: '-07:00', mst: '-07:00', mdt: '-06:00', cdt: '-05:00', est: '-05:00', edt: '-04:00', akst: '-09:00', akdt: '-08:00',
  hst: '-10:00', nst: '-03:30', ndt: '-02:30', wet: 'Z', west: '+01:00', cet: '+01:00', cest: '+02:00',
  eet: '+02:00', eest: '+03:00', msk: '+03:00', sgt: '+08:00', hkt: '+08:00', jst: '+09:00', kst: '+09:00', awst: '+08:00', acst: '+09:30',
  acdt: '+10:30', aest: '+10:00', aedt: '+11:00', nzst: '+12:00', nzdt: '+13:00',
};

function parseTime(text: string): { time: string; offset: string | null } | null {
  const m = TIME.exec(text.trim());
  if (m === null) return null;
  let h = Number(m[1]);
  const mi = Number(m[2]);
  const s = m[3] === undefined ? 0 : Number(m[3]);
  const ampm = m[5]?.toLowerCase().replace(/\./g, '');
  if (ampm !== undefined) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (ampm === 'pm' ? 12 : 0);
  }
  if (h > 23 || mi > 59 || s > 59) return null;
  const frac = m[4] === undefined ? '' : `.${m[4].padEnd(3, '0').slice(0, 3)}`;
  let offset: string | null = null;
  const z = m[6];
  if (z !== undefined) {
    const lz = z.toLowerCase();
    if (/^[a-z]+$/.test(lz) && lz !== 'z' && lz !== 'utc' && lz !== 'gmt') {
      const zone = ZONES[lz];
      if (zone === undefined) return null;
      offset = zone;
    } else offset = lz === 'z' || lz === 'utc' || lz === 'gmt' ? 'Z' : `${z.slice(0, 3)}:${z.slice(-2)}`;
  }
  return { time: `${pad(h)}:${pad(mi)}:${pad(s)}${frac}`, offset };
}

function withTime(date: { y: number; m: number; d: number }, rest: string | undefined): ParsedDate | DateFailure {
  if (!validDate(date.y, date.m, date.d)) return { code: 'impossible-date' };
  if (rest === undefined || rest.trim() === '') return { ...date, time: null, offset: null };
  const t = parseTime(rest.replace(/^[T,\s]+/i, ''));
  if (t === null) return { code: 'not-a-date' };
  return { ...date, time: t.time === '00:00:00' && t.offset === null ? null : t.time, offset: t.offset };
}

const ISO = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:([T\s].*))?$/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?$/;
/** Unix timestamps of 2001-09-09 … 2100, in seconds or milliseconds (API dumps, Stripe's exports). */
const EPOCH = /^(?:[1-3]\d{9}|4[01]\d{8})(?:\d{3})?$/;
const EPOCH_MAX = 4102444800;

/** Whether a value reads as a Unix timestamp: a date only under a header that says so, since ids look the same. */
export const isUnixTimestamp = (raw: string) => {
  const s = raw.trim();
  return EPOCH.test(s) && (s.length === 13 ? Number(s) / 1000 : Number(s)) <= EPOCH_MAX;
};
const NUMERIC = /^(\d{1,2})([-/. ])(\d{1,2})\2(\d{4}|\d{2})(?:([T,\s].*))?$/i;
const SERIAL = /^\d{5}(?:\.\d+)?$/;
/** Serial numbers Excel writes for 1954-10-04 … 2119-01-08: anything else in a date column is not a serial. */
const SERIAL_MIN = 20000;
const SERIAL_MAX = 80000;

/** The civil date of an Excel (1900 system) serial after 1900-03-01, with Hinnant's days-to-civil. */
function serialToParts(serial: number): { y: number; m: number; d: number; seconds: number } {
  const whole = Math.floor(serial);
  const seconds = Math.round((serial - whole) * 86400);
  // Excel serial 25569 is 1970-01-01 (valid for serials after the 1900 leap-year bug).
  const [y, m, d] = civilFromDays(whole - 25569);
  return { y, m, d, seconds };
}

/**
 * Hungarian, Croatian and Serbian numeric dates end with a dot and may space their parts ("2025.03.14.",
 * "2025. 03. 14.", "14.03.2025."): the same date without the dot and the spaces.
 */
function withoutOrdinalDots(s: string): string {
  const ymd = /^(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.(?=$|\s)/.exec(s);
  if (ymd !== null) return `${ymd[1]}-${ymd[2]!.padStart(2, '0')}-${ymd[3]!.padStart(2, '0')}${s.slice(ymd[0].length)}`;
  const dmy = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\.(?=$|\s)/.exec(s);
  return dmy === null ? s : `${dmy[1]}.${dmy[2]}.${dmy[3]}${s.slice(dmy[0].length)}`;
}

/**
 * Reads a date in any of the shapes old systems write: ISO (with or without
 * time and offset), compact YYYYMMDD, numeric D/M/Y or M/D/Y (the order
 * comes from the column, or from the value itself when a part exceeds 12),
 * two-digit years, Hungarian and Croatian dates that end with a dot ("2025.03.14."),
 * month names in English, French, German and Spanish,
 * Excel serial numbers, and Unix timestamps where the column is read so.
 */
export function parseDate(raw: string, order: DateOrder | undefined): ParsedDate | DateFailure {
  const s = withoutOrdinalDots(raw.trim());
  let m = ISO.exec(s);
  if (m !== null) return withTime({ y: Number(m[1]), m: Number(m[3]), d: Number(m[4]) }, m[5]);
  m = COMPACT.exec(s);
  if (m !== null) {
    const y = Number(m[1]);
    if (y >= 1900 && y <= 2100) return withTime({ y, m: Number(m[2]), d: Number(m[3]) }, m[4] === undefined ? undefined : `${m[4]}:${m[5]}:${m[6] ?? '00'}`);
    return { code: 'not-a-date' };
  }
  // Ten digits are a timestamp only where the column is read as timestamps: ids and phone numbers look the same.
  if (order === 'UNIX') {
    if (!isUnixTimestamp(s)) return { code: 'not-a-date' };
    const seconds = s.length === 13 ? Math.floor(Number(s) / 1000) : Number(s);
    const [y, mo, d] = civilFromDays(Math.floor(seconds / 86400));
    const t = seconds % 86400;
    return { y, m: mo, d, time: `${pad(Math.floor(t / 3600))}:${pad(Math.floor((t % 3600) / 60))}:${pad(t % 60)}`, offset: 'Z', epoch: true };
  }
  if (SERIAL.test(s)) {
    const serial = Number(s);
    if (serial < SERIAL_MIN || serial > SERIAL_MAX) return { code: 'not-a-date' };
    const p = serialToParts(serial);
    const time = p.seconds === 0 ? null : `${pad(Math.floor(p.seconds / 3600))}:${pad(Math.floor((p.seconds % 3600) / 60))}:${pad(p.seconds % 60)}`;
    return { y: p.y, m: p.m, d: p.d, time, offset: null };
  }
  m = NUMERIC.exec(s);
  if (m !== null) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = m[4]!.length === 2 ? expandYear(Number(m[4])) : Number(m[4]);
    const dmy = { y, m: b, d: a };
    const mdy = { y, m: a, d: b };
    const dmyOk = validDate(dmy.y, dmy.m, dmy.d);
    const mdyOk = validDate(mdy.y, mdy.m, mdy.d);
    if (order === 'DMY' || (order === undefined && dmyOk && !mdyOk)) return withTime(dmy, m[5]);
    if (order === 'MDY' || (order === undefined && mdyOk && !dmyOk)) return withTime(mdy, m[5]);
    if (order === 'YMD') return { code: 'not-a-date' };
    if (!dmyOk && !mdyOk) return { code: 'impossible-date' };
    if (a === b) return withTime(dmy, m[5]);
    return { code: 'ambiguous-date', asDmy: isoDate(dmy), asMdy: isoDate(mdy) };
  }
  return parseNamedDate(s);
}

function parseNamedDate(s: string): ParsedDate | DateFailure {
  const timeMatch = /\s(\d{1,2}:\d{2}.*)$/.exec(s);
  const datePart = timeMatch === null ? s : s.slice(0, timeMatch.index);
  const tokens = fold(datePart.replace(/(\d)(st|nd|rd|th|er|re|e)\b/gi, '$1')).split(' ').filter((t) => t !== '' && !WEEKDAYS.has(t) && t !== 'de' && t !== 'of' && t !== 'the');
  let month = -1;
  let monthAt = -1;
  tokens.forEach((t, i) => {
    if (month === -1 && MONTHS[t] !== undefined) {
      month = MONTHS[t]!;
      monthAt = i;
    }
  });
  if (month === -1 || tokens.length !== 3) return { code: 'not-a-date' };
  const nums = tokens.filter((_, i) => i !== monthAt);
  if (!nums.every((t) => /^\d{1,4}$/.test(t))) return { code: 'not-a-date' };
  let day: number;
  let year: number;
  const [first, second] = nums as [string, string];
  if (first.length === 4) {
    year = Number(first);
    day = Number(second);
  } else if (second.length === 4 || monthAt === 0 || monthAt === 1) {
    // "5 Jan 2024", "Jan 5, 2024", "5-Jan-24": the day comes first.
    day = Number(first);
    year = second.length === 4 ? Number(second) : expandYear(Number(second));
  } else return { code: 'not-a-date' };
  return withTime({ y: year, m: month, d: day }, timeMatch?.[1]);
}

/** The canonical form of a parsed date: "YYYY-MM-DD", or an ISO date-time when it has a time. */
export function canonicalDate(p: ParsedDate): string {
  const date = isoDate(p);
  if (p.time === null) return date;
  return `${date}T${p.time}${p.offset ?? ''}`;
}

/** Reads a date for a field; date-only fields refuse a time of day other than midnight (as a warning: the time is dropped visibly). */
export function readDate(raw: string, keepTime: boolean, order: DateOrder | undefined): Read {
  const p = parseDate(raw, order);
  if ('code' in p) {
    if (p.code === 'ambiguous-date') return reject(issue('ambiguous-date', { asDmy: p.asDmy, asMdy: p.asMdy }));
    return reject(issue(p.code));
  }
  const notes = [];
  if (p.y < 1900 || p.y > 2100) notes.push(warning('implausible-year', { year: p.y }));
  if (p.epoch === true) notes.push(info('unix-timestamp', { date: canonicalDate(p) }));
  if (!keepTime && p.time !== null) {
    notes.push(warning('time-not-allowed', { time: p.time }));
    return accept(isoDate(p), notes);
  }
  return accept(canonicalDate(p), notes);
}

/** Writes a canonical date (or date-time) in one of the target's formats. */
export function formatDate(value: string, format: string, utcOffset: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?)?$/.exec(value);
  if (m === null) return value;
  const [, y, mo, d, time = '00:00:00', , offset] = m;
  switch (format) {
    case 'YYYY-MM-DD':
      return `${y}-${mo}-${d}`;
    case 'MM/DD/YYYY':
      return `${mo}/${d}/${y}`;
    case 'MM-DD-YYYY':
      return `${mo}-${d}-${y}`;
    case 'MM/DD/YY':
      return `${mo}/${d}/${y!.slice(2)}`;
    case 'MM-DD-YY':
      return `${mo}-${d}-${y!.slice(2)}`;
    case 'DD/MM/YYYY':
      return `${d}/${mo}/${y}`;
    case 'YYYY-MM-DDTHH:mm:ss':
      return `${y}-${mo}-${d}T${time}`;
    case 'YYYY-MM-DDTHH:mm:ssZ':
      return `${y}-${mo}-${d}T${time}${offset === undefined ? (utcOffset ?? '+00:00') : offset === 'Z' ? '+00:00' : offset}`;
    default:
      return value;
  }
}

/** Evidence for a column's day/month order. */
export interface DateOrderEvidence {
  /** Values that can only be day-first (e.g. 13/01/2024). */
  readonly dayFirst: number;
  /** Values that can only be month-first (e.g. 01/13/2024). */
  readonly monthFirst: number;
  /** Numeric values that read either way. */
  readonly either: number;
  /** Values with a two-digit year (expanded with Excel's 1930 pivot). */
  readonly twoDigitYears: number;
  /** Values that read as Unix timestamps (and as nothing else). */
  readonly unix: number;
  /** The order the evidence supports, or null when it says nothing or contradicts itself; UNIX when nearly every value is a timestamp. */
  readonly order: 'DMY' | 'MDY' | 'UNIX' | null;
  /** One value that decided it, for display. */
  readonly example: string | null;
}

/**
 * Looks at a column's values and decides day-first or month-first when any value settles it, or
 * Unix timestamps when nearly every value is one.
 */
export function inferDateOrder(values: Iterable<string>): DateOrderEvidence {
  let dayFirst = 0;
  let monthFirst = 0;
  let either = 0;
  let twoDigitYears = 0;
  let unix = 0;
  let filled = 0;
  let dayExample: string | null = null;
  let monthExample: string | null = null;
  let unixExample: string | null = null;
  for (const raw of values) {
    if (raw.trim() === '') continue;
    filled++;
    if (isUnixTimestamp(raw)) {
      unix++;
      unixExample ??= raw.trim();
      continue;
    }
    const m = NUMERIC.exec(withoutOrdinalDots(raw.trim()));
    if (m === null) continue;
    if (m[4]!.length === 2) twoDigitYears++;
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (a > 12 && b <= 12) {
      dayFirst++;
      dayExample ??= raw.trim();
    } else if (b > 12 && a <= 12) {
      monthFirst++;
      monthExample ??= raw.trim();
    } else if (a <= 12 && b <= 12) either++;
  }
  const timestamps = unix >= 3 && unix >= 0.9 * filled;
  const order = timestamps ? 'UNIX' : dayFirst > 0 && monthFirst === 0 ? 'DMY' : monthFirst > 0 && dayFirst === 0 ? 'MDY' : null;
  return { dayFirst, monthFirst, either, twoDigitYears, unix, order, example: order === 'DMY' ? dayExample : order === 'MDY' ? monthExample : order === 'UNIX' ? unixExample : null };
}
