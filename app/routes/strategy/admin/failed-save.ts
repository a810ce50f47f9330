import { data } from 'react-router';
import type { Failure } from '#server/core/outcome.ts';
import type { Queryable } from '#server/db/types.ts';
import { lastChange } from '#server/strategy/admin-queries.ts';
import { fieldErrorsOf, throwUnlessShownInForm } from './form-data.ts';

/**
 * The answer to a save that did not happen. On a conflict the form keeps the editor's values on top of the
 * current version, shown beside the saved values and who saved them last, so nothing typed is lost;
 * otherwise the field errors.
 */
export async function failedSave<I extends string, V extends { version: string }, C>(
  db: Queryable,
  failure: Extract<Failure, { kind: 'invalid' | 'conflict' }>,
  form: { intent: I; values: V },
  record: { entity: string; id: string; load: () => Promise<{ version: number; values: C } | null> },
) {
  if (failure.kind === 'conflict') {
    const current = await record.load();
    if (!current) throw data({ reason: 'not-found' }, { status: 404 });
    const changed = await lastChange(db, record.entity, record.id);
    const conflict = { current: current.values, by: changed?.actorLabel ?? null, at: changed?.at.toISOString() ?? null };
    return data({ intent: form.intent, values: { ...form.values, version: String(current.version) }, fieldErrors: {} as Record<string, string[]>, conflict }, { status: 409 });
  }
  return data({ intent: form.intent, values: form.values, fieldErrors: fieldErrorsOf(failure), conflict: null }, { status: 422 });
}

/** A retire or restore that did not happen: it was made on an older version, said next to the button. */
export function failedRetire<I extends string>(failure: Failure, intent: I) {
  throwUnlessShownInForm(failure);
  return data({ intent, values: null, fieldErrors: { retired: ['strategyAdmin.conflict.retire'] } as Record<string, string[]>, conflict: null }, { status: 409 });
}
