import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localFileStore } from './store.ts';

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'ho21-files-'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe('the local file store', () => {
  it('keeps a buffer under a random key and reports its size and checksum', async () => {
    const store = localFileStore(root);
    const stored = await store.put(Buffer.from('Vedlegg æøå'));
    expect(stored.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(stored.byteSize).toBe(Buffer.byteLength('Vedlegg æøå'));
    expect(stored.sha256).toBe(createHash('sha256').update('Vedlegg æøå').digest('hex'));
    const stream = await store.get(stored.key);
    expect(stream && (await text(stream))).toBe('Vedlegg æøå');
    const other = await store.put(Buffer.from('Vedlegg æøå'));
    expect(other.key).not.toBe(stored.key);
  });

  it('streams in and leaves no temporary file behind', async () => {
    const store = localFileStore(root);
    const chunks = Array.from({ length: 50 }, (_, i) => Buffer.alloc(10_000, i));
    const stored = await store.put(Readable.from(chunks));
    expect(stored.byteSize).toBe(500_000);
    expect(filesUnder(root)).toEqual([path.join(root, stored.key.slice(0, 2), stored.key)]);
  });

  it('removes the temporary file when the upload breaks off', async () => {
    const store = localFileStore(root);
    const broken = new Readable({
      read() {
        this.push(Buffer.alloc(100));
        this.destroy(new Error('connection reset'));
      },
    });
    await expect(store.put(broken)).rejects.toThrow('connection reset');
    expect(filesUnder(root)).toEqual([]);
  });

  it('deletes, tolerates deleting twice and answers null for what is gone', async () => {
    const store = localFileStore(root);
    const stored = await store.put(Buffer.from('lydopptak'));
    await store.delete(stored.key);
    await store.delete(stored.key);
    expect(await store.get(stored.key)).toBeNull();
  });

  it('refuses anything that is not one of its keys, so no path can escape the store', async () => {
    const store = localFileStore(root);
    await expect(store.get('../../etc/passwd')).rejects.toThrow('not a file store key');
    await expect(store.delete('rapport.pdf')).rejects.toThrow('not a file store key');
  });
});
