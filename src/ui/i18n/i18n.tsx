import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Locale } from '../../core/messages';
import { en, type MessageKey } from './en';
import { fr } from './fr';

const CATALOGUES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { en, fr };

export type Params = Readonly<Record<string, string | number>>;

export interface I18n {
  readonly locale: Locale;
  setLocale(locale: Locale): void;
  /** A message with {placeholders} filled; numbers are formatted for the locale. */
  t(key: MessageKey, params?: Params): string;
  /** Picks `key_one` or `key_other` for `count` (also available as {count}). */
  tn(key: PluralKey, count: number, params?: Params): string;
  formatNumber(n: number): string;
  /** Items joined as the locale writes a list ("A, B and C", « A, B et C »). */
  formatList(items: readonly string[]): string;
}

type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_one` ? Base : never) : never;

const I18nContext = createContext<I18n | null>(null);

function initialLocale(): Locale {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem('ferry.locale');
  if (saved === 'en' || saved === 'fr') return saved;
  return typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function I18nProvider({ children, locale: fixed }: { children: ReactNode; locale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(fixed ?? initialLocale);
  const setLocale = useCallback((l: Locale) => {
    setLocaleState(l);
    localStorage.setItem('ferry.locale', l);
    document.documentElement.lang = l;
  }, []);
  const value = useMemo<I18n>(() => {
    const numbers = new Intl.NumberFormat(locale);
    const list = new Intl.ListFormat(locale, { type: 'conjunction' });
    const plural = new Intl.PluralRules(locale);
    const fill = (template: string, params: Params | undefined) =>
      params === undefined ? template : template.replace(/\{(\w+)\}/g, (whole, name: string) => {
        const v = params[name];
        return v === undefined ? whole : typeof v === 'number' ? numbers.format(v) : v;
      });
    const t = (key: MessageKey, params?: Params) => fill(CATALOGUES[locale][key], params);
    return {
      locale,
      setLocale,
      t,
      tn: (key, count, params) => {
        const form = plural.select(count) === 'one' ? 'one' : 'other';
        return t(`${key}_${form}` as MessageKey, { count, ...params });
      },
      formatNumber: (n) => numbers.format(n),
      formatList: (items) => list.format(items),
    };
  }, [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (ctx === null) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
