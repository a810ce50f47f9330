import { and, eq, gte, isNotNull, isNull, or } from 'drizzle-orm';
import { z } from 'zod';
import { users } from '../auth/schema.ts';
import { can } from '../auth/policy.ts';
import type { Config } from '../config/env.ts';
import { councilAppointments, councilMembers } from '../council/schema.ts';
import type { Actor } from '../core/actor.ts';
import { defineCommand, execute } from '../core/command.ts';
import { CommandFailure, invalid, type Outcome } from '../core/outcome.ts';
import type { Db, Queryable } from '../db/types.ts';
import { lockMeeting } from './agenda.ts';
import { sendMails } from './mail.ts';
import { assignCaseNumbers } from './numbering.ts';
import { meetings, type MeetingState } from './schema.ts';
import { canTransition } from './workflow.ts';

/** The council's people with an account who sit on a term at a date: they get the notice. */
export async function noticeRecipients(db: Queryable, termId: string, date: string | null) {
  return db
    .selectDistinct({ memberId: councilMembers.id, name: councilMembers.name, email: users.email })
    .from(councilAppointments)
    .innerJoin(councilMembers, eq(councilMembers.id, councilAppointments.memberId))
    .innerJoin(users, eq(users.id, councilMembers.userId))
    .where(
      and(
        eq(councilAppointments.termId, termId),
        eq(users.active, true),
        isNotNull(councilMembers.userId),
        date ? or(isNull(councilAppointments.endDate), gte(councilAppointments.endDate, date)) : undefined,
      ),
    );
}

function moveTo(actor: Actor, from: MeetingState, to: MeetingState) {
  const role = actor.kind === 'system' ? 'system' : actor.kind === 'user' ? actor.role : null;
  if (!role || !canTransition(from, to, role)) throw invalid({}, ['council.errors.transition']);
}

/**
 * Sends the notice: numbers the agenda in order with the year's next case numbers, publishes the papers
 * (unless screened) and moves the meeting to "notice sent". The e-mails go out after the commit.
 */
export const sendNoticeCommand = defineCommand({
  name: 'meeting.sendNotice',
  input: z.object({ meetingId: z.uuid(), version: z.coerce.number().int() }),
  authorize: (actor) => can(actor, 'meetings.manage'),
  async run({ tx, actor, audit }, input) {
    const meeting = await lockMeeting(tx, input.meetingId);
    if (meeting.version !== input.version) throw new CommandFailure({ kind: 'conflict', current: meeting });
    moveTo(actor, meeting.state, 'notice-sent');
    const numbers = await assignCaseNumbers(tx, meeting.id, meeting.year);
    const [after] = await tx
      .update(meetings)
      .set({ state: 'notice-sent', noticeSentAt: new Date(), version: meeting.version + 1, updatedAt: new Date() })
      .where(eq(meetings.id, meeting.id))
      .returning();
    if (!after) throw new Error('update returned no row');
    audit({
      action: 'sendNotice',
      entity: 'meeting',
      entityId: meeting.id,
      changes: { state: { before: meeting.state, after: 'notice-sent' }, caseNumbers: { before: null, after: numbers.map((n) => `${n.sequence}/${meeting.year}`) } },
    });
    const recipients = await noticeRecipients(tx, meeting.termId, meeting.date);
    return { meeting: after, numbers, recipients };
  },
});

/** Moves a meeting to another state of its workflow (held, minutes in review …). */
export const transitionMeeting = defineCommand({
  name: 'meeting.transition',
  input: z.object({ meetingId: z.uuid(), version: z.coerce.number().int(), to: z.enum(['held', 'minutes-in-review', 'planned']) }),
  authorize: (actor) => can(actor, 'meetings.manage'),
  async run({ tx, actor, audit }, input) {
    const meeting = await lockMeeting(tx, input.meetingId);
    if (meeting.version !== input.version) throw new CommandFailure({ kind: 'conflict', current: meeting });
    moveTo(actor, meeting.state, input.to);
    const [after] = await tx
      .update(meetings)
      .set({ state: input.to, version: meeting.version + 1, updatedAt: new Date() })
      .where(eq(meetings.id, meeting.id))
      .returning();
    audit({ action: 'transition', entity: 'meeting', entityId: meeting.id, changes: { state: { before: meeting.state, after: input.to } } });
    return after;
  },
});

/** Sends the notice and then e-mails every member a link to their meeting book. */
export async function sendNotice(
  db: Db,
  config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'dataDir' | 'publicUrl'>,
  actor: Actor,
  input: { meetingId: string; version: unknown },
  options: { requestId?: string } = {},
): Promise<Outcome<{ sequence: number; year: number; mailed: number }>> {
  const outcome = await execute(db, sendNoticeCommand, actor, input, options);
  if (!outcome.ok) return outcome;
  const { meeting, recipients } = outcome.value;
  const number = `${meeting.sequence}/${meeting.year}`;
  const link = `${config.publicUrl}/min-side/moter/${meeting.year}/${meeting.sequence}`;
  const when = meeting.date ? `${meeting.date}${meeting.startTime ? ` kl. ${meeting.startTime}` : ''}` : 'dato kommer';
  await sendMails(
    config,
    recipients.map((r) => ({
      to: r.email,
      subject: `Innkalling til møte ${number} i HelseOmsorg21-rådet`,
      text: [
        `Hei ${r.name},`,
        '',
        `Du innkalles til møte ${number} i HelseOmsorg21-rådet, ${when}, ${meeting.place ?? ''}.`,
        '',
        `Innkalling, saksliste og saksdokumenter ligger i møteboken din: ${link}`,
        '',
        'Meld fra om habilitet for sakene i møteboken før møtet.',
        '',
        'Hilsen sekretariatet for HelseOmsorg21-rådet',
      ].join('\n'),
    })),
  );
  return { ok: true, value: { sequence: meeting.sequence, year: meeting.year, mailed: recipients.length } };
}
