import { data } from 'react-router';
import type { Failure } from '#server/core/outcome.ts';

/** A submitted form as a plain object; fields that may repeat (checkboxes) become arrays. */
export async function readForm(request: Request, repeated: readonly string[] = []): Promise<Record<string, string | string[]>> {
  const form = await request.formData();
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    const all = form.getAll(key).map(String);
    values[key] = repeated.includes(key) ? all : (all[0] ?? '');
  }
  return values;
}

export interface FormFailure {
  intent: string;
  fieldErrors: Record<string, string[]>;
  formErrors: string[];
  values: Record<string, string | string[]>;
  conflict: Record<string, unknown> | null;
}

/**
 * Turns a failed command into what the page shows: field errors next to the fields with the values kept
 * (422), the current record beside the user's edit on a conflict (409); forbidden and missing records are
 * thrown as 403 and 404 pages.
 */
export function failureData(failure: Failure, intent: string, values: Record<string, string | string[]>) {
  if (failure.kind === 'forbidden') throw data({ reason: 'forbidden' }, { status: 403 });
  if (failure.kind === 'not-found') throw data({ reason: 'not-found' }, { status: 404 });
  const body: FormFailure = {
    intent,
    values,
    fieldErrors: failure.kind === 'invalid' ? failure.fieldErrors : {},
    formErrors: failure.kind === 'invalid' ? failure.formErrors : [],
    conflict: failure.kind === 'conflict' ? (failure.current as Record<string, unknown>) : null,
  };
  return data(body, { status: failure.kind === 'conflict' ? 409 : 422 });
}

export const str = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? '') : (value ?? ''));
