import type { DimensionRole } from '../schema.ts';

/** Symbols statistics offices print instead of a number; the cell is missing and keeps the symbol as status. */
const MISSING_SYMBOLS = new Set(['..', '...', ':', '-', '.', 'x']);

export type ParsedValue = { ok: true; value: number | null; status: string | null } | { ok: false };

/** A number as a file may write it: 1073.6, 1 073,6, -0,4; an empty cell or a missing-value symbol is missing. */
export function parseValue(raw: unknown): ParsedValue {
  if (raw === null || raw === undefined) return { ok: true, value: null, status: null };
  if (typeof raw === 'number') return Number.isFinite(raw) ? { ok: true, value: raw, status: null } : { ok: false };
  const text = String(raw).trim();
  if (text === '') return { ok: true, value: null, status: null };
  if (MISSING_SYMBOLS.has(text)) return { ok: true, value: null, status: text };
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  const normal = /^[-+]?\d+(,\d+)?$/.test(compact) ? compact.replace(',', '.') : compact;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normal)) return { ok: false };
  return { ok: true, value: Number(normal), status: null };
}

const roleNames: Record<DimensionRole, RegExp> = {
  time: /^(year|år|aar|time|tid|period|periode|date|dato|tidspunkt|quarter|kvartal|month|måned)$/i,
  geo: /^(region|fylke|kommune|land|country|geo|helseregion|health ?region|rhf)$/i,
  metric: /^(contentscode|statistikkvariabel|metric|measure|måltall)$/i,
};

/** A table column's role read from its name, since CSV and XLSX carry no roles. */
export function roleFromName(name: string): DimensionRole | null {
  for (const role of ['time', 'geo', 'metric'] as const) if (roleNames[role].test(name.trim())) return role;
  return null;
}
