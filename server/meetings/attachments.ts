import { and, desc, eq, inArray, isNotNull, isNull, max } from 'drizzle-orm';
import { z } from 'zod';
import { can } from '../auth/policy.ts';
import { type Actor, systemActor } from '../core/actor.ts';
import { type CommandContext, defineCommand, execute, type ExecuteOptions } from '../core/command.ts';
import { diffRecords } from '../core/changes.ts';
import { CommandFailure, invalid, type Outcome } from '../core/outcome.ts';
import { updateVersioned } from '../core/versioned.ts';
import type { Db, Tx } from '../db/types.ts';
import type { FileStore } from '../files/store.ts';
import { attachmentFiles } from './attachments-schema.ts';
import { ATTACHMENT_KINDS, caseAttachments, councilCases, meetings, VISIBILITIES } from './schema.ts';

/** Why an audio recording's bytes were removed; shown through i18n, kept in the audit trail. */
export const PURGE_REASON_MINUTES_APPROVED = 'minutes-approved';

const storedFile = z.object({
  key: z.uuid(),
  byteSize: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  fileName: z.string().trim().min(1).max(255),
  mediaType: z.string().trim().min(1).max(255),
});
export type UploadedFile = z.output<typeof storedFile>;

const title = z.string().trim().min(1, { error: 'errors.required' }).max(300, { error: 'errors.tooLong' });
const visibility = z.enum(VISIBILITIES, { error: 'council.attachments.errors.visibility' });

function audioMustBeInternal(kind: string, value: string) {
  if (kind === 'audio' && value !== 'internal') throw invalid({ visibility: ['council.attachments.errors.audioInternal'] });
}

async function insertFile(ctx: CommandContext, attachmentId: string, versionNumber: number, file: UploadedFile) {
  const [row] = await ctx.tx
    .insert(attachmentFiles)
    .values({
      attachmentId,
      versionNumber,
      storageKey: file.key,
      fileName: file.fileName,
      mediaType: file.mediaType,
      byteSize: file.byteSize,
      sha256: file.sha256,
      uploadedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  ctx.audit({ action: 'upload', entity: 'attachmentFile', entityId: row.id, changes: diffRecords(null, row, ['storageKey', 'uploadedAt']) });
  return row;
}

/** Adds "Vedlegg n" to a case with its first file. */
export const addAttachment = defineCommand({
  name: 'attachment.add',
  input: z.object({
    caseId: z.uuid(),
    title,
    kind: z.enum(ATTACHMENT_KINDS, { error: 'council.attachments.errors.kind' }),
    visibility,
    file: storedFile,
  }),
  authorize: (actor) => can(actor, 'meetings.manage'),
  async run(ctx, input) {
    audioMustBeInternal(input.kind, input.visibility);
    const [found] = await ctx.tx.select({ id: councilCases.id }).from(councilCases).where(eq(councilCases.id, input.caseId)).for('update');
    if (!found) throw new CommandFailure({ kind: 'not-found' });
    const [last] = await ctx.tx.select({ position: max(caseAttachments.position) }).from(caseAttachments).where(eq(caseAttachments.caseId, input.caseId));
    const position = (last?.position ?? 0) + 1;
    const [row] = await ctx.tx
      .insert(caseAttachments)
      .values({ caseId: input.caseId, position, label: `Vedlegg ${position}`, title: input.title, kind: input.kind, visibility: input.visibility })
      .returning();
    if (!row) throw new Error('insert returned no row');
    ctx.audit({ action: 'create', entity: 'caseAttachment', entityId: row.id, changes: diffRecords(null, row) });
    const file = await insertFile(ctx, row.id, 1, input.file);
    return { attachment: row, file };
  },
});

/** A new file for an attachment: version n+1 beside the earlier ones, never in their place. */
export const uploadAttachmentVersion = defineCommand({
  name: 'attachment.uploadVersion',
  input: z.object({ attachmentId: z.uuid(), version: z.coerce.number().int(), file: storedFile }),
  authorize: (actor) => can(actor, 'meetings.manage'),
  async run(ctx, input) {
    const { after } = await updateVersioned(ctx.tx, caseAttachments, input.attachmentId, input.version, {});
    const [last] = await ctx.tx.select({ n: max(attachmentFiles.versionNumber) }).from(attachmentFiles).where(eq(attachmentFiles.attachmentId, input.attachmentId));
    const file = await insertFile(ctx, input.attachmentId, (last?.n ?? 0) + 1, input.file);
    return { attachment: after, file };
  },
});

/** Renames an attachment or changes who may read it; an audio recording stays internal. */
export const updateAttachment = defineCommand({
  name: 'attachment.update',
  input: z.object({ attachmentId: z.uuid(), version: z.coerce.number().int(), title, visibility }),
  authorize: (actor) => can(actor, 'meetings.manage'),
  async run({ tx, audit }, input) {
    const [current] = await tx.select({ kind: caseAttachments.kind }).from(caseAttachments).where(eq(caseAttachments.id, input.attachmentId));
    if (!current) throw new CommandFailure({ kind: 'not-found' });
    audioMustBeInternal(current.kind, input.visibility);
    const { before, after } = await updateVersioned(tx, caseAttachments, input.attachmentId, input.version, { title: input.title, visibility: input.visibility });
    audit({ action: 'update', entity: 'caseAttachment', entityId: input.attachmentId, changes: diffRecords(before, after) });
    return after;
  },
});

/**
 * Marks as purged every audio file of a closed case (its decision recorded) in a meeting whose minutes are
 * approved, one audit entry per file. Runs inside the approval's transaction and in the sweep; the bytes are
 * deleted after commit by `deletePurgedFiles`, so a rolled-back approval never loses a recording.
 */
export async function markAudioPurged(tx: Tx, audit: CommandContext['audit'], meetingId?: string): Promise<number> {
  const due = await tx
    .select({ id: attachmentFiles.id, fileName: attachmentFiles.fileName, versionNumber: attachmentFiles.versionNumber, attachmentId: attachmentFiles.attachmentId })
    .from(attachmentFiles)
    .innerJoin(caseAttachments, eq(caseAttachments.id, attachmentFiles.attachmentId))
    .innerJoin(councilCases, eq(councilCases.id, caseAttachments.caseId))
    .innerJoin(meetings, eq(meetings.id, councilCases.meetingId))
    .where(
      and(
        isNull(attachmentFiles.purgedAt),
        eq(caseAttachments.kind, 'audio'),
        isNotNull(councilCases.decision),
        eq(meetings.state, 'minutes-approved'),
        meetingId ? eq(meetings.id, meetingId) : undefined,
      ),
    )
    .for('update', { of: attachmentFiles });
  if (due.length === 0) return 0;
  const purgedAt = new Date();
  await tx
    .update(attachmentFiles)
    .set({ purgedAt, purgeReason: PURGE_REASON_MINUTES_APPROVED })
    .where(
      inArray(
        attachmentFiles.id,
        due.map((f) => f.id),
      ),
    );
  for (const f of due) {
    audit({
      action: 'purge',
      entity: 'attachmentFile',
      entityId: f.id,
      changes: {
        purgedAt: { before: null, after: purgedAt.toISOString() },
        purgeReason: { before: null, after: PURGE_REASON_MINUTES_APPROVED },
        file: { before: `${f.fileName} (versjon ${f.versionNumber})`, after: null },
      },
    });
  }
  return due.length;
}

const purgeAudio = defineCommand({
  name: 'attachment.purgeAudio',
  input: z.object({}),
  authorize: (actor) => can(actor, 'meetings.manage'),
  run: ({ tx, audit }) => markAudioPurged(tx, audit),
});

/** Records that the bytes of purged files are gone from the store. */
const forgetDeletedBytes = defineCommand({
  name: 'attachment.bytesDeleted',
  input: z.object({ fileIds: z.array(z.uuid()).min(1) }),
  authorize: (actor) => can(actor, 'meetings.manage'),
  async run({ tx, audit }, input) {
    const rows = await tx
      .update(attachmentFiles)
      .set({ storageKey: null })
      .where(and(inArray(attachmentFiles.id, input.fileIds), isNotNull(attachmentFiles.purgedAt)))
      .returning({ id: attachmentFiles.id });
    for (const r of rows) audit({ action: 'deleteBytes', entity: 'attachmentFile', entityId: r.id, changes: { storageKey: { before: '[deleted]', after: null } } });
    return rows.length;
  },
});

/** Deletes from the store the bytes of every file marked purged whose bytes may still be there. */
export async function deletePurgedFiles(db: Db, store: FileStore, options: ExecuteOptions = {}): Promise<number> {
  const pending = await db
    .select({ id: attachmentFiles.id, key: attachmentFiles.storageKey })
    .from(attachmentFiles)
    .where(and(isNotNull(attachmentFiles.purgedAt), isNotNull(attachmentFiles.storageKey)));
  if (pending.length === 0) return 0;
  for (const f of pending) if (f.key) await store.delete(f.key);
  const outcome = await execute(db, forgetDeletedBytes, systemActor('purge-audio'), { fileIds: pending.map((f) => f.id) }, options);
  if (!outcome.ok) throw new Error(`could not record deleted files: ${outcome.kind}`);
  return outcome.value;
}

/**
 * The sweep: purges every audio recording that is due and deletes the bytes of every purged file, including
 * those an approval marked but a crash kept from deleting. Safe to run any number of times.
 */
export async function purgeAudioRecordings(db: Db, store: FileStore, actor: Actor = systemActor('purge-audio')): Promise<{ purged: number; deleted: number }> {
  const outcome = await execute(db, purgeAudio, actor, {});
  if (!outcome.ok) throw new Error(`could not purge audio recordings: ${outcome.kind}`);
  return { purged: outcome.value, deleted: await deletePurgedFiles(db, store) };
}

/**
 * Keeps an uploaded file and records it through `command`; when the command fails the bytes are removed
 * again, so the store holds nothing the database does not know.
 */
export async function withStoredFile<R>(
  db: Db,
  store: FileStore,
  actor: Actor,
  upload: { content: Parameters<FileStore['put']>[0]; fileName: string; mediaType: string },
  record: (file: UploadedFile) => Promise<Outcome<R>>,
): Promise<Outcome<R>> {
  if (!can(actor, 'meetings.manage')) return { ok: false, kind: 'forbidden' };
  const stored = await store.put(upload.content);
  let outcome: Outcome<R> | undefined;
  try {
    outcome = await record({ key: stored.key, byteSize: stored.byteSize, sha256: stored.sha256, fileName: upload.fileName, mediaType: upload.mediaType });
    return outcome;
  } finally {
    if (!outcome?.ok) await store.delete(stored.key);
  }
}

/** The files of the given attachments, newest version first. */
export async function filesOf(db: Db | Tx, attachmentIds: string[]) {
  if (attachmentIds.length === 0) return [];
  return db
    .select({
      id: attachmentFiles.id,
      attachmentId: attachmentFiles.attachmentId,
      versionNumber: attachmentFiles.versionNumber,
      fileName: attachmentFiles.fileName,
      mediaType: attachmentFiles.mediaType,
      byteSize: attachmentFiles.byteSize,
      uploadedAt: attachmentFiles.uploadedAt,
      purgedAt: attachmentFiles.purgedAt,
      purgeReason: attachmentFiles.purgeReason,
    })
    .from(attachmentFiles)
    .where(inArray(attachmentFiles.attachmentId, attachmentIds))
    .orderBy(desc(attachmentFiles.versionNumber));
}
