import fs from 'node:fs';
import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import { projectPath } from '../config/paths.ts';
import { systemActor } from '../core/actor.ts';
import { execute } from '../core/command.ts';
import type { Db } from '../db/types.ts';
import { createIndicator, type IndicatorDefinition } from './commands.ts';
import type { Cube, CubeDimension } from './cube.ts';
import { toJsonStat } from './export.ts';
import { importFile } from './import-service.ts';
import { indicators, type Labels } from './schema.ts';

const FIGURES_FILE = 'data/ho21/monitor/seed-figures.json';

const figuresFile = z.object({
  series: z.array(
    z.object({
      id: z.string(),
      observations: z.array(z.looseObject({ value: z.number(), year: z.number().optional(), hrcsActivityCode: z.number().optional(), approximate: z.boolean().optional() })),
    }),
  ),
});

const SAK_7_2020 = 'HO21-rådets egenvurdering 2015–2019 (Sak 7/2020 Vedlegg 1, HO21-rådet møte 1/2020)';
const SAK_7_2020_MAIN = 'Sak 7/2020, HO21-rådet møte 1/2020';
const HSF_2023 = 'Nasjonal helse- og samhandlingsplan og helsetjenesteforskning (Helsetjenesteforskningskonferansen 2023), lysbilde «Mulige implikasjoner»';

const year: Omit<CubeDimension, 'categories'> = { code: 'year', label: { nb: 'År', nn: 'År', en: 'Year' }, role: 'time' };

/** The HRCS research activities, with the official English names of the Health Research Classification System. */
const hrcsActivities: Labels[] = [
  { nb: 'Underbyggende forskning', nn: 'Underbyggjande forsking', en: 'Underpinning research' },
  { nb: 'Årsaksforhold', nn: 'Årsakstilhøve', en: 'Aetiology' },
  { nb: 'Forebygging', nn: 'Førebygging', en: 'Prevention of disease and conditions, and promotion of well-being' },
  { nb: 'Påvisning og diagnose', nn: 'Påvising og diagnose', en: 'Detection, screening and diagnosis' },
  { nb: 'Utvikling av behandling', nn: 'Utvikling av behandling', en: 'Development of treatments and therapeutic interventions' },
  { nb: 'Evaluering av behandling', nn: 'Evaluering av behandling', en: 'Evaluation of treatments and therapeutic interventions' },
  { nb: 'Håndtering av sykdom og tilstander', nn: 'Handtering av sjukdom og tilstandar', en: 'Management of diseases and conditions' },
  { nb: 'Helsetjenesteforskning', nn: 'Helsetenesteforsking', en: 'Health and social care services research' },
];
const hrcs: Omit<CubeDimension, 'categories'> = {
  code: 'hrcs-activity',
  label: { nb: 'Forskningsaktivitet (HRCS)', nn: 'Forskingsaktivitet (HRCS)', en: 'Research activity (HRCS)' },
  role: null,
};

interface SeedIndicator {
  definition: IndicatorDefinition;
  /** The series in the figures file, and the dimensions its observations are laid out on; none for a definition only. */
  series?: { id: string; dimensions: (typeof year | typeof hrcs)[] };
}

const horizonLinks = { goalStatementIds: ['okt-returandel-horisont-2020'], focusAreaIds: ['hoy-kvalitet-og-sterkere-internasjonalisering'] };
const horizonTarget: Labels = {
  nb: 'Økt returandel i EUs rammeprogram Horisont 2020, opp på nivå med Sverige og Danmark (HO21-målformulering).',
  nn: 'Auka returdel i EUs rammeprogram Horisont 2020, opp på nivå med Sverige og Danmark (HO21-målformulering).',
  en: "A higher return share in the EU's framework programme Horizon 2020, up to the level of Sweden and Denmark (HO21 goal statement).",
};
const regionalNote: Labels = {
  nb: 'Totalt 1 073,6 mill. kroner ifølge kilden; de åtte verdiene summerer til 1 073,5 på grunn av avrunding. Hvem som fordeler de regionale forskningsmidlene, står ikke på lysbildet.',
  nn: 'Totalt 1 073,6 mill. kroner ifølgje kjelda; dei åtte verdiane summerer til 1 073,5 på grunn av avrunding. Kven som fordeler dei regionale forskingsmidlane, står ikkje på lysbiletet.',
  en: 'Total NOK 1,073.6 million according to the source; the eight values add up to 1,073.5 because of rounding. The slide does not say who allocates the regional research funds.',
};

/** The default indicators: only figures the source documents give, each with its source; see EXTRACTION-NOTES.md. */
export const SEED_INDICATORS: SeedIndicator[] = [
  {
    definition: {
      id: 'regionale-forskningsmidler-hrcs-2022',
      position: 10,
      title: {
        nb: 'Regionale forskningsmidler 2022 etter forskningsaktivitet',
        nn: 'Regionale forskingsmidlar 2022 etter forskingsaktivitet',
        en: 'Regional research funding 2022 by research activity',
      },
      description: {
        nb: 'Fordeling av de regionale forskningsmidlene i 2022 på de åtte forskningsaktivitetene i HRCS, i millioner kroner.',
        nn: 'Fordelinga av dei regionale forskingsmidlane i 2022 på dei åtte forskingsaktivitetane i HRCS, i millionar kroner.',
        en: 'How the regional research funds in 2022 were divided between the eight HRCS research activities, in NOK million.',
      },
      unit: 'MNOK',
      unitLabel: { nb: 'millioner kroner', nn: 'millionar kroner', en: 'NOK million' },
      decimals: 1,
      sourceName: HSF_2023,
      notes: regionalNote,
    },
    series: { id: 'regional-research-funding-2022-by-hrcs-activity-mnok', dimensions: [year, hrcs] },
  },
  {
    definition: {
      id: 'regionale-forskningsmidler-hrcs-2022-andel',
      position: 11,
      title: {
        nb: 'Regionale forskningsmidler 2022, andel etter forskningsaktivitet',
        nn: 'Regionale forskingsmidlar 2022, del etter forskingsaktivitet',
        en: 'Regional research funding 2022, share by research activity',
      },
      unit: '%',
      unitLabel: { nb: 'prosent av midlene', nn: 'prosent av midlane', en: 'per cent of the funds' },
      decimals: 1,
      sourceName: HSF_2023,
    },
    series: { id: 'regional-research-funding-2022-by-hrcs-activity-share', dimensions: [year, hrcs] },
  },
  {
    definition: {
      id: 'horisont-2020-helse-returandel',
      position: 20,
      title: { nb: 'Returandel for helse i Horisont 2020', nn: 'Returdel for helse i Horisont 2020', en: 'Return share for health in Horizon 2020' },
      description: {
        nb: 'Norges andel av midlene til helse i EUs rammeprogram Horisont 2020.',
        nn: 'Noregs del av midlane til helse i EUs rammeprogram Horisont 2020.',
        en: "Norway's share of the health funding in the EU framework programme Horizon 2020.",
      },
      unit: '%',
      unitLabel: { nb: 'prosent', nn: 'prosent', en: 'per cent' },
      decimals: 1,
      sourceName: SAK_7_2020,
      notes: {
        nb: '2013: «om lag 0,9 %» av midlene til samfunnsutfordring 1 (Health, demographic change and wellbeing). 2017 og 2018: returandelen for helse. Helseprosjekter i andre deler av Horisont 2020 (f.eks. ERC) teller ikke med.',
        nn: '2013: «om lag 0,9 %» av midlane til samfunnsutfordring 1 (Health, demographic change and wellbeing). 2017 og 2018: returdelen for helse. Helseprosjekt i andre delar av Horisont 2020 (t.d. ERC) tel ikkje med.',
        en: '2013: "about 0.9 %" of the funds for societal challenge 1 (Health, demographic change and wellbeing). 2017 and 2018: the return share for health. Health projects in other parts of Horizon 2020 (e.g. the ERC) are not counted.',
      },
      target: horizonTarget,
      ...horizonLinks,
    },
    series: { id: 'horizon2020-health-return-share', dimensions: [year] },
  },
  {
    definition: {
      id: 'horisont-2020-helse-relativ-returandel',
      position: 21,
      title: {
        nb: 'Relativ returandel for helse i Horisont 2020',
        nn: 'Relativ returdel for helse i Horisont 2020',
        en: 'Relative return share for health in Horizon 2020',
      },
      description: {
        nb: 'Returandel delt på BNP-andel: hvor konkurransedyktig systemet i sin helhet er sammenlignet med andre land.',
        nn: 'Returdel delt på BNP-del: kor konkurransedyktig systemet i heilskap er samanlikna med andre land.',
        en: 'Return share divided by share of GDP: how competitive the system as a whole is compared with other countries.',
      },
      unit: 'ratio',
      unitLabel: { nb: 'returandel/BNP-andel', nn: 'returdel/BNP-del', en: 'return share / GDP share' },
      decimals: 1,
      sourceName: SAK_7_2020,
      target: horizonTarget,
      ...horizonLinks,
    },
    series: { id: 'horizon2020-health-relative-return-share', dimensions: [year] },
  },
  {
    definition: {
      id: 'aktorundersokelse-svarprosent',
      position: 30,
      title: {
        nb: 'Svarprosent i HO21-rådets spørreundersøkelse til aktørene',
        nn: 'Svarprosent i HO21-rådet si spørjeundersøking til aktørane',
        en: "Response rate in the HO21 council's survey of the actors",
      },
      description: {
        nb: 'Rådet sendte tre spørreundersøkelser (2016, 2017, 2018) til 74 aktører om hvilke tiltak som var implementert eller i prosess.',
        nn: 'Rådet sende tre spørjeundersøkingar (2016, 2017, 2018) til 74 aktørar om kva tiltak som var implementerte eller i prosess.',
        en: 'The council sent three surveys (2016, 2017, 2018) to 74 actors asking which measures had been implemented or were in progress.',
      },
      unit: '%',
      unitLabel: { nb: 'prosent', nn: 'prosent', en: 'per cent' },
      decimals: 0,
      sourceName: SAK_7_2020_MAIN,
    },
    series: { id: 'actor-survey-response-rate', dimensions: [year] },
  },
  {
    definition: {
      id: 'ho21-budsjett',
      position: 40,
      title: { nb: 'HO21-budsjett per år', nn: 'HO21-budsjett per år', en: 'HO21 budget per year' },
      description: {
        nb: 'Brukt til drift av HO21-rådet, administrasjon og drift av HO21-sekretariatet og utvikling og drift av HO21-monitor.',
        nn: 'Brukt til drift av HO21-rådet, administrasjon og drift av HO21-sekretariatet og utvikling og drift av HO21-monitor.',
        en: 'Used to run the HO21 council, administer and run the HO21 secretariat, and develop and run HO21-monitor.',
      },
      unit: 'MNOK',
      unitLabel: { nb: 'millioner kroner', nn: 'millionar kroner', en: 'NOK million' },
      decimals: 1,
      sourceName: SAK_7_2020,
    },
    series: { id: 'ho21-budget', dimensions: [year] },
  },
  {
    definition: {
      id: 'helse-og-omsorgssektorens-andel-av-bnp',
      position: 50,
      title: {
        nb: 'Helse- og omsorgssektorens andel av BNP',
        nn: 'Helse- og omsorgssektoren sin del av BNP',
        en: "The health and care sector's share of GDP",
      },
      unit: '%',
      unitLabel: { nb: 'prosent av BNP', nn: 'prosent av BNP', en: 'per cent of GDP' },
      sourceName: 'Forskningsrådet: Om HelseOmsorg21 (publisert 19.04.2013, oppdatert 26.04.2018)',
      notes: {
        nb: 'Kilden sier at sektoren «i dag» utgjør «i underkant av 10 % av bruttonasjonalproduktet», uten årstall eller eksakt verdi. Ingen tallserie før data importeres.',
        nn: 'Kjelda seier at sektoren «i dag» utgjer «i underkant av 10 % av bruttonasjonalproduktet», utan årstal eller eksakt verdi. Inga talrekkje før data blir importerte.',
        en: 'The source says the sector "today" accounts for "just under 10 % of gross domestic product", with no year or exact value. No series until data is imported.',
      },
    },
  },
];

function seriesCube(seed: SeedIndicator, observations: z.infer<typeof figuresFile>['series'][number]['observations']): Cube {
  const years = [...new Set(observations.map((o) => o.year!))].sort((a, b) => a - b);
  const dimensions: CubeDimension[] = seed.series!.dimensions.map((d) =>
    d.code === 'year'
      ? { ...d, categories: years.map((y) => ({ code: String(y), label: { nb: String(y) } })) }
      : { ...d, categories: hrcsActivities.map((label, i) => ({ code: String(i + 1), label })) },
  );
  const cells = observations.map((o) => {
    const yearPosition = years.indexOf(o.year!);
    return dimensions.length === 1 ? yearPosition : yearPosition * hrcsActivities.length + (o.hrcsActivityCode! - 1);
  });
  const order = cells.map((_, i) => i).sort((a, b) => cells[a]! - cells[b]!);
  return {
    dimensions,
    cells: order.map((i) => cells[i]!),
    values: order.map((i) => observations[i]!.value),
    // "om lag" in the source: flagged as an estimate rather than rounded into a firm figure.
    statuses: order.map((i) => (observations[i]!.approximate ? 'e' : null)),
  };
}

/** Loads the default indicators and their figures, each through the ordinary commands; existing ones are left alone. */
export async function seedMonitor(db: Db): Promise<{ indicators: number } | null> {
  const ids = SEED_INDICATORS.map((s) => s.definition.id);
  const existing = new Set((await db.select({ id: indicators.id }).from(indicators).where(inArray(indicators.id, ids))).map((r) => r.id));
  const missing = SEED_INDICATORS.filter((s) => !existing.has(s.definition.id));
  if (missing.length === 0) return null;
  const figures = figuresFile.parse(JSON.parse(fs.readFileSync(projectPath(FIGURES_FILE), 'utf8')));
  const actor = systemActor('seed');
  for (const seed of missing) {
    const created = await execute(db, createIndicator, actor, seed.definition);
    if (!created.ok) throw new Error(`seeding indicator ${seed.definition.id}: ${created.kind}`);
    if (!seed.series) continue;
    const series = figures.series.find((s) => s.id === seed.series!.id);
    if (!series) throw new Error(`${FIGURES_FILE} has no series ${seed.series.id}`);
    // The figures go in as a JSON-stat file through the same importer as any upload.
    const file = Buffer.from(JSON.stringify(toJsonStat(created.value, seriesCube(seed, series.observations), 'nb', null)));
    const imported = await importFile(db, actor, { indicatorId: seed.definition.id, format: 'jsonstat', fileName: `${FIGURES_FILE}#${series.id}`, file });
    if (!imported.ok || !imported.value.imported) throw new Error(`seeding the figures of ${seed.definition.id} failed`);
  }
  return { indicators: missing.length };
}
