import { data } from 'react-router';
import type { Failure } from '#server/core/outcome.ts';

export function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

export function texts(form: FormData, name: string): string[] {
  return form.getAll(name).filter((v): v is string => typeof v === 'string');
}

/** One entry per line of a textarea (sub-points, aliases). */
export function lines(value: string): string[] {
  return value.split(/\r?\n/);
}

/** Forbidden and missing records are pages of their own; the other failures are shown in the form. */
export function throwUnlessShownInForm(failure: Failure): asserts failure is Extract<Failure, { kind: 'invalid' | 'conflict' }> {
  if (failure.kind === 'forbidden') throw data({ reason: 'forbidden' }, { status: 403 });
  if (failure.kind === 'not-found') throw data({ reason: 'not-found' }, { status: 404 });
}

export function fieldErrorsOf(failure: Failure): Record<string, string[]> {
  return failure.kind === 'invalid' ? failure.fieldErrors : {};
}

export function formErrorsOf(failure: Failure): string[] {
  return failure.kind === 'invalid' ? failure.formErrors : [];
}

/** Path of the current page with the "saved" receipt. */
export function savedUrl(path: string): string {
  return `${path}?lagret=1`;
}
