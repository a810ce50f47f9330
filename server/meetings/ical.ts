import ical from 'ical-generator';

export interface CalendarMeeting {
  id: string;
  year: number;
  sequence: number;
  date: string | null;
  startTime: string | null;
  endTime: string | null;
  place: string | null;
  state: string;
}

/** A local wall-clock time in the meeting's place; written as a floating time, so no time zone is guessed. */
function wallClock(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return new Date(y ?? 0, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0);
}

function calendarDay(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y ?? 0, (m ?? 1) - 1, d ?? 1);
}

/**
 * The council's meetings as an iCalendar feed; meetings without a known date are left out. Each event links to
 * the public meeting page, or to the page `path` gives (a member's meeting book).
 */
export function meetingsCalendar(
  meetings: readonly CalendarMeeting[],
  publicUrl: string,
  name: string,
  path: (m: CalendarMeeting) => string = (m) => `/moter/${m.year}/${m.sequence}`,
): string {
  const calendar = ical({ name, prodId: { company: 'HelseOmsorg21', product: 'ho21', language: 'NB' } });
  for (const m of meetings) {
    if (!m.date) continue;
    const summary = `HelseOmsorg21-rådet: møte ${m.sequence}/${m.year}`;
    const common = { id: `meeting-${m.id}@ho21`, summary, location: m.place, url: `${publicUrl}${path(m)}` };
    if (m.startTime) {
      calendar.createEvent({
        ...common,
        floating: true,
        start: wallClock(m.date, m.startTime),
        end: wallClock(m.date, m.endTime ?? m.startTime),
      });
    } else {
      calendar.createEvent({ ...common, allDay: true, start: calendarDay(m.date) });
    }
  }
  return calendar.toString();
}
