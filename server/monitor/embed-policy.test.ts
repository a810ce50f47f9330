import { describe, expect, it } from 'vitest';
import { documentCsp, embedCsp, isEmbeddablePath } from '../http/security-headers.ts';

describe('the framing exception for chart embeds', () => {
  it('applies to /monitor/embed/<id> only', () => {
    expect(isEmbeddablePath('/monitor/embed/ho21-budsjett')).toBe(true);
    expect(isEmbeddablePath('/monitor/embed/ho21-budsjett/')).toBe(true);
    for (const path of ['/monitor', '/monitor/ho21-budsjett', '/monitor/embed', '/monitor/embed/a/b', '/x/monitor/embed/a', '/sekretariat/monitor']) {
      expect(isEmbeddablePath(path), path).toBe(false);
    }
  });

  it('lets anyone frame an embed, which runs no scripts, while documents stay unframeable', () => {
    expect(embedCsp).toContain('frame-ancestors *');
    expect(embedCsp).not.toContain('script-src');
    expect(embedCsp).toContain("default-src 'none'");
    expect(documentCsp('n', { dev: false })).toContain("frame-ancestors 'none'");
  });
});
