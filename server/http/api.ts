import type { Failure } from '../core/outcome.ts';

const cors = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': 'Accept, Content-Type',
};

/** A public, read-only API answer: JSON, open to every origin for GET, cacheable for a short while. */
export function apiJson(body: unknown, init: { status?: number; maxAge?: number; headers?: Record<string, string> } = {}): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': `public, max-age=${init.maxAge ?? 60}`,
      ...cors,
      ...init.headers,
    },
  });
}

export interface ProblemDetails {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  [extension: string]: unknown;
}

/** An RFC 9457 problem details answer. */
export function problem(details: ProblemDetails): Response {
  return new Response(JSON.stringify({ type: 'about:blank', ...details }), {
    status: details.status,
    headers: { 'Content-Type': 'application/problem+json; charset=utf-8', 'Cache-Control': 'no-store', ...cors },
  });
}

/** The problem answer for a command that did not happen. */
export function problemFromFailure(failure: Failure): Response {
  switch (failure.kind) {
    case 'invalid':
      return problem({
        status: 422,
        title: 'The request has invalid fields',
        errors: Object.entries(failure.fieldErrors).map(([field, messages]) => ({ field, messages })),
        formErrors: failure.formErrors,
      });
    case 'forbidden':
      return problem({ status: 403, title: 'Forbidden' });
    case 'not-found':
      return problem({ status: 404, title: 'Not found' });
    case 'conflict':
      return problem({ status: 409, title: 'The record was changed by someone else', current: failure.current });
  }
}

/** Answers CORS pre-flight requests for the read-only API. */
export function apiOptions(): Response {
  return new Response(null, { status: 204, headers: { ...cors, 'Access-Control-Max-Age': '86400' } });
}
