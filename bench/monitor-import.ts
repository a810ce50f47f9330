// One million observations into a fresh embedded database through the same path as every import:
// `npm run build` is not needed; run with `node bench/monitor-import.ts` (Node 24).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { systemActor } from '../server/core/actor.ts';
import { execute } from '../server/core/command.ts';
import { openDatabase } from '../server/db/client.ts';
import { createIndicator, uploadImport } from '../server/monitor/commands.ts';
import type { Cube } from '../server/monitor/cube.ts';
import { runImport } from '../server/monitor/run-import.ts';

const regions = 1000;
const years = 1000;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ho21-bench-'));
const database = await openDatabase({ dataDir });
const actor = systemActor('bench');
try {
  await database.migrate();
  const created = await execute(database.db, createIndicator, actor, { id: 'bench', title: { nb: 'Bench' }, unit: 'n', sourceName: 'bench' });
  if (!created.ok) throw new Error(created.kind);
  const cube: Cube = {
    dimensions: [
      { code: 'region', label: { nb: 'Region' }, role: 'geo', categories: Array.from({ length: regions }, (_, i) => ({ code: `r${i}`, label: { nb: `Region ${i}` } })) },
      { code: 'year', label: { nb: 'År' }, role: 'time', categories: Array.from({ length: years }, (_, i) => ({ code: String(1000 + i), label: { nb: String(1000 + i) } })) },
    ],
    cells: Array.from({ length: regions * years }, (_, i) => i),
    values: Array.from({ length: regions * years }, (_, i) => (i % 97 === 0 ? null : Math.round(i * 1.37) / 10)),
    statuses: Array.from({ length: regions * years }, (_, i) => (i % 97 === 0 ? '..' : null)),
  };
  const upload = await execute(database.db, uploadImport, actor, {
    indicatorId: 'bench',
    format: 'csv',
    fileName: 'bench.csv',
    file: Buffer.alloc(0),
    preview: {},
    observationCount: cube.cells.length,
  });
  if (!upload.ok) throw new Error(upload.kind);
  const started = performance.now();
  const result = await runImport(database.db, actor, upload.value, cube);
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`${result.observations.toLocaleString('en')} observations imported in ${seconds.toFixed(1)} s on ${database.kind}\n`);
} finally {
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
