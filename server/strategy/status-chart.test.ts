import { describe, expect, it } from 'vitest';
import { strategyMessages } from '../../app/i18n/messages/strategy.ts';
import type { LevelCounts } from './queries/types.ts';
import { renderStatusChart, type SummaryTexts, summariseStatus, sumLevelCounts } from './status-chart.ts';

const counts = (c: Partial<LevelCounts>): LevelCounts => ({
  'not-started': 0,
  planned: 0,
  'in-progress': 0,
  'partly-implemented': 0,
  implemented: 0,
  'not-relevant': 0,
  unknown: 0,
  ...c,
});

function texts(locale: 'nb' | 'en'): SummaryTexts {
  const m = strategyMessages[locale];
  return {
    intro: m['strategy.summary.intro'],
    unknownTail: m['strategy.summary.unknownTail'],
    end: m['strategy.summary.end'],
    allUnknown: m['strategy.summary.allUnknown'],
    none: m['strategy.summary.none'],
    levels: {
      implemented: m['strategy.summary.implemented'],
      'partly-implemented': m['strategy.summary.partly-implemented'],
      'in-progress': m['strategy.summary.in-progress'],
      planned: m['strategy.summary.planned'],
      'not-started': m['strategy.summary.not-started'],
      'not-relevant': m['strategy.summary.not-relevant'],
    },
  };
}

describe('the status summary sentence', () => {
  it('names every known level with its count, then the unknown ones', () => {
    expect(summariseStatus(counts({ implemented: 6, 'partly-implemented': 6, unknown: 41 }), texts('nb'), 'nb')).toBe(
      'Av 53 tiltak er 6 innført og 6 delvis innført; for 41 er status ukjent.',
    );
    expect(summariseStatus(counts({ implemented: 6, 'partly-implemented': 6, 'in-progress': 1, unknown: 41 }), texts('nb'), 'nb')).toBe(
      'Av 54 tiltak er 6 innført, 6 delvis innført og 1 under arbeid; for 41 er status ukjent.',
    );
    expect(summariseStatus(counts({ implemented: 2, planned: 1 }), texts('en'), 'en')).toBe('Of 3 measures: 2 implemented and 1 planned.');
  });

  it('says so when nothing is known or there is nothing', () => {
    expect(summariseStatus(counts({ unknown: 7 }), texts('nb'), 'nb')).toBe('For alle 7 tiltakene er status ukjent.');
    expect(summariseStatus(counts({}), texts('nb'), 'nb')).toBe('Det er ikke registrert noen tiltak.');
  });

  it('adds up counts', () => {
    expect(sumLevelCounts([counts({ unknown: 2 }), counts({ unknown: 1, implemented: 1 })])).toEqual(counts({ unknown: 3, implemented: 1 }));
  });
});

describe('the status chart', () => {
  it('draws one bar segment per focus area and level, in the given order, with an accessible name', async () => {
    const svg = await renderStatusChart({
      rows: [
        { name: 'Økt brukermedvirkning', levelCounts: counts({ implemented: 2, 'partly-implemented': 1, unknown: 3 }) },
        { name: 'Helsedata som nasjonalt fortrinn', levelCounts: counts({ 'in-progress': 1, unknown: 1 }) },
      ],
      levelLabels: {
        implemented: 'Innført',
        'partly-implemented': 'Delvis innført',
        'in-progress': 'Under arbeid',
        planned: 'Planlagt',
        'not-started': 'Ikke startet',
        'not-relevant': 'Ikke relevant',
        unknown: 'Ukjent',
      },
      axisTitles: { count: 'Antall tiltak', level: 'Status' },
      title: 'Tiltak etter status',
      description: 'Av 8 tiltak er 2 innført.',
    });
    expect(svg).toMatch(/^<svg role="graphics-document document" aria-label="Tiltak etter status\. Av 8 tiltak er 2 innført\."/);
    expect(svg.match(/<path[^>]*aria-roledescription="bar"/g)).toHaveLength(5);
    expect(svg).toContain('Økt brukermedvirkning');
    expect(svg).toContain('#1e6b34');
    expect(svg).not.toContain('style=');
  });
});
