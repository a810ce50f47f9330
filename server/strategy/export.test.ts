import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { type ExportLabels, measuresCsv, measuresXlsx } from './export.ts';
import type { MeasureListItem } from './queries/types.ts';

const labels: ExportLabels = {
  headers: {
    focusArea: 'Satsingsområde',
    measureId: 'Id',
    measure: 'Tiltak',
    subPoints: 'Delpunkter',
    inGovernmentActionPlan: 'I regjeringens handlingsplan',
    statusLevel: 'Siste status',
    statusText: 'Statustekst',
    statusDate: 'Statusdato',
    statusYear: 'Statusår',
    statusSource: 'Kilde',
    actors: 'Ansvarlige aktører',
  },
  levels: {
    'not-started': 'Ikke startet',
    planned: 'Planlagt',
    'in-progress': 'Under arbeid',
    'partly-implemented': 'Delvis innført',
    implemented: 'Innført',
    'not-relevant': 'Ikke relevant',
    unknown: 'Ukjent',
  },
  actionPlan: { yes: 'Ja', partly: 'Delvis', no: 'Nei', 'not-stated': 'Ikke oppgitt' },
};

const measures: MeasureListItem[] = [
  {
    id: 'so01-01',
    focusArea: { id: 'okt-brukermedvirkning', name: 'Økt brukermedvirkning' },
    position: 1,
    title: 'Krav om brukermedvirkning; i alle faser',
    subPoints: ['offentlige finansierte studier', '«andre»'],
    inGovernmentActionPlan: 'yes',
    incomplete: false,
    latestStatus: { id: 1, date: null, year: 2020, dateText: 'Møte 1/2020', level: 'partly-implemented', text: 'Krav innført\nEvaluering mangler', source: 'Sak 7/2020 Vedlegg 2_1' },
    actors: [
      { id: 'hod', name: 'Helse- og omsorgsdepartementet', shortName: 'HOD' },
      { id: 'forskningsfinansiorer', name: 'Forskningsfinansiører', shortName: null },
    ],
  },
  {
    id: 'so10-02',
    focusArea: { id: 'strategisk-og-kunnskapsbasert-styring', name: 'Strategisk og kunnskapsbasert styring' },
    position: 2,
    title: '=HYPERLINK("http://example.org")',
    subPoints: [],
    inGovernmentActionPlan: null,
    incomplete: true,
    latestStatus: null,
    actors: [],
  },
];

async function bytes(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

describe('the measure export', () => {
  it('writes CSV for Norwegian Excel: BOM, semicolons, CRLF, quoted fields, labels in the reader’s language', async () => {
    const buffer = await bytes(measuresCsv(measures, labels));
    expect([...buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = buffer.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe(
      'Satsingsområde;Id;Tiltak;Delpunkter;I regjeringens handlingsplan;Siste status;Statustekst;Statusdato;Statusår;Kilde;Ansvarlige aktører',
    );
    expect(text).toContain('"Helse- og omsorgsdepartementet\nForskningsfinansiører"\r\n');
    const rows = parse(text, { delimiter: ';', columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      Tiltak: 'Krav om brukermedvirkning; i alle faser',
      Delpunkter: 'offentlige finansierte studier\n«andre»',
      'I regjeringens handlingsplan': 'Ja',
      'Siste status': 'Delvis innført',
      Statustekst: 'Krav innført\nEvaluering mangler',
      Statusdato: 'Møte 1/2020',
      Statusår: '2020',
      'Ansvarlige aktører': 'Helse- og omsorgsdepartementet\nForskningsfinansiører',
    });
    expect(rows[1]).toMatchObject({ Tiltak: `'=HYPERLINK("http://example.org")`, 'I regjeringens handlingsplan': 'Ikke oppgitt', 'Siste status': 'Ukjent', Statusår: '' });
  });

  it('writes an XLSX workbook with a header row and one row per measure', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await new Response(measuresXlsx(measures, labels, 'Tiltak')).arrayBuffer());
    const sheet = workbook.getWorksheet('Tiltak');
    expect(sheet?.rowCount).toBe(3);
    expect(sheet?.getRow(1).getCell(1).value).toBe('Satsingsområde');
    expect(sheet?.getRow(2).getCell(3).value).toBe('Krav om brukermedvirkning; i alle faser');
    expect(sheet?.getRow(2).getCell(9).value).toBe(2020);
    expect(sheet?.getRow(3).getCell(6).value).toBe('Ukjent');
  });
});
