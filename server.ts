// The process entry: serves the built app (or the Vite dev server with --dev), prints where, and shuts down
// gracefully: on SIGTERM/SIGINT it stops accepting, lets requests in flight finish, then closes the database.
import http from 'node:http';
import { createRequire } from 'node:module';
import express from 'express';

const { nodeVersionProblem } = createRequire(import.meta.url)('./scripts/check-node.cjs');
const tooOld = nodeVersionProblem(process.versions.node);
if (tooOld) {
  process.stderr.write(`\n${tooOld}\n\n`);
  process.exit(1);
}

interface Ho21App {
  handler: express.Express;
  services: { config: { port: number; host: string; publicUrl: string }; logger: { info(o: object, m: string): void } };
  banner: string[];
  close(): Promise<void>;
}

const dev = process.argv.includes('--dev');

async function load(): Promise<{ app: Ho21App; handler: http.RequestListener }> {
  if (dev) {
    const { createServer } = await import('vite');
    const vite = await createServer({ server: { middlewareMode: true } });
    const { createHo21App } = await vite.ssrLoadModule('./server/http/app.ts');
    const app = (await createHo21App({ dev: true })) as Ho21App;
    const outer = express();
    outer.use(vite.middlewares);
    outer.use(app.handler);
    return { app, handler: outer };
  }
  const { createHo21App } = await import(new URL('./build/server/index.js', import.meta.url).href);
  const app = (await createHo21App({ staticDir: new URL('./build/client', import.meta.url).pathname })) as Ho21App;
  return { app, handler: app.handler };
}

async function main() {
  let loaded;
  try {
    loaded = await load();
  } catch (error) {
    // Configuration and a busy database are the operator's to fix: say what, without a stack trace.
    if (error instanceof Error && ['ConfigError', 'DatabaseBusyError'].includes(error.name)) {
      process.stderr.write(`\n${error.message}\n\n`);
      process.exit(1);
    }
    throw error;
  }
  const { app, handler } = loaded;
  const { port, host } = app.services.config;
  const server = http.createServer(handler);
  server.listen(port, host, () => {
    process.stdout.write(`\nho21 is running at http://localhost:${port}\n${app.banner.join('\n')}\n\n`);
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.services.logger.info({ signal }, 'shutting down: finishing requests in flight');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    server.close(async () => {
      await app.close();
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

await main();
