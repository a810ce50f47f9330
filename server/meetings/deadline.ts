/** Papers must reach the members at least seven days before the meeting (the working form, Sak 6/2020). */
export const PAPER_DAYS = 7;
/** How many days before the deadline the secretariat is warned. */
export const WARN_DAYS = 3;

export type DeadlineStatus = 'unknown' | 'sent' | 'ok' | 'near' | 'missed';

const DAY_MS = 86_400_000;

function utcDay(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`);
}

/** The last day the notice and papers may go out: the meeting date minus seven days, as YYYY-MM-DD. */
export function paperDeadline(meetingDate: string | null): string | null {
  if (!meetingDate) return null;
  return new Date(utcDay(meetingDate) - PAPER_DAYS * DAY_MS).toISOString().slice(0, 10);
}

/** Where a meeting stands against the seven-day rule on a given day (YYYY-MM-DD, Oslo time). */
export function deadlineStatus(meetingDate: string | null, noticeSent: boolean, today: string): DeadlineStatus {
  if (noticeSent) return 'sent';
  const deadline = paperDeadline(meetingDate);
  if (!deadline) return 'unknown';
  const daysLeft = (utcDay(deadline) - utcDay(today)) / DAY_MS;
  if (daysLeft < 0) return 'missed';
  return daysLeft <= WARN_DAYS ? 'near' : 'ok';
}

/** Today's date in Norway, as YYYY-MM-DD. */
export function osloToday(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(now);
}
