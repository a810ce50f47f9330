/** The working form (Sak 6/2020): "Rådet møtes 4-6 ganger per år". */
export const MEETINGS_PER_YEAR = { min: 4, max: 6 } as const;

/** Meetings per year, with a warning where a year has fewer than four or more than six. */
export function yearPlan(meetings: readonly { year: number }[]): { year: number; count: number; warning: boolean }[] {
  const counts = new Map<number, number>();
  for (const m of meetings) counts.set(m.year, (counts.get(m.year) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => b - a)
    .map(([year, count]) => ({ year, count, warning: count < MEETINGS_PER_YEAR.min || count > MEETINGS_PER_YEAR.max }));
}
