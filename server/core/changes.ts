import type { FieldChanges } from '../audit/schema.ts';

const secretFields = new Set(['passwordHash', 'tokenHash', 'codeVerifier']);

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return JSON.stringify(a) === JSON.stringify(b);
}

function shown(field: string, value: unknown): unknown {
  if (value === undefined) return null;
  return secretFields.has(field) && value != null ? '[redacted]' : value;
}

/** The fields that differ between two versions of a record, for the audit log; secrets are redacted. */
export function diffRecords(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  ignore: readonly string[] = ['version', 'updatedAt', 'createdAt'],
): FieldChanges {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChanges = {};
  for (const field of fields) {
    if (ignore.includes(field)) continue;
    const b = before?.[field];
    const a = after?.[field];
    if (!same(b, a)) changes[field] = { before: shown(field, b), after: shown(field, a) };
  }
  return changes;
}
