import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireLock, DatabaseBusyError } from './lock.ts';

describe('the embedded database lock', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ho21-lock-'));
  afterEach(() => fs.rmSync(path.join(dir, 'ho21.lock'), { force: true }));

  it('refuses a second process while the holder is alive, with a message saying what to do', () => {
    // The parent of this test process is alive and is not us: it plays the running server.
    fs.writeFileSync(path.join(dir, 'ho21.lock'), String(process.ppid));
    expect(() => acquireLock(dir)).toThrow(DatabaseBusyError);
    expect(() => acquireLock(dir)).toThrow(/in use by another process .*Stop it first/);
  });

  it('takes over a lock left by a process that has died', () => {
    fs.writeFileSync(path.join(dir, 'ho21.lock'), '999999999');
    const release = acquireLock(dir);
    expect(fs.readFileSync(path.join(dir, 'ho21.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(path.join(dir, 'ho21.lock'))).toBe(false);
  });
});
