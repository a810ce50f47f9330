import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createTransport } from 'nodemailer';
import type { Config } from '../config/env.ts';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends e-mail through SMTP when SMTP_URL is set; otherwise writes each message as an .eml file to
 * DATA_DIR/outbox, so development and tests can read what would have been sent.
 */
export async function sendMails(config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'dataDir'>, mails: readonly OutgoingMail[]): Promise<string[]> {
  if (config.smtpUrl) {
    const transport = createTransport(config.smtpUrl);
    for (const mail of mails) await transport.sendMail({ from: config.mailFrom, ...mail });
    return [];
  }
  const outbox = path.join(config.dataDir, 'outbox');
  fs.mkdirSync(outbox, { recursive: true });
  const transport = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  const files: string[] = [];
  for (const mail of mails) {
    const info = await transport.sendMail({ from: config.mailFrom, ...mail });
    const file = path.join(outbox, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID()}.eml`);
    fs.writeFileSync(file, info.message as Buffer);
    files.push(file);
  }
  return files;
}
