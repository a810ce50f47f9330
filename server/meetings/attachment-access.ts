import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Actor } from '../core/actor.ts';
import type { Queryable } from '../db/types.ts';
import { type CaseAccess, caseAccess, disqualifiedBy } from './access.ts';
import { attachmentFiles } from './attachments-schema.ts';
import { filesOf } from './attachments.ts';
import { type CaseRow, casePublic, findCaseById, findCaseByNumber } from './queries.ts';
import { caseAttachments, councilCases, type ImpartialityStatus, type Visibility } from './schema.ts';

/** Which attachments a viewer of a case may see: internal ones only the secretariat, council ones the council too. */
export function readableVisibilities(access: CaseAccess): Visibility[] {
  if (access === 'secretariat') return ['internal', 'council', 'public'];
  if (access === 'council') return ['council', 'public'];
  if (access === 'public') return ['public'];
  return [];
}

export type AttachmentFileView = Awaited<ReturnType<typeof filesOf>>[number];

/** The attachments of the given cases with their files, each case reduced to what its viewer may see. */
export async function attachmentsWithFiles(db: Queryable, accessByCase: Map<string, CaseAccess>) {
  const caseIds = [...accessByCase.entries()].filter(([, a]) => a !== 'none').map(([id]) => id);
  if (caseIds.length === 0) return [];
  const rows = await db
    .select({
      id: caseAttachments.id,
      caseId: caseAttachments.caseId,
      label: caseAttachments.label,
      title: caseAttachments.title,
      kind: caseAttachments.kind,
      visibility: caseAttachments.visibility,
      version: caseAttachments.version,
    })
    .from(caseAttachments)
    .where(inArray(caseAttachments.caseId, caseIds))
    .orderBy(asc(caseAttachments.caseId), asc(caseAttachments.position));
  const visible = rows.filter((a) => readableVisibilities(accessByCase.get(a.caseId) ?? 'none').includes(a.visibility));
  const files = await filesOf(
    db,
    visible.map((a) => a.id),
  );
  return visible.map((a) => {
    const secretariat = accessByCase.get(a.caseId) === 'secretariat';
    // Only the secretariat learns that a purged version existed; others see the versions that can be read.
    return { ...a, files: files.filter((f) => f.attachmentId === a.id && (secretariat || f.purgedAt === null)) };
  });
}

export type AttachmentView = Awaited<ReturnType<typeof attachmentsWithFiles>>[number];

/**
 * The member's meeting book: a member sees council attachments of every case except those they are disqualified
 * for, where they see only what the public sees.
 */
export function memberAccess(c: { screened: boolean; declared: ImpartialityStatus | null; decided: ImpartialityStatus | null }, meeting: { state: string }): CaseAccess {
  if (!disqualifiedBy(c)) return 'council';
  return casePublic(c, meeting) ? 'public' : 'none';
}

export async function screenedOf(db: Queryable, caseIds: string[]): Promise<Map<string, boolean>> {
  if (caseIds.length === 0) return new Map();
  const rows = await db.select({ id: councilCases.id, screened: councilCases.screened }).from(councilCases).where(inArray(councilCases.id, caseIds));
  return new Map(rows.map((r) => [r.id, r.screened]));
}

export type DownloadAnswer =
  | { kind: 'not-found' }
  | { kind: 'purged'; fileName: string; versionNumber: number; purgedAt: Date; purgeReason: string | null }
  | { kind: 'file'; storageKey: string; fileName: string; mediaType: string; byteSize: number; access: CaseAccess };

/**
 * Whether the viewer may download one version of an attachment, addressed by its case's number. Everything
 * they may not read answers exactly like something that does not exist, so a URL reveals nothing.
 */
export async function findDownload(
  db: Queryable,
  actor: Actor,
  where: { meetingYear: number; meetingSequence: number; caseYear: number; caseSequence: number; attachmentId: string; versionNumber: number },
): Promise<DownloadAnswer> {
  const found = await findCaseByNumber(db, where.caseYear, where.caseSequence);
  if (!found || found.meeting.year !== where.meetingYear || found.meeting.sequence !== where.meetingSequence) return { kind: 'not-found' };
  return answerFor(db, actor, found, where.attachmentId, where.versionNumber);
}

/** The same, addressed by the attachment alone: a case gets its number only with the notice, its files exist before. */
export async function findDownloadById(db: Queryable, actor: Actor, attachmentId: string, versionNumber: number): Promise<DownloadAnswer> {
  const [owner] = await db.select({ caseId: caseAttachments.caseId }).from(caseAttachments).where(eq(caseAttachments.id, attachmentId));
  const found = owner ? await findCaseById(db, owner.caseId) : null;
  return found ? answerFor(db, actor, found, attachmentId, versionNumber) : { kind: 'not-found' };
}

async function answerFor(db: Queryable, actor: Actor, found: { c: CaseRow; meeting: { state: string } }, attachmentId: string, versionNumber: number): Promise<DownloadAnswer> {
  const [row] = await db
    .select({ visibility: caseAttachments.visibility, file: attachmentFiles })
    .from(attachmentFiles)
    .innerJoin(caseAttachments, eq(caseAttachments.id, attachmentFiles.attachmentId))
    .where(and(eq(caseAttachments.id, attachmentId), eq(caseAttachments.caseId, found.c.id), eq(attachmentFiles.versionNumber, versionNumber)));
  if (!row) return { kind: 'not-found' };
  const access = await caseAccess(db, actor, found.c, found.meeting);
  if (!readableVisibilities(access).includes(row.visibility)) return { kind: 'not-found' };
  const { file } = row;
  if (file.purgedAt || !file.storageKey) {
    if (access !== 'secretariat' || !file.purgedAt) return { kind: 'not-found' };
    return { kind: 'purged', fileName: file.fileName, versionNumber: file.versionNumber, purgedAt: file.purgedAt, purgeReason: file.purgeReason };
  }
  return { kind: 'file', storageKey: file.storageKey, fileName: file.fileName, mediaType: file.mediaType, byteSize: file.byteSize, access };
}

/** For the API: the newest readable version of each public file attachment of the given (public) cases. */
export async function publicAttachmentFiles(db: Queryable, caseIds: string[]) {
  if (caseIds.length === 0) return [];
  const rows = await db
    .select({
      caseId: caseAttachments.caseId,
      attachmentId: caseAttachments.id,
      title: caseAttachments.title,
      versionNumber: attachmentFiles.versionNumber,
      mediaType: attachmentFiles.mediaType,
    })
    .from(attachmentFiles)
    .innerJoin(caseAttachments, eq(caseAttachments.id, attachmentFiles.attachmentId))
    .where(and(inArray(caseAttachments.caseId, caseIds), eq(caseAttachments.visibility, 'public'), isNull(attachmentFiles.purgedAt)))
    .orderBy(asc(caseAttachments.position), desc(attachmentFiles.versionNumber));
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.attachmentId) && seen.add(r.attachmentId));
}

/** The file attachments of a member's meeting book, each case reduced to what that member may read. */
export async function meetingBookAttachments(db: Queryable, meeting: { state: string }, agenda: { id: string; declared: ImpartialityStatus | null; decided: ImpartialityStatus | null }[]) {
  const screened = await screenedOf(
    db,
    agenda.map((c) => c.id),
  );
  return attachmentsWithFiles(db, new Map(agenda.map((c) => [c.id, memberAccess({ screened: screened.get(c.id) ?? true, declared: c.declared, decided: c.decided }, meeting)])));
}
