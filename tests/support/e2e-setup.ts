import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { OAuth2Server } from 'oauth2-mock-server';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    oidcEmail: string;
    dataDir: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForReady(url: string, child: ChildProcess, log: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`ho21 exited with ${child.exitCode}:\n${log()}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`ho21 did not become ready:\n${log()}`);
}

export const OIDC_EMAIL = 'oidc.person@oidc.example';

/** A local OpenID provider standing in for ID-porten: it signs in whoever asks, as OIDC_EMAIL. */
async function startOidcProvider(): Promise<OAuth2Server> {
  const provider = new OAuth2Server();
  await provider.issuer.keys.generate('RS256');
  await provider.start(await freePort(), '127.0.0.1');
  provider.service.on('beforeTokenSigning', (token) => {
    token.payload.aud = 'ho21-test';
    token.payload.email = OIDC_EMAIL;
    token.payload.name = 'Oda Oidc (test)';
  });
  return provider;
}

/**
 * Serves the production build on a free port with a fresh embedded database, as `npm start` would, with
 * OIDC pointed at a local mock provider.
 */
export default async function setup(project: TestProject) {
  const root = path.resolve(import.meta.dirname, '../..');
  if (!fs.existsSync(path.join(root, 'build/server/index.js'))) throw new Error('Run `npm run build` before the browser tests.');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ho21-e2e-'));
  const port = await freePort();
  const provider = await startOidcProvider();
  let output = '';
  const child = spawn(process.execPath, ['server.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATA_DIR: dataDir,
      HO21_MODE: 'demo',
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      OIDC_ISSUER: provider.issuer.url,
      OIDC_CLIENT_ID: 'ho21-test',
      OIDC_CLIENT_SECRET: 'test-secret',
      OIDC_NAME: 'Test-ID',
      OIDC_ROLE_MAP: 'member:*@oidc.example',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForReady(baseUrl, child, () => output);
  project.provide('baseUrl', baseUrl);
  project.provide('oidcEmail', OIDC_EMAIL);
  project.provide('dataDir', dataDir);
  return async () => {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await provider.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
