import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function cli(...args: string[]) {
  return spawnSync(process.execPath, ['server/cli/main.ts', ...args], {
    cwd: root,
    env: { ...process.env, DATA_DIR: inject('dataDir'), DATABASE_URL: '' },
    encoding: 'utf8',
  });
}

describe('the command line while the server runs', () => {
  it('stops with a clear message instead of opening the embedded database a second time', () => {
    const result = cli('user:list');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/The embedded database in .* is in use by another process \(pid \d+\)/);
    expect(result.stderr).toContain('DATABASE_URL');
    expect(result.stderr).not.toContain('    at ');
  });

  it('prints its usage for an unknown command', () => {
    const result = cli('nonsense');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('user:create --email E --name N --role R');
  });
});

describe('a second server process', () => {
  it('starts on its own data, answers /healthz, and on SIGTERM exits cleanly and releases the database', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const { spawn } = await import('node:child_process');
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ho21-shutdown-'));
    const port = 40_000 + Math.floor(Math.random() * 20_000);
    const child = spawn(process.execPath, ['server.ts'], {
      cwd: root,
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: '', OIDC_ISSUER: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    await expect.poll(() => output, { timeout: 30_000 }).toContain(`ho21 is running at http://localhost:${port}`);
    expect(output).toContain('sekretariat@ho21.example');
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    expect(fs.existsSync(path.join(dataDir, 'ho21.lock'))).toBe(true);
    child.kill('SIGTERM');
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'ho21.lock'))).toBe(false);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
