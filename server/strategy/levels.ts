// Constants the pages need in the browser bundle too, so this file imports nothing at run time.
import type { StatusLevel } from './schema.ts';

/** The order levels are stacked, listed and summarised in: from done to not known. */
export const LEVEL_ORDER: readonly StatusLevel[] = ['implemented', 'partly-implemented', 'in-progress', 'planned', 'not-started', 'not-relevant', 'unknown'];

/**
 * One colour per level, shared by the chart and the pages' status bars (app/styles/strategy.css repeats them
 * as classes). Greens for implemented, blue for under way, warm for not started, greys for the rest.
 */
export const LEVEL_COLOURS: Record<StatusLevel, string> = {
  implemented: '#1e6b34',
  'partly-implemented': '#5c9e3a',
  'in-progress': '#2f6fb5',
  planned: '#7a5aa8',
  'not-started': '#b8452f',
  'not-relevant': '#5f5f5f',
  unknown: '#c4c4c4',
};

/** Action-plan inclusion as a filter: the three values, or "the source does not say". */
export const ACTION_PLAN_FILTERS = ['yes', 'partly', 'no', 'not-stated'] as const;
export type ActionPlanFilter = (typeof ACTION_PLAN_FILTERS)[number];
