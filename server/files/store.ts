import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** What the store reports about bytes it has kept. */
export interface StoredFile {
  key: string;
  byteSize: number;
  sha256: string;
}

/**
 * Where uploaded files live. Keys are generated here (never a user's file name), so a key is safe as a path and
 * reveals nothing. Only the database says who may read a key.
 */
export interface FileStore {
  /** Keeps the bytes and answers with their key, size and checksum; the file is complete or absent, never half. */
  put(content: Readable | Buffer | Uint8Array): Promise<StoredFile>;
  /** A stream of the bytes, or null when the key holds nothing. */
  get(key: string): Promise<Readable | null>;
  /** Removes the bytes; removing what is already gone is not an error, so a purge can be repeated. */
  delete(key: string): Promise<void>;
}

const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function checkedKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`not a file store key: ${key}`);
  return key;
}

/** The local-disk store: one file per key under `root`, spread over two-character folders. */
export function localFileStore(root: string): FileStore {
  const fileOf = (key: string) => path.join(root, checkedKey(key).slice(0, 2), key);
  const tempDir = path.join(root, 'tmp');
  return {
    async put(content) {
      const key = randomUUID();
      const target = fileOf(key);
      await fs.promises.mkdir(path.dirname(target), { recursive: true });
      await fs.promises.mkdir(tempDir, { recursive: true });
      // Written beside the store and renamed into place, so a crash never leaves a partial file under a real key.
      const temp = path.join(tempDir, `${key}.part`);
      const hash = createHash('sha256');
      let byteSize = 0;
      const measure = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          byteSize += chunk.length;
          done(null, chunk);
        },
      });
      const source = content instanceof Readable ? content : Readable.from([Buffer.from(content)]);
      try {
        await pipeline(source, measure, fs.createWriteStream(temp, { flags: 'wx', mode: 0o600 }));
        await fs.promises.rename(temp, target);
      } catch (error) {
        await fs.promises.rm(temp, { force: true });
        throw error;
      }
      return { key, byteSize, sha256: hash.digest('hex') };
    },
    async get(key) {
      try {
        const handle = await fs.promises.open(fileOf(key), 'r');
        return handle.createReadStream();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async delete(key) {
      await fs.promises.rm(fileOf(key), { force: true });
    },
  };
}

/** The store of a running ho21: `DATA_DIR/files`. */
export function fileStoreIn(dataDir: string): FileStore {
  return localFileStore(path.join(dataDir, 'files'));
}
