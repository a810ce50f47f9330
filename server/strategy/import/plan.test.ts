import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS } from './format.ts';
import { parseImportCsv, parseImportXlsx } from './parse.ts';
import { type ImportSnapshot, planImport } from './plan.ts';

const snapshot: ImportSnapshot = {
  focusAreaIds: new Set(['fa-1', 'fa-2']),
  actorIds: new Set(['hod', 'kd']),
  measures: new Map([
    [
      'so01-01',
      {
        version: 3,
        focusAreaId: 'fa-1',
        title: 'Eksisterende tiltak',
        subPoints: ['a', 'b'],
        inGovernmentActionPlan: 'yes',
        actorIds: ['hod'],
        note: 'beholdes',
        latestStatus: { date: '2026-01-10', level: 'planned', text: 'Planlagt', source: 'Møte 1/2026' },
      },
    ],
  ]),
};

const header = IMPORT_COLUMNS.join(',');

describe('reading an import file', () => {
  it('reads a comma-separated CSV with a BOM, keeping sheet row numbers and skipping blank lines', () => {
    const csv = `\uFEFF${header}\nso01-01,fa-1,Eksisterende tiltak,a|b,Ja,hod,,,,\n\n,fa-2,"Nytt, med komma",,,kd|hod,2026-02-01,in-progress,"Linje 1\nlinje 2",Møte 2/2026\n`;
    const parsed = parseImportCsv(csv);
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.rows.map((r) => r.rowNumber)).toEqual([2, 4]);
    expect(parsed.rows[1]!.cells).toMatchObject({ title: 'Nytt, med komma', actorIds: 'kd|hod', statusText: 'Linje 1\nlinje 2' });
  });

  it('reads a semicolon-separated CSV as Excel in Norway writes it', () => {
    const csv = `${IMPORT_COLUMNS.join(';')}\nso01-01;fa-1;Tittel, med komma;;;hod;;;;\n`;
    expect(parseImportCsv(csv).rows[0]!.cells).toMatchObject({ measureId: 'so01-01', title: 'Tittel, med komma' });
  });

  it('reports missing and duplicated columns and empty files as file errors', () => {
    expect(parseImportCsv('measureId,title\nx,y\n').fileErrors.map((e) => e.values?.column)).toEqual(['focusAreaId', 'subPoints', 'inGovernmentActionPlan', 'actorIds']);
    expect(parseImportCsv(`${header},title\n`).fileErrors.map((e) => e.key)).toEqual(['strategyAdmin.import.errors.duplicateColumn', 'strategyAdmin.import.errors.noRows']);
    expect(parseImportCsv('').fileErrors).toEqual([{ key: 'strategyAdmin.import.errors.noRows' }]);
    expect(parseImportCsv('a,"b\n').fileErrors).toEqual([{ key: 'strategyAdmin.import.errors.unreadableCsv' }]);
  });

  it('reads the first sheet of an XLSX workbook, dates as ISO dates, and refuses a file that is not one', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Tiltak');
    sheet.addRow([...IMPORT_COLUMNS, 'egne notater']);
    sheet.addRow(['so01-01', 'fa-1', 'Eksisterende tiltak', 'a|b', 'yes', 'hod', new Date(Date.UTC(2026, 2, 5)), 'implemented', 'Ferdig', 'Møte 3/2026', 'ignoreres']);
    const parsed = await parseImportXlsx(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.rows).toEqual([
      {
        rowNumber: 2,
        cells: {
          measureId: 'so01-01',
          focusAreaId: 'fa-1',
          title: 'Eksisterende tiltak',
          subPoints: 'a|b',
          inGovernmentActionPlan: 'yes',
          actorIds: 'hod',
          statusDate: '2026-03-05',
          statusLevel: 'implemented',
          statusText: 'Ferdig',
          statusSource: 'Møte 3/2026',
        },
      },
    ]);
    expect((await parseImportXlsx(Buffer.from('not a workbook'))).fileErrors).toEqual([{ key: 'strategyAdmin.import.errors.unreadableXlsx' }]);
  });
});

function plan(csvRows: string[]) {
  const parsed = parseImportCsv(`${header}\n${csvRows.join('\n')}\n`);
  return planImport(parsed.rows, snapshot, parsed.fileErrors);
}

describe('planning an import', () => {
  it('marks a row that repeats the saved measure and its latest status as unchanged', () => {
    const result = plan(['so01-01,fa-1,Eksisterende tiltak,a|b,ja,hod,2026-01-10,planned,Planlagt,Møte 1/2026']);
    expect(result.rows[0]).toMatchObject({ outcome: 'unchanged', changedFields: [], status: null, errors: [] });
    expect(result.blocked).toBe(false);
  });

  it('marks changed measure fields and a new status entry as changed, keeping the saved note', () => {
    const result = plan(['so01-01,fa-2,Eksisterende tiltak,a,Delvis,hod|kd,2026-04-01,implemented,,Møte 4/2026']);
    expect(result.rows[0]).toMatchObject({
      outcome: 'changed',
      changedFields: ['focusAreaId', 'subPoints', 'inGovernmentActionPlan', 'actorIds'],
      measure: { note: 'beholdes', inGovernmentActionPlan: 'partly' },
      status: { date: '2026-04-01', level: 'implemented', text: null, source: 'Møte 4/2026' },
    });
  });

  it('marks a row with a blank or unknown measure id as new', () => {
    const result = plan([',fa-1,Helt nytt,,,,,,,', 'so09-99,fa-2,Nytt med id,,nei,kd,,,,']);
    expect(result.rows.map((r) => [r.outcome, r.measureId])).toEqual([
      ['new', null],
      ['new', 'so09-99'],
    ]);
    expect(result.counts).toEqual({ new: 2, changed: 0, unchanged: 0, error: 0 });
  });

  it('reports every error with its column and reason, and blocks the import', () => {
    const result = plan([
      'so01-01,fa-9,,a,kanskje,hod|ukjent,2026-02-30,ferdig,,',
      'Bad Id,fa-1,Tittel,,,,,,,',
      'so01-01,fa-1,Tittel,,,,,,,',
      ',fa-1,Med status uten kilde,,,,2026-01-01,planned,,',
    ]);
    expect(result.blocked).toBe(true);
    expect(result.counts.error).toBe(4);
    expect(result.rows[0]!.errors.map((e) => [e.column, e.key])).toEqual([
      ['title', 'errors.required'],
      ['inGovernmentActionPlan', 'strategyAdmin.errors.actionPlan'],
      ['statusDate', 'errors.date'],
      ['statusLevel', 'strategyAdmin.import.errors.level'],
      ['statusSource', 'errors.required'],
    ]);
    expect(result.rows[1]!.errors).toEqual([{ column: 'measureId', key: 'strategyAdmin.import.errors.measureId' }]);
    expect(result.rows[2]!.errors).toEqual([{ column: 'measureId', key: 'strategyAdmin.import.errors.duplicateMeasure', values: { row: '2' } }]);
    expect(result.rows[3]!.errors).toEqual([{ column: 'statusSource', key: 'errors.required' }]);
  });

  it('reports unknown focus areas and actors by id', () => {
    const result = plan(['so01-01,fa-9,Tittel,,,hod|ukjent|annen,,,,']);
    expect(result.rows[0]!.errors).toEqual([
      { column: 'focusAreaId', key: 'strategyAdmin.import.errors.unknownFocusArea', values: { id: 'fa-9' } },
      { column: 'actorIds', key: 'strategyAdmin.import.errors.unknownActors', values: { ids: 'ukjent, annen' } },
    ]);
  });

  it('blocks a file with file errors even when no row is wrong', () => {
    expect(planImport([], snapshot, []).blocked).toBe(true);
    expect(planImport([{ rowNumber: 2, cells: { focusAreaId: 'fa-1', title: 'x' } }], snapshot, [{ key: 'k' }]).blocked).toBe(true);
  });
});
