import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildPreview, hasErrors } from './problems.ts';
import { formatFromFileName, parseImportFile } from './parse.ts';

const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, 'fixtures', name));
const jsonstat = (name: string) => parseImportFile('jsonstat', fixture(name));
const csv = (text: string, current?: Parameters<typeof parseImportFile>[2]) => parseImportFile('csv', Buffer.from(text), current);

async function xlsx(rows: (string | number | null)[][]) {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('data').addRows(rows);
  return parseImportFile('xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
}

describe('JSON-stat 2.0', () => {
  it('reads a dense dataset with roles, units, missing values and status flags', async () => {
    const { cube, problems } = await jsonstat('dense.json');
    expect(problems).toEqual([]);
    expect(cube!.dimensions.map((d) => [d.code, d.role, d.categories.length])).toEqual([
      ['indikator', 'metric', 1],
      ['år', 'time', 6],
    ]);
    expect(cube!.dimensions[0]!.categories[0]).toMatchObject({ code: 'returandel', label: { nb: 'Returandel' }, unit: 'prosent' });
    // 2014 and 2016 are null without a flag: not stored. 2015 is missing but flagged "..".
    expect(cube!.cells).toEqual([0, 2, 4, 5]);
    expect(cube!.values).toEqual([0.9, null, 1.4, 1.2]);
    expect(cube!.statuses).toEqual(['a', '..', null, 'p']);
  });

  it('reads sparse value and status objects', async () => {
    const { cube, problems } = await jsonstat('sparse.json');
    expect(problems).toEqual([]);
    expect(cube!.dimensions[0]!.categories.map((c) => c.label.nb)).toEqual(['Helse Sør-Øst', 'Helse Vest', 'Helse Midt-Norge', 'Helse Nord']);
    expect(cube!.dimensions[1]!.categories.map((c) => c.code)).toEqual(['2016', '2017', '2018']);
    expect(cube!.cells).toEqual([0, 1, 5, 7, 11]);
    expect(cube!.values).toEqual([10, 12, 7.5, null, 3]);
    expect(cube!.statuses).toEqual([null, null, 'p', '..', null]);
  });

  it('reads the first dataset of a collection and says there were more', async () => {
    const { cube, problems } = await jsonstat('collection.json');
    expect(cube!.values).toEqual([42, 30, 36]);
    expect(problems).toEqual([{ severity: 'warning', reason: 'more-datasets', value: '2' }]);
    expect(hasErrors(problems)).toBe(false);
  });

  it.each([
    ['bad-syntax.json', { reason: 'bad-file' }],
    ['bad-class.json', { reason: 'not-dataset', path: 'class', value: 'dimension' }],
    ['bad-size.json', { reason: 'size-mismatch', path: 'value', value: '2' }],
    ['bad-dimension.json', { reason: 'unknown-dimension', path: 'id[1]', value: 'region' }],
    ['bad-category.json', { reason: 'unknown-category', path: 'dimension.region.category.label', value: 'midt' }],
    ['bad-value.json', { reason: 'non-numeric', path: 'value[1]', value: 'mange' }],
  ])('rejects %s with the reason and where', async (name, expected) => {
    const { cube, problems } = await jsonstat(name);
    expect(cube).toBeNull();
    expect(problems[0]).toMatchObject({ severity: 'error', ...expected });
  });

  it('reports sparse keys outside the cube', async () => {
    const { problems } = await jsonstat('bad-category.json');
    expect(problems).toContainEqual({ severity: 'error', reason: 'unknown-category', path: 'value["4"]', value: '4' });
  });
});

describe('tidy CSV', () => {
  it('reads one column per dimension plus value and status, in Norwegian or English notation', async () => {
    const { cube, problems } = await csv('aktivitet;aktivitet_label;år;verdi;status\n1;Underbyggende forskning;2022;167,1;\n2;Årsaksforhold;2022;1 073,6;p\n3;Forebygging;2022;..;\n');
    expect(problems).toEqual([]);
    expect(cube!.dimensions.map((d) => [d.code, d.role])).toEqual([
      ['aktivitet', null],
      ['år', 'time'],
    ]);
    expect(cube!.dimensions[0]!.categories[1]).toEqual({ code: '2', label: { nb: 'Årsaksforhold' } });
    expect(cube!.values).toEqual([167.1, 1073.6, null]);
    expect(cube!.statuses).toEqual([null, 'p', '..']);
  });

  it('orders time categories whatever the row order', async () => {
    const { cube } = await csv('year,value\n2018,3\n2016,1\n2017,2\n');
    expect(cube!.dimensions[0]!.categories.map((c) => c.code)).toEqual(['2016', '2017', '2018']);
    expect(cube!.values).toEqual([1, 2, 3]);
  });

  it('reports every problem with row, column and reason', async () => {
    const { cube, problems } = await csv('region,year,value\nvest,2016,1\nvest,2016,2\nnord,2017,mye\n,2018,4\n');
    expect(cube).toBeNull();
    expect(problems).toEqual([
      { severity: 'error', reason: 'non-numeric', row: 4, column: 'value', value: 'mye' },
      { severity: 'error', reason: 'missing-category', row: 5, column: 'region' },
      { severity: 'error', reason: 'duplicate-key', row: 3, firstRow: 2 },
    ]);
  });

  it('needs a value column', async () => {
    expect((await csv('region,year\nvest,2016\n')).problems).toEqual([{ severity: 'error', reason: 'no-value-column', row: 1 }]);
  });

  it('warns about categories the current version does not have', async () => {
    const current = [{ code: 'region', label: { nb: 'region' }, role: 'geo' as const, categories: [{ code: 'vest', label: { nb: 'vest' } }] }];
    const { cube, problems } = await csv('region,value\nvest,1\nnordd,2\n', current);
    expect(cube).not.toBeNull();
    expect(problems).toEqual([{ severity: 'warning', reason: 'unknown-category', column: 'region', value: 'nordd' }]);
  });
});

describe('XLSX', () => {
  it('reads the first sheet as a tidy table', async () => {
    const { cube, problems } = await xlsx([
      ['år', 'verdi'],
      [2015, 3.5],
      [2016, 6.8],
      [2017, null],
    ]);
    expect(problems).toEqual([]);
    expect(cube!.dimensions[0]!.categories.map((c) => c.code)).toEqual(['2015', '2016', '2017']);
    expect(cube!.values).toEqual([3.5, 6.8]);
  });

  it('reports a non-numeric cell and a duplicate row', async () => {
    const { problems } = await xlsx([
      ['år', 'verdi'],
      [2015, 'tre'],
      [2016, 1],
      [2016, 2],
    ]);
    expect(problems).toEqual([
      { severity: 'error', reason: 'non-numeric', row: 2, column: 'verdi', value: 'tre' },
      { severity: 'error', reason: 'duplicate-key', row: 4, firstRow: 3 },
    ]);
  });

  it('says so when the file is not a workbook', async () => {
    expect((await parseImportFile('xlsx', Buffer.from('not a zip'))).problems[0]).toMatchObject({ severity: 'error', reason: 'bad-file' });
  });
});

describe('preview', () => {
  it('lists dimensions, counts, the first rows and the problems', async () => {
    const preview = buildPreview(await jsonstat('sparse.json'));
    expect(preview.observationCount).toBe(5);
    expect(preview.missingCount).toBe(1);
    expect(preview.dimensions[0]).toMatchObject({ code: 'region', role: 'geo', categoryCount: 4 });
    expect(preview.firstRows[2]).toEqual({ categories: ['Helse Vest', '2018'], value: 7.5, status: 'p' });
  });

  it('guesses the format from the file name', () => {
    expect([formatFromFileName('a.json'), formatFromFileName('b.CSV'), formatFromFileName('c.xlsx'), formatFromFileName('d.pdf')]).toEqual(['jsonstat', 'csv', 'xlsx', null]);
  });
});
