import { describe, expect, it } from 'vitest';
import { yearPlan } from './year-plan.ts';

describe('the year plan', () => {
  it('warns for years with fewer than four or more than six meetings', () => {
    const meetings = [...Array.from({ length: 3 }, () => ({ year: 2020 })), ...Array.from({ length: 5 }, () => ({ year: 2021 })), ...Array.from({ length: 7 }, () => ({ year: 2022 }))];
    expect(yearPlan(meetings)).toEqual([
      { year: 2022, count: 7, warning: true },
      { year: 2021, count: 5, warning: false },
      { year: 2020, count: 3, warning: true },
    ]);
  });
});
