import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/schema.ts';
import { councilMembers } from '../council/schema.ts';
import { sqlList } from '../db/sql-list.ts';
import { focusAreas } from '../strategy/schema.ts';
import { CASE_TYPES, councilCases, meetings } from './schema.ts';

export const PROPOSAL_STATES = ['submitted', 'accepted', 'declined', 'withdrawn'] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

/**
 * A case a member proposes (innmelding) to the chair and the secretariat. The secretariat accepts it into a
 * planned meeting's agenda, which creates the case, or declines it with a reason the member reads.
 */
export const caseProposals = pgTable(
  'case_proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => councilMembers.id),
    title: text('title').notNull(),
    /** What the matter is about; becomes the case paper's background. */
    description: text('description').notNull(),
    /** Why the council should take it up; becomes "Hvorfor saken fremmes". */
    whyRaised: text('why_raised').notNull().default(''),
    proposedType: text('proposed_type', { enum: CASE_TYPES }).notNull(),
    wishedMeetingId: uuid('wished_meeting_id').references(() => meetings.id),
    state: text('state', { enum: PROPOSAL_STATES }).notNull().default('submitted'),
    declineReason: text('decline_reason'),
    caseId: uuid('case_id').references(() => councilCases.id),
    handledBy: uuid('handled_by').references(() => users.id, { onDelete: 'set null' }),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('case_proposals_state_idx').on(t.state, t.createdAt),
    index('case_proposals_member_idx').on(t.memberId, t.createdAt),
    uniqueIndex('case_proposals_case_key').on(t.caseId),
    check('case_proposals_state_check', sql`${t.state} in (${sqlList(PROPOSAL_STATES)})`),
    check('case_proposals_type_check', sql`${t.proposedType} in (${sqlList(CASE_TYPES)})`),
    check('case_proposals_accepted_check', sql`(${t.state} = 'accepted') = (${t.caseId} is not null)`),
    check('case_proposals_declined_check', sql`(${t.state} = 'declined') = (${t.declineReason} is not null)`),
  ],
);

export const caseProposalFocusAreas = pgTable(
  'case_proposal_focus_areas',
  {
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => caseProposals.id, { onDelete: 'cascade' }),
    focusAreaId: text('focus_area_id')
      .notNull()
      .references(() => focusAreas.id),
  },
  (t) => [primaryKey({ columns: [t.proposalId, t.focusAreaId] }), index('case_proposal_focus_areas_area_idx').on(t.focusAreaId)],
);

/** The reference group of a case: members who prepare it with the secretariat. */
export const referenceGroupMembers = pgTable(
  'reference_group_members',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => councilCases.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => councilMembers.id, { onDelete: 'cascade' }),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.memberId] }), index('reference_group_members_member_idx').on(t.memberId)],
);

/**
 * A member's secret calendar address. Only the SHA-256 hash of the token is kept, so the database alone
 * cannot be used to read anyone's calendar; one link per member, and a new one replaces the old.
 */
export const calendarLinks = pgTable(
  'calendar_links',
  {
    memberId: uuid('member_id')
      .primaryKey()
      .references(() => councilMembers.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('calendar_links_token_key').on(t.tokenHash)],
);
