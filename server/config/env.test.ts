import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './env.ts';

describe('configuration', () => {
  it('defaults to demo mode on the embedded database, port 3000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ mode: 'demo', port: 3000, databaseUrl: undefined, secureCookies: false, publicUrl: 'http://localhost:3000' });
  });

  it('is production with PostgreSQL, and then demands a session secret', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/ho21' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/ho21' })).toThrow(/SESSION_SECRET: is required in production/);
    const config = loadConfig({ DATABASE_URL: 'postgres://db/ho21', SESSION_SECRET: 'x'.repeat(32) });
    expect(config).toMatchObject({ mode: 'production', secureCookies: true });
  });

  it('treats empty variables as unset and rejects nonsense clearly', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).port).toBe(3000);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  });
});
