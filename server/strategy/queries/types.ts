import type { ActionPlanInclusion, ActorType, StatusLevel } from '../schema.ts';

export interface StatusEntry {
  id: number;
  /** ISO date (YYYY-MM-DD), or null when the source gives only the year or a meeting. */
  date: string | null;
  year: number;
  dateText: string | null;
  level: StatusLevel;
  text: string | null;
  source: string;
}

export interface ActorRef {
  id: string;
  name: string;
  shortName: string | null;
}

export interface FocusAreaRef {
  id: string;
  name: string;
}

/** A measure as it appears in lists: with its latest status and responsible actors. */
export interface MeasureListItem {
  id: string;
  focusArea: FocusAreaRef;
  position: number;
  title: string;
  subPoints: string[];
  inGovernmentActionPlan: ActionPlanInclusion | null;
  incomplete: boolean;
  latestStatus: StatusEntry | null;
  actors: ActorRef[];
}

export interface ActorSummary extends ActorRef {
  type: ActorType;
  sector: string | null;
  measureCount: number;
}

export type LevelCounts = Record<StatusLevel, number>;
