import type { Locale, Translate } from '../../i18n/index.ts';

/** "12. mars 2020" / "12 March 2020" for a YYYY-MM-DD date; the date is a calendar day, so no time zone shift. */
export function formatDate(locale: Locale, isoDate: string | null): string | null {
  if (!isoDate) return null;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nb-NO', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

export function meetingTitle(t: Translate, m: { year: number; sequence: number }): string {
  return t('council.meetingNumber', { number: `${m.sequence}/${m.year}` });
}

/** "Sak 7/2020", or "Sak (ikke nummerert)" before the notice gives it a number. */
export function caseLabel(t: Translate, c: { year: number | null; sequence: number | null }): string {
  return c.sequence != null && c.year != null ? t('council.caseNumber', { number: `${c.sequence}/${c.year}` }) : t('council.unnumbered');
}

export function caseHref(c: { year: number | null; sequence: number | null }, meeting: { year: number; sequence: number }): string | null {
  return c.sequence != null && c.year != null ? `/moter/${meeting.year}/${meeting.sequence}/saker/${c.sequence}-${c.year}` : null;
}

/** Parses "7-2020" from a case URL. */
export function parseCaseParam(value: string | undefined): { year: number; sequence: number } | null {
  const match = /^(\d{1,4})-(\d{4})$/.exec(value ?? '');
  return match ? { sequence: Number(match[1]), year: Number(match[2]) } : null;
}

export function parseIntParam(value: string | undefined): number | null {
  return value && /^\d{1,5}$/.test(value) ? Number(value) : null;
}
