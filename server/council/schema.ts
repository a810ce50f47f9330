import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/schema.ts';
import { actors } from '../strategy/schema.ts';
import { sqlList } from '../db/sql-list.ts';

export const MEMBER_ROLES = ['chair', 'viceChair', 'member', 'observer'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];


/** A council period with its mandate, e.g. "HO21-rådet 2020–2024". */
export const councilTerms = pgTable('council_terms', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  startDate: date('start_date').notNull(),
  endDate: date('end_date').notNull(),
  /** The number of members as the sources state it ("27 – 31 medlemmer", "16 medlemmer"). */
  memberCountText: text('member_count_text'),
  /** The size the mandate fixes, when it fixes one. */
  size: integer('size'),
  /** The mandate's paragraphs in order; null when the text is not known. */
  mandate: jsonb('mandate').$type<string[]>(),
  mandateNote: text('mandate_note'),
  mandateAdoptedBy: text('mandate_adopted_by'),
  mandateAdoptedDate: date('mandate_adopted_date'),
  appointment: text('appointment'),
  notes: jsonb('notes').$type<string[]>().notNull().default([]),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The mandate's sectors and how many seats each has: the quotas are data, not code. */
export const councilSectors = pgTable(
  'council_sectors',
  {
    id: text('id').primaryKey(),
    termId: text('term_id')
      .notNull()
      .references(() => councilTerms.id),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    seats: integer('seats').notNull(),
    mandateText: text('mandate_text'),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('council_sectors_term_idx').on(t.termId, t.position), check('council_sectors_seats_check', sql`${t.seats} >= 0`)],
);

/** A person on the council: named from the sources, or a demo person linked to a demo account. */
export const councilMembers = pgTable(
  'council_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    organisation: text('organisation'),
    /** The actor the member's organisation is, so a case involving that actor can be flagged as a possible conflict. */
    actorId: text('actor_id').references(() => actors.id),
    demo: boolean('demo').notNull().default(false),
    source: text('source'),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('council_members_user_key').on(t.userId), index('council_members_actor_idx').on(t.actorId)],
);

/** One appointment of a member to a term in a role and sector; a renewal is a new row, so the history stays. */
export const councilAppointments = pgTable(
  'council_appointments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => councilMembers.id, { onDelete: 'cascade' }),
    termId: text('term_id')
      .notNull()
      .references(() => councilTerms.id),
    sectorId: text('sector_id').references(() => councilSectors.id),
    role: text('role', { enum: MEMBER_ROLES }).notNull(),
    startDate: date('start_date'),
    endDate: date('end_date'),
    /** When the sources give no dates, what they do say ("2015", "25.3.2019"). */
    asOfText: text('as_of_text'),
    roleText: text('role_text'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('council_appointments_term_idx').on(t.termId, t.sectorId),
    index('council_appointments_member_idx').on(t.memberId),
    check('council_appointments_role_check', sql`${t.role} in (${sqlList(MEMBER_ROLES)})`),
    check('council_appointments_dates_check', sql`${t.endDate} is null or ${t.startDate} is null or ${t.endDate} >= ${t.startDate}`),
  ],
);

/** Secretariat staff the sources name, e.g. as case officers. */
export const secretariatStaff = pgTable('secretariat_staff', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  nameVariants: jsonb('name_variants').$type<string[]>().notNull().default([]),
  organisation: text('organisation'),
  organisationInferred: boolean('organisation_inferred').notNull().default(false),
  roleText: text('role_text'),
  termId: text('term_id').references(() => councilTerms.id),
  note: text('note'),
});
