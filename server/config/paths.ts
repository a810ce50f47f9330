import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  // The same code runs from server/ (tests, command line) and bundled from build/server/, so walk up.
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'ho21') return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

const root = findRoot();

/** An absolute path inside the ho21 project folder. */
export function projectPath(...parts: string[]): string {
  return path.join(root, ...parts);
}
