import { describe, expect, it } from 'vitest';
import { deadlineStatus, osloToday, paperDeadline } from './deadline.ts';

describe('the seven-day rule for papers', () => {
  it('puts the deadline seven days before the meeting, across a month end', () => {
    expect(paperDeadline('2020-03-05')).toBe('2020-02-27');
    expect(paperDeadline(null)).toBeNull();
  });

  it('is ok well ahead, near within three days of the deadline, missed after it, and done once sent', () => {
    expect(deadlineStatus('2020-06-20', false, '2020-06-01')).toBe('ok');
    expect(deadlineStatus('2020-06-20', false, '2020-06-10')).toBe('near');
    expect(deadlineStatus('2020-06-20', false, '2020-06-13')).toBe('near');
    expect(deadlineStatus('2020-06-20', false, '2020-06-14')).toBe('missed');
    expect(deadlineStatus('2020-06-20', true, '2020-06-19')).toBe('sent');
    expect(deadlineStatus(null, false, '2020-06-19')).toBe('unknown');
  });

  it('reads today in Oslo time', () => {
    expect(osloToday(new Date('2020-12-31T23:30:00Z'))).toBe('2021-01-01');
  });
});
