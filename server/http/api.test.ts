import { describe, expect, it } from 'vitest';
import { apiJson, problem, problemFromFailure } from './api.ts';

describe('API answers', () => {
  it('are JSON open to every origin', async () => {
    const response = apiJson({ a: 1 });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.json()).toEqual({ a: 1 });
  });

  it('report problems as RFC 9457 problem details', async () => {
    const response = problem({ status: 400, title: 'Bad filter', detail: 'level must be one of …' });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.json()).toEqual({ type: 'about:blank', status: 400, title: 'Bad filter', detail: 'level must be one of …' });
  });

  it('turn invalid input into 422 with the fields named', async () => {
    const response = problemFromFailure({ kind: 'invalid', fieldErrors: { title: ['errors.required'] }, formErrors: [] });
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual([{ field: 'title', messages: ['errors.required'] }]);
  });
});
