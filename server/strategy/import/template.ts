import { asc } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Queryable } from '../../db/types.ts';
import { actors, focusAreas, measures } from '../schema.ts';
import { loadImportSnapshot } from './batches.ts';
import { IMPORT_COLUMNS, type ImportColumn, LIST_SEPARATOR } from './format.ts';

export interface TemplateWords {
  measures: string;
  columns: string;
  focusAreas: string;
  actors: string;
  column: string;
  help: string;
  name: string;
  columnHelp: Record<ImportColumn, string>;
}

/**
 * The import template: every measure as it is now (status columns left blank — a filled row adds a new
 * status entry), with the column guide and the valid focus-area and actor ids on sheets of their own. The
 * words come from the caller, in the user's language.
 */
export async function importTemplateXlsx(db: Queryable, words: TemplateWords): Promise<Buffer> {
  const [snapshot, measureRows, areas, actorRows] = await Promise.all([
    loadImportSnapshot(db),
    db.select({ id: measures.id }).from(measures).orderBy(asc(measures.focusAreaId), asc(measures.position)),
    db.select({ id: focusAreas.id, name: focusAreas.name, position: focusAreas.position }).from(focusAreas).orderBy(asc(focusAreas.position)),
    db.select({ id: actors.id, name: actors.name }).from(actors).orderBy(asc(actors.name)),
  ]);
  const areaOrder = new Map(areas.map((a) => [a.id, a.position]));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(words.measures, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = IMPORT_COLUMNS.map((key) => ({ header: key, key, width: key === 'title' || key === 'statusText' ? 60 : 20 }));
  sheet.getRow(1).font = { bold: true };
  const ordered = measureRows
    .map((m) => ({ id: m.id, ...snapshot.measures.get(m.id)! }))
    .sort((a, b) => (areaOrder.get(a.focusAreaId) ?? 0) - (areaOrder.get(b.focusAreaId) ?? 0));
  for (const m of ordered) {
    sheet.addRow({
      measureId: m.id,
      focusAreaId: m.focusAreaId,
      title: m.title,
      subPoints: m.subPoints.join(LIST_SEPARATOR),
      inGovernmentActionPlan: m.inGovernmentActionPlan ?? '',
      actorIds: m.actorIds.join(LIST_SEPARATOR),
    });
  }
  const guide = workbook.addWorksheet(words.columns);
  guide.columns = [
    { header: words.column, key: 'column', width: 24 },
    { header: words.help, key: 'help', width: 110 },
  ];
  for (const column of IMPORT_COLUMNS) guide.addRow({ column, help: words.columnHelp[column] });
  const areaSheet = workbook.addWorksheet(words.focusAreas);
  areaSheet.columns = [
    { header: 'focusAreaId', key: 'id', width: 50 },
    { header: words.name, key: 'name', width: 60 },
  ];
  for (const a of areas) areaSheet.addRow(a);
  const actorSheet = workbook.addWorksheet(words.actors);
  actorSheet.columns = [
    { header: 'actorId', key: 'id', width: 40 },
    { header: words.name, key: 'name', width: 60 },
  ];
  for (const a of actorRows) actorSheet.addRow(a);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
