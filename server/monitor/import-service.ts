import type { Actor } from '../core/actor.ts';
import { execute } from '../core/command.ts';
import type { Outcome } from '../core/outcome.ts';
import type { Db } from '../db/types.ts';
import { failImport, uploadImport } from './commands.ts';
import { parseImportFile } from './import/parse.ts';
import { buildPreview, hasErrors, type ImportPreview } from './import/problems.ts';
import { findImport, findIndicator } from './queries.ts';
import { runImport } from './run-import.ts';
import type { ImportFormat } from './schema.ts';

export interface UploadedFile {
  indicatorId: string;
  format: ImportFormat;
  fileName: string;
  file: Buffer;
}

/** Reads the file, stores it with its preview, and writes nothing else: the admin looks before confirming. */
export async function uploadForPreview(db: Db, actor: Actor, upload: UploadedFile): Promise<Outcome<{ importId: number; preview: ImportPreview }>> {
  const found = await findIndicator(db, upload.indicatorId);
  if (!found) return { ok: false, kind: 'not-found' };
  const preview = buildPreview(await parseImportFile(upload.format, upload.file, found.dimensions));
  const outcome = await execute(db, uploadImport, actor, { ...upload, preview, observationCount: preview.observationCount });
  if (!outcome.ok) return outcome;
  return { ok: true, value: { importId: outcome.value, preview } };
}

/** Imports a stored upload (again from the file, so no process has to keep it in memory); resumes a stopped run. */
export async function completeImport(db: Db, actor: Actor, importId: number) {
  const row = await findImport(db, importId);
  if (!row?.file) throw new Error(`import ${importId} has no file to import`);
  const current = await findIndicator(db, row.indicatorId);
  const result = await parseImportFile(row.format, row.file, current?.dimensions);
  if (!result.cube || hasErrors(result.problems)) throw new Error(`import ${importId} has errors`);
  return runImport(db, actor, importId, result.cube);
}

/**
 * Runs an import after the answer has gone out, for the admin page; progress lives in the import's row.
 * A failure is recorded there too, so the progress page can say what happened.
 */
export function completeImportInBackground(db: Db, actor: Actor, importId: number, onError: (error: unknown) => void): void {
  completeImport(db, actor, importId).catch(async (error: unknown) => {
    onError(error);
    await execute(db, failImport, actor, { importId, error: (error instanceof Error ? error.message : String(error)).slice(0, 2000) }).catch(onError);
  });
}

/** The command line and the seed: parse, check, store and import in one go. */
export async function importFile(db: Db, actor: Actor, upload: UploadedFile) {
  const uploaded = await uploadForPreview(db, actor, upload);
  if (!uploaded.ok) return uploaded;
  const { importId, preview } = uploaded.value;
  if (hasErrors(preview.problems)) return { ok: true as const, value: { importId, preview, imported: false } };
  await completeImport(db, actor, importId);
  return { ok: true as const, value: { importId, preview, imported: true } };
}
