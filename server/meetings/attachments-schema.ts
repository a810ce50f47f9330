import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/schema.ts';
import { caseAttachments } from './schema.ts';

/**
 * One uploaded file of an attachment. A new upload adds version n+1 and never replaces an earlier one. A purge
 * (audio recordings after the minutes are approved) removes the bytes but keeps the row: the history and the
 * audit trail stay. `storageKey` is cleared once the bytes are known to be gone.
 */
export const attachmentFiles = pgTable(
  'attachment_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    attachmentId: uuid('attachment_id')
      .notNull()
      .references(() => caseAttachments.id, { onDelete: 'cascade' }),
    versionNumber: integer('version_number').notNull(),
    storageKey: text('storage_key'),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    byteSize: integer('byte_size').notNull(),
    sha256: text('sha256').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
    purgedAt: timestamp('purged_at', { withTimezone: true }),
    purgeReason: text('purge_reason'),
  },
  (t) => [
    uniqueIndex('attachment_files_version_key').on(t.attachmentId, t.versionNumber),
    index('attachment_files_purged_idx').on(t.purgedAt, t.storageKey),
    check('attachment_files_version_check', sql`${t.versionNumber} >= 1`),
    check('attachment_files_bytes_check', sql`${t.storageKey} is not null or ${t.purgedAt} is not null`),
    check('attachment_files_purge_reason_check', sql`(${t.purgedAt} is null) = (${t.purgeReason} is null)`),
  ],
);
