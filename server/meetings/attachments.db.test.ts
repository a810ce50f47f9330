import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCouncilWorld } from '../../tests/support/council-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../../tests/support/test-database.ts';
import { auditLog } from '../audit/schema.ts';
import { councilMembers } from '../council/schema.ts';
import { anonymous, type Actor } from '../core/actor.ts';
import { execute } from '../core/command.ts';
import { localFileStore } from '../files/store.ts';
import { addCase, createMeeting } from './agenda.ts';
import { caseAccess } from './access.ts';
import { apiCase } from './api.ts';
import { attachmentsWithFiles, findDownload, findDownloadById } from './attachment-access.ts';
import { addAttachment, deletePurgedFiles, purgeAudioRecordings, updateAttachment, uploadAttachmentVersion, withStoredFile } from './attachments.ts';
import { attachmentFiles } from './attachments-schema.ts';
import { recordDecision } from './cases.ts';
import { declareImpartiality } from './impartiality.ts';
import { approveMinutes, draftMinutes, sendMinutesForComments } from './minutes.ts';
import { sendNotice, transitionMeeting } from './notice.ts';
import { findCaseByNumber } from './queries.ts';
import { caseAttachments, councilCases, meetings } from './schema.ts';

describe('case attachments: versioned files with visibility, and the audio purge', () => {
  let database: TestDatabase;
  let root: string;
  const as: Record<string, Actor> = {};
  const store = () => localFileStore(path.join(root, 'files'));
  const filesOnDisk = () => fs.readdirSync(path.join(root, 'files'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);

  beforeAll(async () => {
    database = await createTestDatabase();
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'ho21-attachments-'));
    Object.assign(as, await seedCouncilWorld(database.db));
  });
  afterAll(async () => {
    await database.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  async function sak(sequence: number) {
    const found = await findCaseByNumber(database.db, 2020, sequence);
    if (!found) throw new Error(`no Sak ${sequence}/2020`);
    return found;
  }

  async function add(caseId: string, title: string, kind: string, visibility: string, content = `${title} innhold`) {
    const admin = as.sekretariat as Actor;
    const outcome = await withStoredFile(database.db, store(), admin, { content: Buffer.from(content), fileName: `${title}.pdf`, mediaType: kind === 'audio' ? 'audio/mpeg' : 'application/pdf' }, (file) =>
      execute(database.db, addAttachment, admin, { caseId, title, kind, visibility, file }),
    );
    return outcome;
  }

  let publicId = '';
  let councilId = '';
  let audioId = '';

  it('adds an attachment after the seeded ones, and a new upload is version 2 beside version 1', async () => {
    const { c } = await sak(7);
    const added = await add(c.id, 'Statusrapport', 'document', 'public');
    if (!added.ok) throw new Error(added.kind);
    publicId = added.value.attachment.id;
    const seeded = await database.db.select().from(caseAttachments).where(eq(caseAttachments.caseId, c.id));
    expect(added.value.attachment.label).toBe(`Vedlegg ${seeded.length}`);
    expect(seeded.filter((a) => a.id !== publicId).every((a) => a.visibility === 'public' && a.kind === 'document')).toBe(true);

    const admin = as.sekretariat as Actor;
    const second = await withStoredFile(database.db, store(), admin, { content: Buffer.from('andre utgave'), fileName: 'Statusrapport v2.pdf', mediaType: 'application/pdf' }, (file) =>
      execute(database.db, uploadAttachmentVersion, admin, { attachmentId: publicId, version: 1, file }),
    );
    expect(second.ok && second.value.file.versionNumber).toBe(2);
    const rows = await database.db.select().from(attachmentFiles).where(eq(attachmentFiles.attachmentId, publicId));
    expect(rows.map((r) => [r.versionNumber, r.fileName]).sort()).toEqual([
      [1, 'Statusrapport.pdf'],
      [2, 'Statusrapport v2.pdf'],
    ]);
    expect(filesOnDisk()).toHaveLength(2);
  });

  it('refuses an upload made against an old version and keeps no bytes of it', async () => {
    const admin = as.sekretariat as Actor;
    const stale = await withStoredFile(database.db, store(), admin, { content: Buffer.from('utdatert'), fileName: 'gammel.pdf', mediaType: 'application/pdf' }, (file) =>
      execute(database.db, uploadAttachmentVersion, admin, { attachmentId: publicId, version: 1, file }),
    );
    expect(stale).toMatchObject({ ok: false, kind: 'conflict', current: { version: 2 } });
    expect(filesOnDisk()).toHaveLength(2);
    const forbidden = await withStoredFile(database.db, store(), as.medlem as Actor, { content: Buffer.from('x'), fileName: 'x.pdf', mediaType: 'application/pdf' }, () => {
      throw new Error('must not record');
    });
    expect(forbidden).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(filesOnDisk()).toHaveLength(2);
  });

  it('keeps audio recordings internal, in the command and in the database', async () => {
    const { c } = await sak(7);
    expect(await add(c.id, 'Opptak', 'audio', 'public')).toMatchObject({ ok: false, kind: 'invalid', fieldErrors: { visibility: ['council.attachments.errors.audioInternal'] } });
    const audio = await add(c.id, 'Lydopptak sak 7', 'audio', 'internal');
    if (!audio.ok) throw new Error(audio.kind);
    audioId = audio.value.attachment.id;
    expect(await execute(database.db, updateAttachment, as.sekretariat as Actor, { attachmentId: audioId, version: 1, title: 'Lydopptak', visibility: 'council' })).toMatchObject({
      ok: false,
      fieldErrors: { visibility: ['council.attachments.errors.audioInternal'] },
    });
    await expect(database.db.update(caseAttachments).set({ visibility: 'public' }).where(eq(caseAttachments.id, audioId))).rejects.toThrow();
    const council = await add(c.id, 'Notat til rådet', 'document', 'council');
    if (!council.ok) throw new Error(council.kind);
    councilId = council.value.attachment.id;
  });

  it('shows each viewer only what they may read, and answers every other download like a missing one', async () => {
    const { c, meeting } = await sak(7);
    const seen = async (actor: Actor) => {
      const access = await caseAccess(database.db, actor, c, meeting);
      const list = await attachmentsWithFiles(database.db, new Map([[c.id, access]]));
      return list.filter((a) => a.files.length > 0).map((a) => a.title);
    };
    expect(await seen(anonymous)).toEqual(['Statusrapport']);
    expect(await seen(as.medlem as Actor)).toEqual(['Statusrapport', 'Notat til rådet']);
    expect(await seen(as.sekretariat as Actor)).toEqual(['Statusrapport', 'Lydopptak sak 7', 'Notat til rådet']);

    const where = { meetingYear: 2020, meetingSequence: 1, caseYear: 2020, caseSequence: 7, versionNumber: 1 };
    expect(await findDownload(database.db, anonymous, { ...where, attachmentId: publicId })).toMatchObject({ kind: 'file', fileName: 'Statusrapport.pdf', access: 'public' });
    expect(await findDownload(database.db, anonymous, { ...where, attachmentId: audioId })).toEqual({ kind: 'not-found' });
    expect(await findDownload(database.db, anonymous, { ...where, attachmentId: councilId })).toEqual({ kind: 'not-found' });
    expect(await findDownload(database.db, as.medlem as Actor, { ...where, attachmentId: councilId })).toMatchObject({ kind: 'file' });
    expect(await findDownload(database.db, as.medlem as Actor, { ...where, attachmentId: audioId })).toEqual({ kind: 'not-found' });
    expect(await findDownload(database.db, as.sekretariat as Actor, { ...where, attachmentId: audioId })).toMatchObject({ kind: 'file', mediaType: 'audio/mpeg' });
    // The right attachment under the wrong case or meeting is not found either.
    expect(await findDownload(database.db, as.sekretariat as Actor, { ...where, caseSequence: 8, attachmentId: audioId })).toEqual({ kind: 'not-found' });
    expect(await findDownload(database.db, anonymous, { ...where, versionNumber: 3, attachmentId: publicId })).toEqual({ kind: 'not-found' });

    // A member who declares a conflict sees no more than the public.
    const [member] = await database.db.select().from(councilMembers).where(eq(councilMembers.name, 'Mia Medlem (demo)'));
    expect(member).toBeDefined();
    expect((await execute(database.db, declareImpartiality, as.medlem as Actor, { caseId: c.id, declared: 'disqualified', declaredReason: 'Styreverv' })).ok).toBe(true);
    expect(await seen(as.medlem as Actor)).toEqual(['Statusrapport']);
    expect(await findDownload(database.db, as.medlem as Actor, { ...where, attachmentId: councilId })).toEqual({ kind: 'not-found' });
    await execute(database.db, declareImpartiality, as.medlem as Actor, { caseId: c.id, declared: 'impartial', declaredReason: '' });

    const api = await apiCase(database.db, 2020, 7, 'http://ho21.test');
    const files = api?.documents.filter((d) => d.url.includes('/vedlegg/'));
    expect(files).toEqual([{ title: 'Statusrapport', url: `http://ho21.test/moter/2020/1/saker/7-2020/vedlegg/${publicId}/2`, mediaType: 'application/pdf' }]);
  });

  it('purges the audio of closed cases when the minutes are approved, keeping the row and an audit entry per file', async () => {
    const db = database.db;
    const admin = as.sekretariat as Actor;
    const config = { smtpUrl: undefined, mailFrom: 't@example.invalid', dataDir: root, publicUrl: 'http://ho21.test' };
    const sak8 = await sak(8);
    const open = await add(sak8.c.id, 'Lydopptak sak 8', 'audio', 'internal');
    if (!open.ok) throw new Error(open.kind);
    const { c: sak7, meeting } = await sak(7);
    expect((await execute(db, recordDecision, admin, { caseId: sak7.id, version: sak7.version, decision: 'Rådet tar saken til orientering.' })).ok).toBe(true);

    expect((await execute(db, transitionMeeting, admin, { meetingId: meeting.id, version: meeting.version, to: 'held' })).ok).toBe(true);
    const draft = await execute(db, draftMinutes, admin, { meetingId: meeting.id });
    if (!draft.ok) throw new Error(draft.kind);
    await execute(db, sendMinutesForComments, admin, { minutesId: draft.value.id, version: 1, commentDeadline: '2020-03-01' });
    const next = await execute(db, createMeeting, admin, { date: '2020-06-10', startTime: '', endTime: '', place: '' });
    if (!next.ok) throw new Error(next.kind);
    await sendNotice(db, config, admin, { meetingId: next.value.id, version: 1 });
    expect((await execute(db, approveMinutes, admin, { minutesId: draft.value.id, atMeetingId: next.value.id })).ok).toBe(true);

    const [audio] = await db.select().from(attachmentFiles).where(eq(attachmentFiles.attachmentId, audioId));
    expect(audio?.purgedAt).toBeInstanceOf(Date);
    expect(audio?.purgeReason).toBe('minutes-approved');
    // Marked in the approval's transaction; the bytes go after commit. Left there, as after a crash, the sweep takes them.
    expect(filesOnDisk()).toContain(audio?.storageKey);
    expect(await purgeAudioRecordings(db, store())).toEqual({ purged: 0, deleted: 1 });
    expect(filesOnDisk()).not.toContain(audio?.storageKey);
    const [after] = await db.select().from(attachmentFiles).where(eq(attachmentFiles.attachmentId, audioId));
    expect(after).toMatchObject({ fileName: 'Lydopptak sak 7.pdf', storageKey: null, purgeReason: 'minutes-approved' });
    const trail = await db.select().from(auditLog).where(and(eq(auditLog.entity, 'attachmentFile'), eq(auditLog.entityId, audio?.id ?? '')));
    expect(trail.map((e) => e.action).sort()).toEqual(['deleteBytes', 'purge', 'upload']);

    // The open case keeps its recording; other documents are never purged.
    const [kept] = await db.select().from(attachmentFiles).where(eq(attachmentFiles.attachmentId, open.value.attachment.id));
    expect(kept?.purgedAt).toBeNull();
    expect((await db.select().from(attachmentFiles).where(eq(attachmentFiles.attachmentId, publicId))).every((f) => f.purgedAt === null)).toBe(true);

    const where = { meetingYear: 2020, meetingSequence: 1, caseYear: 2020, caseSequence: 7, versionNumber: 1, attachmentId: audioId };
    expect(await findDownload(db, admin, where)).toMatchObject({ kind: 'purged', fileName: 'Lydopptak sak 7.pdf' });
    expect(await findDownload(db, as.medlem as Actor, where)).toEqual({ kind: 'not-found' });
    expect(await deletePurgedFiles(db, store())).toBe(0);
  });

  it('sweeps a recording whose case is closed after the approval', async () => {
    const db = database.db;
    const { c } = await sak(8);
    const [row] = await db.select({ version: councilCases.version }).from(councilCases).where(eq(councilCases.id, c.id));
    await execute(db, recordDecision, as.sekretariat as Actor, { caseId: c.id, version: row?.version, decision: 'Intet.' });
    const [state] = await db.select({ state: meetings.state }).from(meetings).where(eq(meetings.id, c.meetingId));
    expect(state?.state).toBe('minutes-approved');
    expect(await purgeAudioRecordings(db, store())).toEqual({ purged: 1, deleted: 1 });
    expect(await purgeAudioRecordings(db, store())).toEqual({ purged: 0, deleted: 0 });
    expect(filesOnDisk()).toHaveLength(3);
  });

  it('renames an attachment or narrows its visibility under optimistic locking, and the public loses it at once', async () => {
    const db = database.db;
    const admin = as.sekretariat as Actor;
    const [current] = await db.select().from(caseAttachments).where(eq(caseAttachments.id, publicId));
    const changed = await execute(db, updateAttachment, admin, { attachmentId: publicId, version: current?.version, title: 'Statusrapport til rådet', visibility: 'council' });
    expect(changed.ok && [changed.value.title, changed.value.visibility, changed.value.version]).toEqual(['Statusrapport til rådet', 'council', (current?.version ?? 0) + 1]);
    expect(await execute(db, updateAttachment, admin, { attachmentId: publicId, version: current?.version, title: 'Gammel tittel', visibility: 'public' })).toMatchObject({
      ok: false,
      kind: 'conflict',
      current: { title: 'Statusrapport til rådet' },
    });
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.entity, 'caseAttachment'), eq(auditLog.entityId, publicId), eq(auditLog.action, 'update')));
    expect(entry?.changes).toMatchObject({ visibility: { before: 'public', after: 'council' } });
    const api = await apiCase(db, 2020, 7, 'http://ho21.test');
    expect(api?.documents.filter((d) => d.url.includes('/vedlegg/'))).toEqual([]);
    const where = { meetingYear: 2020, meetingSequence: 1, caseYear: 2020, caseSequence: 7, versionNumber: 2, attachmentId: publicId };
    expect(await findDownload(db, anonymous, where)).toEqual({ kind: 'not-found' });
    expect(await findDownload(db, as.medlem as Actor, where)).toMatchObject({ kind: 'file' });
  });

  it('serves the files of a case not yet numbered under the attachment alone, by the same rules', async () => {
    const db = database.db;
    const admin = as.sekretariat as Actor;
    const meeting = await execute(db, createMeeting, admin, { date: '2021-02-02', startTime: '', endTime: '', place: '' });
    if (!meeting.ok) throw new Error(meeting.kind);
    const draft = await execute(db, addCase, admin, { meetingId: meeting.value.id, title: 'Utkast med vedlegg', type: 'discussion' });
    if (!draft.ok) throw new Error(draft.kind);
    expect(draft.value.sequence).toBeNull();
    const file = await add(draft.value.id, 'Utkast til notat', 'document', 'council');
    if (!file.ok) throw new Error(file.kind);
    const id = file.value.attachment.id;
    expect(await findDownloadById(db, admin, id, 1)).toMatchObject({ kind: 'file', fileName: 'Utkast til notat.pdf' });
    expect(await findDownloadById(db, as.medlem as Actor, id, 1)).toMatchObject({ kind: 'file', access: 'council' });
    expect(await findDownloadById(db, anonymous, id, 1)).toEqual({ kind: 'not-found' });
    expect(await findDownloadById(db, as.medlem as Actor, id, 2)).toEqual({ kind: 'not-found' });
    expect(await findDownloadById(db, admin, '00000000-0000-4000-8000-000000000000', 1)).toEqual({ kind: 'not-found' });
  });
});
