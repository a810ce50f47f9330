import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { systemActor } from '../core/actor.ts';
import type { Db } from '../db/types.ts';
import { importFile } from './import-service.ts';
import { formatFromFileName } from './import/parse.ts';
import type { ImportProblem } from './import/problems.ts';
import { IMPORT_FORMATS, type ImportFormat } from './schema.ts';
// The operator reads problems in English; the catalogue is plain data.
import { en } from '../../app/i18n/en.ts';

function describe(problem: ImportProblem): string {
  const where = [problem.row !== undefined ? `row ${problem.row}` : '', problem.column !== undefined ? `column ${problem.column}` : '', problem.path ?? '']
    .filter(Boolean)
    .join(', ');
  const template = (en as Record<string, string>)[`monitor.problem.${problem.reason}`] ?? problem.reason;
  const text = template.replace('{value}', problem.value ?? '').replace('{firstRow}', String(problem.firstRow ?? ''));
  return `  ${problem.severity}${where ? ` (${where})` : ''}: ${text}`;
}

/** `indicator:import <file> --indicator <id> [--format jsonstat|csv|xlsx]`: the same checks and import as the admin page. */
export async function importIndicatorFile(db: Db, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { indicator: { type: 'string' }, format: { type: 'string' } } });
  const file = positionals[0];
  if (!file || !values.indicator) {
    process.stderr.write('Usage: npm run ho21 -- indicator:import <file> --indicator <id> [--format jsonstat|csv|xlsx]\n');
    return 2;
  }
  const format = (values.format ?? formatFromFileName(file)) as ImportFormat | null;
  if (!format || !(IMPORT_FORMATS as readonly string[]).includes(format)) {
    process.stderr.write(`Cannot tell the format of ${file}; give --format jsonstat, csv or xlsx.\n`);
    return 2;
  }
  if (!fs.existsSync(file)) {
    process.stderr.write(`No such file: ${file}\n`);
    return 2;
  }
  const started = performance.now();
  const outcome = await importFile(db, systemActor('cli'), { indicatorId: values.indicator, format, fileName: path.basename(file), file: fs.readFileSync(file) });
  if (!outcome.ok) {
    process.stderr.write(outcome.kind === 'not-found' ? `No indicator with id "${values.indicator}".\n` : `Import refused (${outcome.kind}).\n`);
    return 1;
  }
  const { preview, imported, importId } = outcome.value;
  const dimensions = preview.dimensions.map((d) => `${d.code}${d.role ? ` (${d.role})` : ''}: ${d.categoryCount}`).join(', ');
  process.stdout.write(`${path.basename(file)}: ${preview.observationCount} observations; dimensions ${dimensions || 'none'}\n`);
  for (const problem of preview.problems) process.stdout.write(`${describe(problem)}\n`);
  if (preview.problemCount > preview.problems.length) process.stdout.write(`  … and ${preview.problemCount - preview.problems.length} more problems\n`);
  if (!imported) {
    process.stderr.write(`Not imported: the file has errors (upload ${importId} kept in the history).\n`);
    return 1;
  }
  process.stdout.write(`Imported as version ${importId} of ${values.indicator} in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`);
  return 0;
}
