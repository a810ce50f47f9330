import fs from 'node:fs';
import path from 'node:path';

export class DatabaseBusyError extends Error {
  override name = 'DatabaseBusyError';
  readonly pid: number;
  constructor(lockPath: string, pid: number) {
    super(
      `The embedded database in ${path.dirname(lockPath)} is in use by another process (pid ${pid}), ` +
        'usually the running ho21 server. Stop it first (Ctrl+C), or run the command against PostgreSQL with DATABASE_URL.',
    );
    this.pid = pid;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite is one process's database: a second process opening the same directory would corrupt it.
 * An exclusive lock file holding our pid keeps others out; a lock left by a dead process is taken over.
 */
export function acquireLock(dir: string): () => void {
  const lockPath = path.join(dir, 'ho21.lock');
  fs.mkdirSync(dir, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(fs.readFileSync(lockPath, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
        throw new DatabaseBusyError(lockPath, pid);
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not lock ${lockPath}`);
}
