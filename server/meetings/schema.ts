import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/schema.ts';
import { councilMembers, councilTerms } from '../council/schema.ts';
import { actors, focusAreas, measures } from '../strategy/schema.ts';
import { sqlList } from '../db/sql-list.ts';

export const MEETING_STATES = ['planned', 'notice-sent', 'held', 'minutes-in-review', 'minutes-approved'] as const;
export type MeetingState = (typeof MEETING_STATES)[number];

export const CASE_TYPES = ['decision', 'discussion', 'information'] as const;
export type CaseType = (typeof CASE_TYPES)[number];

/** The fixed structure of a meeting from the working form (Sak 6/2020); 'case' is an ordinary case. */
export const AGENDA_ROLES = [
  'notice-approval',
  'impartiality',
  'previous-minutes',
  'outstanding-items',
  'ongoing-cases',
  'case',
  'briefings',
  'any-other-business',
  'meeting-evaluation',
] as const;
export type AgendaRole = (typeof AGENDA_ROLES)[number];

export const VISIBILITIES = ['internal', 'council', 'public'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** An attachment is a document, or a meeting's audio recording (lydopptak), which is always internal. */
export const ATTACHMENT_KINDS = ['document', 'audio'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export const IMPARTIALITY_STATUSES = ['not-assessed', 'impartial', 'disqualified'] as const;
export type ImpartialityStatus = (typeof IMPARTIALITY_STATUSES)[number];
export const DISQUALIFICATION_GROUNDS = ['automatic', 'discretionary'] as const;
export type DisqualificationGround = (typeof DISQUALIFICATION_GROUNDS)[number];

export const ATTENDANCE_STATUSES = ['present', 'absent', 'part'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const GUEST_KINDS = ['observer', 'speaker'] as const;

export const DEFAULT_PLACE = 'Forskningsrådet, Lysaker';


/** A text paragraph block of a case paper: a heading (or none) and its paragraphs. Level 2 is a sub-heading. */
export interface CaseSection {
  heading: string | null;
  level: 1 | 2;
  body: string[];
}

/** A council meeting (møtemappe), numbered per year: "Møte 1/2020". */
export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    termId: text('term_id')
      .notNull()
      .references(() => councilTerms.id),
    year: integer('year').notNull(),
    sequence: integer('sequence').notNull(),
    /** Unknown for meetings whose papers give no date (1/2020), so nullable. */
    date: date('date'),
    startTime: text('start_time'),
    endTime: text('end_time'),
    place: text('place').default(DEFAULT_PLACE),
    state: text('state', { enum: MEETING_STATES }).notNull().default('planned'),
    noticeSentAt: timestamp('notice_sent_at', { withTimezone: true }),
    /** The sources lack parts of this meeting (date, place, notice text). */
    incomplete: boolean('incomplete').notNull().default(false),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('meetings_number_key').on(t.year, t.sequence),
    index('meetings_date_idx').on(t.date),
    check('meetings_state_check', sql`${t.state} in (${sqlList(MEETING_STATES)})`),
    check('meetings_time_check', sql`${t.startTime} is null or ${t.startTime} ~ '^[0-2][0-9]:[0-5][0-9]$'`),
  ],
);

/**
 * The last case number handed out per year. Numbers come from here, never from max(sequence), so a number
 * once given is never given again, even if its case is later withdrawn.
 */
export const caseNumberCounters = pgTable('case_number_counters', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
});

/** A case (møtesak) on a meeting's agenda; numbered "Sak 7/2020" when the notice is sent. */
export const councilCases = pgTable(
  'council_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    position: integer('position').notNull(),
    agendaRole: text('agenda_role', { enum: AGENDA_ROLES }).notNull().default('case'),
    year: integer('year'),
    sequence: integer('sequence'),
    /** The number as printed on the paper when it differs from the standard form ("Sak nr 6/2020", "Sak 10/20"). */
    numberAsPrinted: text('number_as_printed'),
    title: text('title').notNull(),
    type: text('type', { enum: CASE_TYPES }),
    typeAsPrinted: text('type_as_printed'),
    to: text('to'),
    from: text('from'),
    caseOfficer: text('case_officer'),
    /** "Tidligere behandlet" as free text when the earlier handling is not a case in ho21. */
    previouslyHandledText: text('previously_handled_text'),
    sections: jsonb('sections').$type<CaseSection[]>().notNull().default([]),
    footnotes: jsonb('footnotes').$type<{ marker: string; anchor: string; text: string }[]>().notNull().default([]),
    proposedDecision: text('proposed_decision'),
    decision: text('decision'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** Papers are drafts for the council until the notice is sent, then public unless screened (skjermet). */
    screened: boolean('screened').notNull().default(false),
    screeningReason: text('screening_reason'),
    source: text('source'),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('council_cases_number_key').on(t.year, t.sequence),
    index('council_cases_meeting_idx').on(t.meetingId, t.position),
    check('council_cases_role_check', sql`${t.agendaRole} in (${sqlList(AGENDA_ROLES)})`),
    check('council_cases_type_check', sql`${t.type} is null or ${t.type} in (${sqlList(CASE_TYPES)})`),
    check('council_cases_number_check', sql`(${t.year} is null) = (${t.sequence} is null)`),
  ],
);

/** "Tidligere behandlet": this case continues an earlier handling of the same matter. */
export const caseHandlings = pgTable(
  'case_handlings',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => councilCases.id, { onDelete: 'cascade' }),
    previousCaseId: uuid('previous_case_id')
      .notNull()
      .references(() => councilCases.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.previousCaseId] }), index('case_handlings_previous_idx').on(t.previousCaseId)],
);

export const caseFocusAreas = pgTable(
  'case_focus_areas',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => councilCases.id, { onDelete: 'cascade' }),
    focusAreaId: text('focus_area_id')
      .notNull()
      .references(() => focusAreas.id),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.focusAreaId] }), index('case_focus_areas_area_idx').on(t.focusAreaId)],
);

export const caseActors = pgTable(
  'case_actors',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => councilCases.id, { onDelete: 'cascade' }),
    actorId: text('actor_id')
      .notNull()
      .references(() => actors.id),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.actorId] }), index('case_actors_actor_idx').on(t.actorId)],
);

export const caseMeasures = pgTable(
  'case_measures',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => councilCases.id, { onDelete: 'cascade' }),
    measureId: text('measure_id')
      .notNull()
      .references(() => measures.id),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.measureId] }), index('case_measures_measure_idx').on(t.measureId)],
);

/** A text document of the council (mandate, working form, self-evaluation …) with its structured content. */
export const councilDocuments = pgTable(
  'council_documents',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    kind: text('kind').notNull(),
    visibility: text('visibility', { enum: VISIBILITIES }).notNull().default('internal'),
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('council_documents_visibility_idx').on(t.visibility), check('council_documents_visibility_check', sql`${t.visibility} in (${sqlList(VISIBILITIES)})`)],
);

/** "Vedlegg n" of a case: a council document when ho21 holds its text, otherwise only its title. */
export const caseAttachments = pgTable(
  'case_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => councilCases.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    label: text('label').notNull(),
    title: text('title').notNull(),
    documentId: text('document_id').references(() => councilDocuments.id),
    parts: jsonb('parts').$type<string[]>().notNull().default([]),
    note: text('note'),
    // Seeded attachments carry no visibility of their own: public, so they show wherever their case does.
    visibility: text('visibility', { enum: VISIBILITIES }).notNull().default('public'),
    kind: text('kind', { enum: ATTACHMENT_KINDS }).notNull().default('document'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('case_attachments_case_idx').on(t.caseId, t.position),
    index('case_attachments_document_idx').on(t.documentId),
    index('case_attachments_kind_idx').on(t.kind),
    check('case_attachments_visibility_check', sql`${t.visibility} in (${sqlList(VISIBILITIES)})`),
    check('case_attachments_kind_check', sql`${t.kind} in (${sqlList(ATTACHMENT_KINDS)})`),
    check('case_attachments_audio_internal_check', sql`${t.kind} <> 'audio' or ${t.visibility} = 'internal'`),
  ],
);

/** Conflict of interest (habilitet) of one member for one case: the member's declaration and the council's decision. */
export const impartialityAssessments = pgTable(
  'impartiality_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => councilCases.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => councilMembers.id, { onDelete: 'cascade' }),
    declared: text('declared', { enum: IMPARTIALITY_STATUSES }).notNull().default('not-assessed'),
    declaredReason: text('declared_reason'),
    declaredAt: timestamp('declared_at', { withTimezone: true }),
    decided: text('decided', { enum: IMPARTIALITY_STATUSES }).notNull().default('not-assessed'),
    ground: text('ground', { enum: DISQUALIFICATION_GROUNDS }),
    decidedReason: text('decided_reason'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('impartiality_case_member_key').on(t.caseId, t.memberId),
    index('impartiality_member_idx').on(t.memberId),
    check('impartiality_declared_check', sql`${t.declared} in (${sqlList(IMPARTIALITY_STATUSES)})`),
    check('impartiality_decided_check', sql`${t.decided} in (${sqlList(IMPARTIALITY_STATUSES)})`),
    check('impartiality_ground_check', sql`(${t.decided} = 'disqualified') = (${t.ground} is not null)`),
  ],
);

/** Who attended: present, absent, or for part of the meeting (from one item to another). */
export const meetingAttendance = pgTable(
  'meeting_attendance',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => councilMembers.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ATTENDANCE_STATUSES }).notNull(),
    fromCaseId: uuid('from_case_id').references(() => councilCases.id),
    toCaseId: uuid('to_case_id').references(() => councilCases.id),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.memberId] }),
    check('meeting_attendance_status_check', sql`${t.status} in (${sqlList(ATTENDANCE_STATUSES)})`),
  ],
);

/** Observers and external speakers at a meeting; they feed the annual counts. */
export const meetingGuests = pgTable(
  'meeting_guests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: GUEST_KINDS }).notNull(),
    name: text('name').notNull(),
    organisation: text('organisation'),
    topic: text('topic'),
    caseId: uuid('case_id').references(() => councilCases.id),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('meeting_guests_meeting_idx').on(t.meetingId), check('meeting_guests_kind_check', sql`${t.kind} in (${sqlList(GUEST_KINDS)})`)],
);

export const MINUTES_STATES = ['draft', 'in-review', 'approved'] as const;
export type MinutesState = (typeof MINUTES_STATES)[number];

/** The minutes (referat) of a meeting: drafted, sent for comments, approved at a later meeting, then public. */
export const minutes = pgTable(
  'minutes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    state: text('state', { enum: MINUTES_STATES }).notNull().default('draft'),
    body: text('body').notNull(),
    commentDeadline: date('comment_deadline'),
    approvedAtMeetingId: uuid('approved_at_meeting_id').references(() => meetings.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('minutes_meeting_key').on(t.meetingId), index('minutes_state_idx').on(t.state), check('minutes_state_check', sql`${t.state} in (${sqlList(MINUTES_STATES)})`)],
);

export const minutesComments = pgTable(
  'minutes_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    minutesId: uuid('minutes_id')
      .notNull()
      .references(() => minutes.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => councilMembers.id, { onDelete: 'cascade' }),
    /** The agenda item the comment is about; null for the minutes as a whole. */
    caseId: uuid('case_id').references(() => councilCases.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('minutes_comments_minutes_idx').on(t.minutesId, t.createdAt), index('minutes_comments_case_idx').on(t.caseId)],
);

/** A follow-up item from the minutes; it stays under "Utestående fra forrige referat" until closed. */
export const followUps = pgTable(
  'follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    owner: text('owner'),
    dueDate: date('due_date'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('follow_ups_open_idx').on(t.closedAt, t.meetingId)],
);

/** A member's own notes on a case paper. Only the author ever reads them; not even the secretariat. */
export const privateCaseNotes = pgTable(
  'private_case_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => councilCases.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('private_case_notes_case_user_key').on(t.caseId, t.userId), index('private_case_notes_user_idx').on(t.userId)],
);
