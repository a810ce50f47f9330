import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCouncilWorld } from '../../tests/support/council-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../../tests/support/test-database.ts';
import { auditLog } from '../audit/schema.ts';
import { anonymous, type Actor } from '../core/actor.ts';
import { execute } from '../core/command.ts';
import { caseAccess } from './access.ts';
import { addCase, createMeeting } from './agenda.ts';
import { apiCase, apiMeeting } from './api.ts';
import { bringForward, screenCase, updateCase } from './cases.ts';
import { impartialityForCase } from './impartiality.ts';
import { publicCasesLinkedTo } from './linked-cases.ts';
import { sendNotice } from './notice.ts';
import { caseDetails } from './case-details.ts';
import { councilCases, meetings } from './schema.ts';

describe('linking a case to measures, and screening its paper', () => {
  let database: TestDatabase;
  let dataDir: string;
  const as: Record<string, Actor> = {};
  let caseId = '';
  let meetingId = '';
  const fields = { title: 'Kliniske studier i helseforetakene', type: 'discussion', to: '', from: '', caseOfficer: '', proposedDecision: '' };
  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ho21-screening-'));
    Object.assign(as, await seedCouncilWorld(database.db));
    const meeting = await execute(database.db, createMeeting, as.sekretariat as Actor, { date: '2020-06-10', startTime: '', endTime: '', place: '' });
    if (!meeting.ok) throw new Error(meeting.kind);
    meetingId = meeting.value.id;
    const added = await execute(database.db, addCase, as.sekretariat as Actor, { meetingId, ...fields });
    if (!added.ok) throw new Error(added.kind);
    caseId = added.value.id;
  });
  afterAll(async () => {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('links measures, shows them on the paper, hints a conflict through their actors, audits the change and carries the links forward', async () => {
    const admin = as.sekretariat as Actor;
    expect(await execute(database.db, updateCase, admin, { caseId, version: 1, ...fields, measureIds: ['so05-01', 'finnes-ikke'] })).toMatchObject({
      ok: false,
      fieldErrors: { measureIds: ['council.errors.unknownMeasure'] },
    });
    const saved = await execute(database.db, updateCase, admin, { caseId, version: 1, ...fields, measureIds: ['so05-01'] });
    expect(saved.ok).toBe(true);
    const [c] = await database.db.select().from(councilCases).where(eq(councilCases.id, caseId));
    if (!c) throw new Error('no case');
    expect((await caseDetails(database.db, c, 'council')).measures.map((m) => m.id)).toEqual(['so05-01']);
    const [meeting] = await database.db.select().from(meetings).where(eq(meetings.id, meetingId));
    const hints = await impartialityForCase(database.db, caseId, meeting?.termId ?? '');
    expect(hints.find((r) => r.name === 'Mia Medlem (demo)')?.possibleConflict).toBe(true);
    const [entry] = await database.db.select().from(auditLog).where(and(eq(auditLog.entityId, caseId), eq(auditLog.action, 'update')));
    expect(entry?.changes).toMatchObject({ measureIds: { before: [], after: ['so05-01'] } });

    const later = await execute(database.db, createMeeting, admin, { date: '2020-09-10', startTime: '', endTime: '', place: '' });
    if (!later.ok) throw new Error(later.kind);
    const forward = await execute(database.db, bringForward, admin, { caseId, meetingId: later.value.id });
    if (!forward.ok) throw new Error(forward.kind);
    expect((await caseDetails(database.db, forward.value, 'council')).measures.map((m) => m.id)).toEqual(['so05-01']);
  });

  it('screens a paper only with a legal ground, keeps it from the public after the notice, and conflicts on a stale version', async () => {
    const admin = as.sekretariat as Actor;
    const [before] = await database.db.select().from(councilCases).where(eq(councilCases.id, caseId));
    const version = before?.version ?? 0;
    expect(await execute(database.db, screenCase, admin, { caseId, version, screened: 'on', screeningReason: ' ' })).toMatchObject({
      ok: false,
      fieldErrors: { screeningReason: ['council.errors.screeningReasonRequired'] },
    });
    expect((await execute(database.db, screenCase, as.leder as Actor, { caseId, version, screened: 'on', screeningReason: 'offl. § 14' })).ok).toBe(false);
    const screened = await execute(database.db, screenCase, admin, { caseId, version, screened: 'on', screeningReason: 'offl. § 14' });
    expect(screened.ok && screened.value).toMatchObject({ screened: true, screeningReason: 'offl. § 14' });
    expect(await execute(database.db, screenCase, admin, { caseId, version, screeningReason: '' })).toMatchObject({ ok: false, kind: 'conflict' });

    const config = { smtpUrl: undefined, mailFrom: 't@example.invalid', dataDir, publicUrl: 'http://ho21.test' };
    const [meeting] = await database.db.select().from(meetings).where(eq(meetings.id, meetingId));
    expect((await sendNotice(database.db, config, admin, { meetingId, version: meeting?.version })).ok).toBe(true);
    const [c] = await database.db.select().from(councilCases).where(eq(councilCases.id, caseId));
    const [m] = await database.db.select().from(meetings).where(eq(meetings.id, meetingId));
    if (!c || !m || c.sequence == null || c.year == null) throw new Error('not numbered');
    expect(await caseAccess(database.db, anonymous, c, m)).toBe('none');
    expect(await caseAccess(database.db, as.leder as Actor, c, m)).toBe('council');
    expect(await apiCase(database.db, c.year, c.sequence, 'http://ho21.test')).toBeNull();
    const published = await apiMeeting(database.db, m.year, m.sequence, 'http://ho21.test');
    expect(JSON.stringify(published)).not.toContain(fields.title);
    expect(await publicCasesLinkedTo(database.db, { measureId: 'so05-01' })).toEqual([]);

    const unscreened = await execute(database.db, screenCase, admin, { caseId, version: c.version, screeningReason: 'glemt' });
    expect(unscreened.ok && unscreened.value).toMatchObject({ screened: false, screeningReason: null });
    expect((await apiCase(database.db, c.year, c.sequence, 'http://ho21.test'))?.title).toBe(fields.title);
    // The handling brought forward sits in a planned meeting: a draft, so the strategy pages do not list it.
    expect((await publicCasesLinkedTo(database.db, { measureId: 'so05-01' })).map((l) => [l.title, l.sequence])).toEqual([[fields.title, c.sequence]]);
  });
});
