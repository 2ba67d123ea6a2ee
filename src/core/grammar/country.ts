import countries from 'i18n-iso-countries';
import de from 'i18n-iso-countries/langs/de.json';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import it from 'i18n-iso-countries/langs/it.json';
import nl from 'i18n-iso-countries/langs/nl.json';
import pt from 'i18n-iso-countries/langs/pt.json';
import bgNames from 'i18n-iso-countries/langs/bg.json';
import csNames from 'i18n-iso-countries/langs/cs.json';
import daNames from 'i18n-iso-countries/langs/da.json';
import elNames from 'i18n-iso-countries/langs/el.json';
import etNames from 'i18n-iso-countries/langs/et.json';
import fiNames from 'i18n-iso-countries/langs/fi.json';
import hrNames from 'i18n-iso-countries/langs/hr.json';
import huNames from 'i18n-iso-countries/langs/hu.json';
import isNames from 'i18n-iso-countries/langs/is.json';
import jaNames from 'i18n-iso-countries/langs/ja.json';
import ltNames from 'i18n-iso-countries/langs/lt.json';
import lvNames from 'i18n-iso-countries/langs/lv.json';
import nbNames from 'i18n-iso-countries/langs/nb.json';
import plNames from 'i18n-iso-countries/langs/pl.json';
import roNames from 'i18n-iso-countries/langs/ro.json';
import ruNames from 'i18n-iso-countries/langs/ru.json';
import skNames from 'i18n-iso-countries/langs/sk.json';
import slNames from 'i18n-iso-countries/langs/sl.json';
import svNames from 'i18n-iso-countries/langs/sv.json';
import trNames from 'i18n-iso-countries/langs/tr.json';
import ukNames from 'i18n-iso-countries/langs/uk.json';
import { fold } from '../text/fold';
import { issue } from '../issues';
import { accept, reject, type Read } from './types';

// English and the languages of Ferry's users first: a name two languages spell alike is read in the first.
const LOCALES = [en, fr, de, es, nl, it, pt, bgNames, csNames, daNames, elNames, etNames, fiNames, hrNames, huNames, isNames, jaNames, ltNames, lvNames, nbNames, plNames, roNames, ruNames, skNames, slNames, svNames, trNames, ukNames];
for (const locale of LOCALES) countries.registerLocale(locale);

/** Everyday names that the ISO lists spell otherwise. */
const EXTRA_NAMES: Record<string, string> = {
  uk: 'GB', 'u k': 'GB', 'great britain': 'GB', britain: 'GB', england: 'GB', scotland: 'GB', wales: 'GB', 'northern ireland': 'GB',
  usa: 'US', 'u s a': 'US', 'u s': 'US', america: 'US', 'united states of america': 'US', 'etats unis': 'US', 'etats unis d amerique': 'US',
  holland: 'NL', 'the netherlands': 'NL', 'pays bas': 'NL', 'south korea': 'KR', 'north korea': 'KP', russia: 'RU', 'czech republic': 'CZ',
  'ivory coast': 'CI', 'cote d ivoire': 'CI', 'uae': 'AE', 'u a e': 'AE', 'vatican': 'VA', 'macedonia': 'MK', swaziland: 'SZ', burma: 'MM',
};

let byName: Map<string, string> | null = null;

function nameIndex(): Map<string, string> {
  if (byName !== null) return byName;
  byName = new Map();
  for (const { locale: lang } of LOCALES) {
    const names = countries.getNames(lang, { select: 'all' });
    for (const [code, list] of Object.entries(names)) for (const name of list) if (!byName.has(fold(name))) byName.set(fold(name), code);
  }
  for (const [name, code] of Object.entries(EXTRA_NAMES)) byName.set(name, code);
  return byName;
}

/** The ISO 3166-1 alpha-2 code for a code (alpha-2, alpha-3, numeric) or a name in English, another European language or Japanese ("Danmark", "Österreich", "Латвия", "日本"). */
export function countryCode(raw: string): string | null {
  const s = raw.trim();
  if (/^[A-Za-z]{2}$/.test(s) && countries.isValid(s.toUpperCase())) return s.toUpperCase();
  if (/^[A-Za-z]{3}$/.test(s)) {
    const a2 = countries.alpha3ToAlpha2(s.toUpperCase());
    if (a2 !== undefined) return a2;
  }
  if (/^\d{3}$/.test(s)) {
    const a2 = countries.numericToAlpha2(s);
    if (a2 !== undefined) return a2;
  }
  return nameIndex().get(fold(s)) ?? null;
}

export function readCountry(raw: string): Read {
  const code = countryCode(raw);
  return code === null ? reject(issue('not-a-country')) : accept(code);
}

export function formatCountry(alpha2: string, output: 'alpha2' | 'alpha3' | 'name'): string {
  if (output === 'alpha2') return alpha2;
  if (output === 'alpha3') return countries.alpha2ToAlpha3(alpha2) ?? alpha2;
  return countries.getName(alpha2, 'en') ?? alpha2;
}
