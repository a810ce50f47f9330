import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const { nodeVersionProblem } = createRequire(import.meta.url)('../../scripts/check-node.cjs') as {
  nodeVersionProblem: (version: string) => string | null;
};

describe('the Node.js version check run by npm install and npm start', () => {
  it('explains which version is needed and how to get it', () => {
    const message = nodeVersionProblem('20.20.2');
    expect(message).toContain('ho21 needs Node.js 24 or newer; this is Node.js 20.20.2.');
    expect(message).toContain('npm i --prefix ~/.node24 node@24');
  });

  it('lets Node 24 and newer through', () => {
    expect(nodeVersionProblem('24.0.0')).toBeNull();
    expect(nodeVersionProblem('26.1.0')).toBeNull();
  });
});
