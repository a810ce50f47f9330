import path from 'node:path';
import { z } from 'zod';

const roles = ['admin', 'chair', 'member', 'observer', 'actor'] as const;

const envSchema = z
  .object({
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    DATABASE_URL: z.url().optional(),
    DATA_DIR: z.string().default('data'),
    HO21_MODE: z.enum(['demo', 'production']).optional(),
    PUBLIC_URL: z.url().optional(),
    SESSION_SECRET: z.string().min(32).optional(),
    SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    OIDC_ISSUER: z.url().optional(),
    OIDC_CLIENT_ID: z.string().optional(),
    OIDC_CLIENT_SECRET: z.string().optional(),
    OIDC_NAME: z.string().default('ID-porten'),
    OIDC_ROLE_MAP: z.string().default(''),
    SMTP_URL: z.url().optional(),
    MAIL_FROM: z.string().default('HelseOmsorg21-rådet <ho21@example.invalid>'),
  })
  .superRefine((env, ctx) => {
    const mode = env.HO21_MODE ?? (env.DATABASE_URL ? 'production' : 'demo');
    if (mode === 'production' && !env.SESSION_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['SESSION_SECRET'], message: 'is required in production mode (at least 32 characters)' });
    }
    if (env.OIDC_ISSUER && !env.OIDC_CLIENT_ID) {
      ctx.addIssue({ code: 'custom', path: ['OIDC_CLIENT_ID'], message: 'is required when OIDC_ISSUER is set' });
    }
  });

export type Role = (typeof roles)[number];
export const ROLES = roles;

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  mode: 'demo' | 'production';
  publicUrl: string;
  sessionSecret: string | undefined;
  sessionTtlMs: number;
  logLevel: string;
  secureCookies: boolean;
  oidc:
    | { issuer: string; clientId: string; clientSecret: string | undefined; name: string; roleMap: string }
    | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the whole environment once, so misconfiguration fails at start-up with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set", as in most shells' `VAR= command`.
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const mode = e.HO21_MODE ?? (e.DATABASE_URL ? 'production' : 'demo');
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR),
    mode,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    sessionSecret: e.SESSION_SECRET,
    sessionTtlMs: e.SESSION_TTL_HOURS * 3600_000,
    logLevel: e.LOG_LEVEL,
    secureCookies: mode === 'production',
    oidc:
      e.OIDC_ISSUER && e.OIDC_CLIENT_ID
        ? {
            issuer: e.OIDC_ISSUER,
            clientId: e.OIDC_CLIENT_ID,
            clientSecret: e.OIDC_CLIENT_SECRET,
            name: e.OIDC_NAME,
            roleMap: e.OIDC_ROLE_MAP,
          }
        : undefined,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
  };
}
