import { issue } from '../issues';
import { parseNumber } from './number';
import { accept, reject, type Read } from './types';

/** JSON text; an object when the field says so. The value is kept as written (no re-serialising that could alter numbers). */
export function readJson(raw: string, shape: 'object' | 'any'): Read {
  const s = raw.trim();
  let parsed: unknown;
  try {
    parsed = JSON.parse(s);
  } catch (e) {
    const at = /position (\d+)/.exec(e instanceof Error ? e.message : '');
    return reject(issue('not-json', at === null ? {} : { position: Number(at[1]) }));
  }
  if (shape === 'object' && (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))) return reject(issue('json-not-object'));
  return accept(s);
}

const DAYS =
  /^(?:(?:cta\.? ?cte\.?|cuenta corriente)\s*)?(?:net\s*|nt\s*|n\s*|netto\s*|kwana\s|siku\s|දින\s)?(\d{1,4})(?:\s*(?:days?|d|jours?|j|tage?|dias?|días|dagen|dag|giorni|gg|dní|dni|dnů|dager|dage|dagar|päivää|pv|gün|күн|zile|nap|rā|iintsuku|დღე|օր|દિવસ|दिवस|ημέρες|dienas|dienų|dienos|päeva|paeva|дни|дней|дня|день|днів|дена|дана|dana|daga|日|일|ngày|hari|يوم|أيام|ימים|napos))?(?:\s*(?:net|netto|neto|netos|nets?))?(?:\s*(?:(?:after|from) (?:the )?invoice(?: date)?|(?:date de )?facture|fin de facture|fecha(?: de)? factura|nach rechnungs(?:datum|eingang)|na factuurdatum|d\.? ?f\.?|data fattura))?$/i;

/**
 * Days after the way of paying, as ERPs write their terms ("Transferencia 30 días", "Recibo
 * domiciliado 60 días", "Bonifico 30 gg"): the days' unit is then required, so a name ending in a
 * number ("Tarif 2024") is no terms.
 */
const DAYS_AFTER_METHOD = /^\p{L}[\p{L} .'-]*?\s(?:a\s|à\s|an\s)?(\d{1,4})\s?(?:days?|jours?|j|tage?|d[ií]as|dagen|dage|dager|dagar|giorni|gg|dni|dní|dnů|päivää|pv|gün|zile|nap)\.?(?:\s(?:net|netto|neto|netos|d\.? ?f\.?|data fattura))?$/iu;

/** Payment at once, in the words terms lists use: no days to wait. */
const AT_ONCE =
  /^(?:(?:payable |due )?(?:up)?on receipt|immediate(?:ly)?|(?:à|a|dès|des) r[ée]ception|comptant|au comptant|imm[ée]diat|sofort(?: ohne abzug| netto)?|(?:al )?contado|inmediato|onmiddellijk|bij ontvangst|rimessa diretta(?: (?:a )?vista fattura)?|(?:a )?vista fattura|(?:paiement )?à la livraison|contre[- ]remboursement|cash on delivery|nachnahme|contra ?reembolso)$/i;

/**
 * Paid before the invoice falls due, in advance or in cash ("Vorkasse", "Prepaid", "Förskott",
 * "Contant"): nothing to wait for either, so 0 days as well.
 */
const IN_ADVANCE =
  /^(?:vor(?:aus)?kasse|vorauszahlung|pre-?pa(?:y|id|yment)|paid in advance|in advance|cash(?: in advance| with order)?|cwo|förskott(?:sbetalning)?|forskudd(?:sbetaling)?|forudbetaling|vooruitbetaling|vooraf|contant|kontant|käteinen|ennakko(?:maksu)?|paiement (?:d'avance|à la commande)|à la commande|(?:pago )?anticipado|(?:pagamento )?anticipato|pagamento antecipado|przedpłata|gotówka|(?:en )?efectivo|contanti)$/i;

/**
 * Terms counted from the end of the month rather than from the invoice ("45 jours fin de mois",
 * "60 gg d.f.f.m.", "Net 30 EOM", "Current + 30", "Løbende måned + 30 dage"): terms all the same,
 * but no fixed number of days.
 */
const FROM_MONTH_END_AFTER = /[\s,]+(?:d\.? ?f\.? ?f\.? ?m\.?|dffm|(?:d\.? ?f\.? ?)?f\.? ?m\.?|fine mese|eom|end of (?:the )?month|(?:à )?fin de mois|fin de mes|fim do m[êe]s|(?:ab |nach )?monatsende)$/i;
const FROM_MONTH_END_BEFORE = /^(?:current|curr\.?|løbende måned|löpande månad|lfd\.? monat|lm)\s*\+\s*/i;

/** A terms key before its text, as ERPs list them ("ZB03 30 Tage netto", "14S30 - 14 Tage 3 % Skonto"): the text says the days. */
const KEYED = /^[\p{Lu}\d]{2,8}(?:\s*[-–:]\s*|\s+)(?=.*\p{L})/u;

/** The net period of terms that offer a discount first: "2/10 Net 30", "8 Tage 2 % Skonto, 30 Tage netto". */
const NET_AFTER_DISCOUNT = /^(?:\d+(?:[.,]\d+)?\s*%?\s*\/\s*\d+|.*(?:skonto|escompte|descuento|discount|korting).*?)[\s,;/]*(?:n(?:et)?\s*(\d{1,4})|(\d{1,4})\s*(?:days?|jours?|tage?|d[ií]as|dagen)\s*(?:net|netto|neto|nets?))$/i;

/** The net period written before the discount: "30 Tage netto, 8 Tage 2 % Skonto", "Net 30, 2% 10 days". */
const NET_BEFORE_DISCOUNT = /^(?:n(?:et)?\s*(\d{1,4})|(\d{1,4})\s*(?:days?|jours?|tage?|d[ií]as|dagen)\s*(?:net|netto|neto|nets?))\s*[,;/]\s*.*(?:skonto|escompte|descuento|discount|korting|%).*$/i;

/**
 * A number of days, as payment terms are written: "30", "30 days", "Net 30", "N30", "30 jours",
 * "30j", "14 Tage netto"; payment at once ("Due on receipt", "Comptant", "Sofort") is 0; terms with
 * an early-payment discount ("2/10 Net 30") give their net period; so do terms after their key
 * ("ZB03 30 Tage netto"). Terms counted from the end of the month ("30 jours fin de mois", "Current
 * + 30") are refused as such: they are terms, but no fixed number of days.
 */
export function readDays(raw: string, max: number | undefined): Read {
  const s = raw.trim().replace(/\s+/g, ' ');
  // Terms are short; a long text is no terms, and is not given to the patterns below to chew on.
  if (s.length > 60) return reject(issue('not-days'));
  const n = keyedDaysIn(s);
  if (n === null) {
    const fromMonthEnd = FROM_MONTH_END_AFTER.exec(s) ?? FROM_MONTH_END_BEFORE.exec(s);
    const counted = fromMonthEnd === null ? null : keyedDaysIn(s.replace(fromMonthEnd[0], ''));
    return reject(counted === null ? issue('not-days') : issue('days-from-month-end', { days: counted }));
  }
  if (max !== undefined && n > max) return reject(issue('above-maximum', { max: String(max) }));
  return accept(String(n));
}

/** The days of terms, after their key if they have one, or null. */
const keyedDaysIn = (s: string) => daysIn(s) ?? (KEYED.test(s) ? daysIn(s.replace(KEYED, '')) : null);

/** The days of terms written in one of the ways above, or null. */
function daysIn(s: string): number | null {
  const m = DAYS.exec(s) ?? NET_AFTER_DISCOUNT.exec(s) ?? NET_BEFORE_DISCOUNT.exec(s) ?? DAYS_AFTER_METHOD.exec(s);
  if (m !== null) return Number(m[1] ?? m[2]);
  return AT_ONCE.test(s) || IN_ADVANCE.test(s) ? 0 : null;
}

const UNIT_SECONDS: Readonly<Record<string, number>> = { h: 3600, hr: 3600, hrs: 3600, hour: 3600, hours: 3600, heure: 3600, heures: 3600, std: 3600, m: 60, min: 60, mins: 60, minute: 60, minutes: 60, s: 1, sec: 1, secs: 1, second: 1, seconds: 1 };
const ISO_DURATION = /^P(?:(\d+)D)?T?(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?$/i;

/** Seconds in a duration written "1:30", "01:30:00", "1h30", "90 min", "1.5 h", "PT1H30M", or a bare number of hours. */
export function durationSeconds(raw: string): number | null {
  const s = raw.trim().toLowerCase();
  let m = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/.exec(s);
  if (m !== null) return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0);
  m = ISO_DURATION.exec(raw.trim());
  if (m !== null && raw.trim().length > 1) {
    const n = (x: string | undefined) => (x === undefined ? 0 : Number(x.replace(',', '.')));
    return Math.round(n(m[1]) * 86400 + n(m[2]) * 3600 + n(m[3]) * 60 + n(m[4]));
  }
  const parts = s.match(/\d+(?:[.,]\d+)?\s*[a-z]+/g);
  if (parts !== null && parts.join('').replace(/\s/g, '') === s.replace(/\s/g, '')) {
    let total = 0;
    for (const part of parts) {
      const pm = /^(\d+(?:[.,]\d+)?)\s*([a-z]+)$/.exec(part)!;
      const unit = UNIT_SECONDS[pm[2]!];
      if (unit === undefined) return null;
      total += Number(pm[1]!.replace(',', '.')) * unit;
    }
    return Math.round(total);
  }
  const hm = /^(\d+)\s*h\s*(\d{1,2})$/.exec(s);
  if (hm !== null) return Number(hm[1]) * 3600 + Number(hm[2]) * 60;
  const plain = parseNumber(s, { decimalSeparator: undefined, currency: false });
  if (typeof plain === 'string' || plain.negative) return null;
  return Math.round(Number(`${plain.int}.${plain.frac || '0'}`) * 3600);
}

/** Durations: canonical value is whole seconds. */
export function readDuration(raw: string): Read {
  const seconds = durationSeconds(raw);
  return seconds === null ? reject(issue('not-a-duration')) : accept(String(seconds));
}

/** Writes seconds as .NET ticks (100 ns), minutes or hours. */
export function formatDuration(seconds: string, output: 'ticks' | 'minutes' | 'hours'): string {
  if (output === 'ticks') return (BigInt(seconds) * 10_000_000n).toString();
  const n = Number(seconds);
  return output === 'minutes' ? String(n / 60) : String(n / 3600);
}
