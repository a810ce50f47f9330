import type { Actor } from '../core/actor.ts';
import { execute } from '../core/command.ts';
import type { Outcome } from '../core/outcome.ts';
import type { Db } from '../db/types.ts';
import { failImport, startImport, uploadImport } from './commands.ts';
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

/** Reads a stored upload again (no process keeps it in memory) and writes the structure of the new version. */
async function prepareImport(db: Db, importId: number) {
  const row = await findImport(db, importId);
  if (!row) return { ok: false as const, kind: 'not-found' as const };
  if (!row.file || (row.status !== 'preview' && row.status !== 'importing')) return { ok: false as const, kind: 'invalid' as const, fieldErrors: {}, formErrors: ['monitor.errors.importNotPending'] };
  const current = await findIndicator(db, row.indicatorId);
  const result = await parseImportFile(row.format, row.file, current?.dimensions);
  if (!result.cube || hasErrors(result.problems)) return { ok: false as const, kind: 'invalid' as const, fieldErrors: {}, formErrors: ['monitor.errors.importHasErrors'] };
  return { ok: true as const, cube: result.cube };
}

/**
 * For the admin page: the file is read and checked while the request waits, then the batches run after the
 * answer has gone out. Progress and failure live in the import's row, so any instance's progress page can
 * show them and a stopped import can be resumed.
 */
export async function startImportInBackground(db: Db, actor: Actor, importId: number, onError: (error: unknown) => void) {
  const prepared = await prepareImport(db, importId);
  if (!prepared.ok) return prepared;
  const started = await execute(db, startImport, actor, { importId, dimensions: prepared.cube.dimensions, observationCount: prepared.cube.cells.length });
  if (!started.ok) return started;
  runImport(db, actor, importId, prepared.cube).catch(async (error: unknown) => {
    onError(error);
    await execute(db, failImport, actor, { importId, error: (error instanceof Error ? error.message : String(error)).slice(0, 2000) }).catch(onError);
  });
  return { ok: true as const };
}

/** The command line and the seed: parse once, record the import in the history, and import at once. */
export async function importFile(db: Db, actor: Actor, upload: UploadedFile) {
  const found = await findIndicator(db, upload.indicatorId);
  if (!found) return { ok: false as const, kind: 'not-found' as const };
  const result = await parseImportFile(upload.format, upload.file, found.dimensions);
  const preview = buildPreview(result);
  const uploaded = await execute(db, uploadImport, actor, { ...upload, file: null, preview, observationCount: preview.observationCount });
  if (!uploaded.ok) return uploaded;
  const importId = uploaded.value;
  if (!result.cube || hasErrors(result.problems)) return { ok: true as const, value: { importId, preview, imported: false } };
  await runImport(db, actor, importId, result.cube);
  return { ok: true as const, value: { importId, preview, imported: true } };
}
