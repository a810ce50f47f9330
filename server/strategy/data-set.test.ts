import { describe, expect, it } from 'vitest';
import { findBrokenReferences, loadStrategyDataSet } from './data-set.ts';

// Pinned to what Sak 7/2020 Vedlegg 2_1–2_10 and Vedlegg 3 hold; a change here must be a deliberate data change.
const MEASURES_PER_FOCUS_AREA = {
  'okt-brukermedvirkning': 6,
  'helse-og-omsorg-som-naeringspolitisk-satsingsomrade': 7,
  'kunnskapsloft-for-kommunene': 6,
  'helsedata-som-nasjonalt-fortrinn': 4,
  'bedre-klinisk-behandling': 8,
  'effektive-og-laerende-tjenester': 4,
  'mote-de-globale-helseutfordringene': 6,
  'hoy-kvalitet-og-sterkere-internasjonalisering': 5,
  'utvikling-av-de-menneskelige-ressursene': 6,
  'strategisk-og-kunnskapsbasert-styring': 2,
};

describe('the default strategy data set', () => {
  const data = loadStrategyDataSet();

  it('has the strategy, three overarching goals, ten focus areas in order and five main priorities', () => {
    expect(data.strategy.strategy.vision).toBe('Kunnskap, innovasjon og næringsutvikling for bedre folkehelse.');
    expect(data.strategy.overarchingGoals.map((g) => g.name)).toEqual([
      'God folkehelse',
      'Grensesprengende forskning',
      'Næringsutvikling og nasjonal økonomisk utvikling',
    ]);
    expect(data.strategy.focusAreas.map((f) => f.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(data.strategy.mainPriorities).toHaveLength(5);
    expect(data.strategy.events.some((e) => e.date === '2015-11-24')).toBe(true);
  });

  it('has 25 goal statements: 8, 6 and 11 under the three overarching goals', () => {
    const count = (goal: string) => data.goalStatements.filter((g) => g.overarchingGoalId === goal).length;
    expect(data.goalStatements).toHaveLength(25);
    expect(count('god-folkehelse')).toBe(8);
    expect(count('grensesprengende-forskning')).toBe(6);
    expect(count('naeringsutvikling-og-nasjonal-okonomisk-utvikling')).toBe(11);
  });

  it('has every measure row of Vedlegg 2_1 … 2_10', () => {
    const counts = Object.fromEntries(data.measureFiles.map((f) => [f.focusAreaId, f.measures.length]));
    expect(counts).toEqual(MEASURES_PER_FOCUS_AREA);
  });

  it('marks the row cut off in the source as incomplete and invents nothing for it', () => {
    const cut = data.measureFiles.flatMap((f) => f.measures).filter((m) => m.incomplete);
    expect(cut.map((m) => m.id)).toEqual(['so10-02']);
    expect(cut[0]?.status2020.text).toBeNull();
    expect(cut[0]?.actorIds).toEqual([]);
  });

  it('resolves every reference: goals, goal statements, focus areas and every actor named', () => {
    expect(findBrokenReferences(data)).toEqual([]);
  });

  it('reports a reference that does not resolve', () => {
    const broken = structuredClone(data);
    broken.measureFiles[0]!.measures[0]!.actorIds.push('no-such-actor');
    expect(findBrokenReferences(broken)).toEqual([`measure ${broken.measureFiles[0]!.measures[0]!.id}: unknown actor no-such-actor`]);
  });
});
