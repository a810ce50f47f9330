import { createContext, useContext } from 'react';
import { en } from './en.ts';
import { type MessageKey, nb } from './nb.ts';
import { nn } from './nn.ts';

export const LOCALES = ['nb', 'nn', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type { MessageKey };

const catalogues = { nb, nn, en } as const;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function isMessageKey(value: string): value is MessageKey {
  return value in nb;
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  const catalogue = catalogues[locale];
  return (key, params) =>
    catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole));
}

/** Translates a message key that came from validation; unknown text is shown as it is. */
export function translateMessage(t: Translate, message: string): string {
  return isMessageKey(message) ? t(message) : message;
}

export const htmlLang: Record<Locale, string> = { nb: 'nb', nn: 'nn', en: 'en' };

const I18nContext = createContext<{ locale: Locale; t: Translate }>({ locale: 'nb', t: translator('nb') });
export const I18nProvider = I18nContext.Provider;

export function useI18n() {
  return useContext(I18nContext);
}
