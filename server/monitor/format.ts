import type { Labels } from './schema.ts';

export type Locale = keyof Labels;

const intlLocale: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

const cache = new Map<string, Intl.NumberFormat>();

/**
 * A number as people read it in the language: decimal comma and no-break-space thousands (1 073,6) in
 * bokmål and nynorsk, 1,073.6 in English. With no decimals given, up to two are shown as needed.
 */
export function formatNumber(value: number, locale: Locale, decimals?: number | null): string {
  const key = `${locale}:${decimals ?? 'auto'}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(
      intlLocale[locale],
      decimals == null ? { maximumFractionDigits: 2 } : { minimumFractionDigits: decimals, maximumFractionDigits: decimals },
    );
    cache.set(key, format);
  }
  return format.format(value);
}

/** The separators Vega needs to format axis labels the same way (d3-format locale). */
export function chartNumberLocale(locale: Locale) {
  return locale === 'en'
    ? { decimal: '.', thousands: ',', grouping: [3], currency: ['£', ''] }
    : { decimal: ',', thousands: '\u00a0', grouping: [3], currency: ['', '\u00a0kr'] };
}
