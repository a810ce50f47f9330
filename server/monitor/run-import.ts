import type { Actor } from '../core/actor.ts';
import { execute } from '../core/command.ts';
import { CommandFailure, type Outcome } from '../core/outcome.ts';
import type { Db } from '../db/types.ts';
import { applyImport, stageObservations, startImport } from './commands.ts';
import type { Cube } from './cube.ts';

export const STAGE_BATCH = 100_000;

function unwrap<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new CommandFailure(outcome);
  return outcome.value;
}

/**
 * Writes an uploaded import's cube in batches and then makes it current. Each batch is its own short
 * transaction (the embedded database serves other requests between them) and records how far it got, so a
 * progress page can read it and an interrupted run resumes where it stopped.
 */
export async function runImport(db: Db, actor: Actor, importId: number, cube: Cube, onProgress?: (done: number, total: number) => void) {
  const total = cube.cells.length;
  unwrap(await execute(db, startImport, actor, { importId, dimensions: cube.dimensions, observationCount: total }));
  let done = unwrap(await execute(db, stageObservations, actor, { importId, offset: 0, cells: [], values: [], statuses: [] }));
  while (done < total) {
    const end = Math.min(total, done + STAGE_BATCH);
    done = unwrap(
      await execute(db, stageObservations, actor, {
        importId,
        offset: done,
        cells: cube.cells.slice(done, end),
        values: cube.values.slice(done, end),
        statuses: cube.statuses.slice(done, end),
      }),
    );
    onProgress?.(done, total);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return unwrap(await execute(db, applyImport, actor, { importId }));
}
