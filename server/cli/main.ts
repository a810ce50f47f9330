// The operators' command line: `npm run ho21 -- <command> [options]`. Runs on Node 24 directly (no build).
import { parseArgs } from 'node:util';
import { listUsers, createUser } from '../auth/users.ts';
import { loadConfig } from '../config/env.ts';
import { systemActor } from '../core/actor.ts';
import { execute } from '../core/command.ts';
import { openDatabase, type Database } from '../db/client.ts';
import { fileStoreIn } from '../files/store.ts';
import { purgeAudioRecordings } from '../meetings/attachments.ts';
import { importIndicatorFile } from '../monitor/cli.ts';
import { seedDatabase } from '../seed/seed.ts';
import { promptSecret } from './prompt.ts';
// Field errors are message keys; the operator reads them in English. The catalogue is plain data.
import { en } from '../../app/i18n/en.ts';

const usage = `Usage: npm run ho21 -- <command> [options]

Commands:
  db:migrate                         apply database migrations
  db:seed [--demo]                   load the default HO21 data set (demo users only with --demo,
                                     or in demo mode)
  user:create --email E --name N --role R [--password P]
                                     create a user; prompts for the password when not given
                                     roles: admin, chair, member, observer, actor
  user:list                          list users
  indicator:import <file> --indicator ID [--format jsonstat|csv|xlsx]
                                     import an indicator's figures (replaces them; previews and
                                     stops on errors)
  attachments:purge-audio            delete the audio recordings of closed cases whose minutes
                                     are approved (also those an interrupted approval left)
`;

type Handler = (database: Database, args: string[]) => Promise<number>;

const commands: Record<string, Handler> = {
  'db:migrate': async () => {
    process.stdout.write('Migrations applied.\n');
    return 0;
  },
  'db:seed': async (database, args) => {
    const { values } = parseArgs({ args, options: { demo: { type: 'boolean', default: false } } });
    const report = await seedDatabase(database.db, { demo: values.demo || loadConfig().mode === 'demo' });
    process.stdout.write(`Seeded: ${JSON.stringify(report)}\n`);
    return 0;
  },
  'user:create': async (database, args) => {
    const { values } = parseArgs({
      args,
      options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, password: { type: 'string' } },
    });
    const password = values.password ?? (await promptSecret('Password (at least 12 characters): '));
    const outcome = await execute(database.db, createUser, systemActor('cli'), { ...values, password: password || undefined });
    if (!outcome.ok) {
      const detail = outcome.kind === 'invalid' ? Object.entries(outcome.fieldErrors).map(([f, m]) => `  ${f}: ${m.map((k) => en[k as keyof typeof en] ?? k).join(' ')}`) : [];
      process.stderr.write(`Could not create the user (${outcome.kind}):\n${detail.join('\n')}\n`);
      return 1;
    }
    process.stdout.write(`Created ${outcome.value.role} ${outcome.value.email} (${outcome.value.id}).\n`);
    return 0;
  },
  'indicator:import': (database, args) => importIndicatorFile(database.db, args),
  'attachments:purge-audio': async (database) => {
    const { purged, deleted } = await purgeAudioRecordings(database.db, fileStoreIn(loadConfig().dataDir), systemActor('cli'));
    process.stdout.write(`Audio recordings purged: ${purged}; files deleted from the store: ${deleted}.\n`);
    return 0;
  },
  'user:list': async (database) => {
    const rows = await listUsers(database.db);
    for (const u of rows) process.stdout.write(`${u.role.padEnd(9)} ${u.email.padEnd(36)} ${u.name}${u.active ? '' : ' (inactive)'}\n`);
    process.stdout.write(`${rows.length} users\n`);
    return 0;
  },
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const handler = name ? commands[name] : undefined;
  if (!handler) {
    process.stderr.write(name && name !== '--help' ? `Unknown command: ${name}\n\n${usage}` : usage);
    return name && name !== '--help' ? 2 : 0;
  }
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    // Every command works on the current schema, as the server does after its start-up migration.
    await database.migrate();
    return await handler(database, args);
  } finally {
    await database.close();
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Operator mistakes (bad configuration, a database held by the server, bad flags) get a message, not a trace.
  if (error instanceof Error && ['ConfigError', 'DatabaseBusyError'].includes(error.name)) {
    process.stderr.write(`${error.message}\n`);
  } else if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`${error.message}\n\n${usage}`);
  } else {
    throw error;
  }
  process.exitCode = 1;
}
