import { randomBytes, randomUUID } from 'node:crypto';
import { createRequestHandler } from '@react-router/express';
import compression from 'compression';
import express from 'express';
import { pinoHttp } from 'pino-http';
import { RouterContextProvider } from 'react-router';
import { localeContext, requestInfoContext, servicesContext } from '../../app/context.ts';
import { loadConfig } from '../config/env.ts';
import { securityHeaders } from './security-headers.ts';
import { type Services, startServices } from './services.ts';
import { DEMO_PASSWORD, demoUsers } from '../seed/demo-users.ts';

export interface Ho21App {
  handler: express.Express;
  services: Services;
  /** Lines printed at start-up: mode, database, and in demo mode the accounts to try. */
  banner: string[];
  close(): Promise<void>;
}

/**
 * The whole HTTP application. Vite builds this file as the server bundle, so the routes and this app share
 * one module graph and therefore one database handle.
 */
export async function createHo21App(options: { dev?: boolean; staticDir?: string } = {}): Promise<Ho21App> {
  const config = loadConfig();
  const services = await startServices(config);
  const { logger } = services;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', process.env.TRUST_PROXY ?? false);
  app.use(securityHeaders({ hsts: config.mode === 'production' }));
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url?.startsWith('/assets/') === true },
    }),
  );
  app.use(compression());

  app.get('/healthz', (_req, res) => {
    res.type('text/plain').send('ok');
  });
  app.get('/readyz', async (req, res) => {
    try {
      await services.database.ping();
      res.type('text/plain').send('ready');
    } catch (error) {
      req.log.error({ err: error }, 'database not reachable');
      res.status(503).type('text/plain').send('database unavailable');
    }
  });

  if (options.staticDir) {
    app.use('/assets', express.static(`${options.staticDir}/assets`, { immutable: true, maxAge: '1y' }));
    app.use(express.static(options.staticDir, { maxAge: '1h' }));
  }

  app.all(
    '/{*path}',
    createRequestHandler({
      build: () => import('virtual:react-router/server-build'),
      mode: options.dev ? 'development' : 'production',
      getLoadContext: (req) => {
        const context = new RouterContextProvider();
        context.set(servicesContext, services);
        context.set(requestInfoContext, {
          requestId: String(req.id),
          ip: req.ip ?? 'unknown',
          nonce: randomBytes(16).toString('base64'),
        });
        context.set(localeContext, 'nb');
        return context;
      },
    }),
  );

  return {
    handler: app,
    services,
    banner: startupBanner(services),
    close: () => services.database.close(),
  };
}

function startupBanner({ config, database }: Services): string[] {
  const lines = [`mode: ${config.mode}, database: ${database.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL'}`];
  if (config.mode === 'demo') {
    lines.push(`demo accounts (password "${DEMO_PASSWORD}"):`);
    for (const user of demoUsers) lines.push(`  ${user.role.padEnd(9)} ${user.email}  ${user.name}`);
  }
  return lines;
}
