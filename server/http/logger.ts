import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'ho21' }, redact: ['req.headers.cookie', 'res.headers["set-cookie"]'] });
}
