import { describe, expect, it } from 'vitest';
import { meetingsCalendar } from './ical.ts';

describe('the meetings calendar', () => {
  it('has one event per dated meeting, with local times, place and link, and leaves out meetings without a date', () => {
    const text = meetingsCalendar(
      [
        { id: 'a', year: 2020, sequence: 2, date: '2020-06-10', startTime: '10:00', endTime: '15:30', place: 'Forskningsrådet, Lysaker', state: 'planned' },
        { id: 'b', year: 2020, sequence: 1, date: null, startTime: null, endTime: null, place: null, state: 'notice-sent' },
        { id: 'c', year: 2020, sequence: 3, date: '2020-09-01', startTime: null, endTime: null, place: 'Oslo', state: 'planned' },
      ],
      'http://ho21.test',
      'HelseOmsorg21-rådet',
    );
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text).toContain('DTSTART:20200610T100000');
    expect(text).toContain('DTEND:20200610T153000');
    expect(text).toContain('LOCATION:Forskningsrådet\\, Lysaker');
    expect(text).toContain('URL;VALUE=URI:http://ho21.test/moter/2020/2');
    expect(text).toContain('DTSTART;VALUE=DATE:20200901');
  });
});
