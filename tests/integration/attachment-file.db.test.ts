import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { RouterContextProvider } from 'react-router';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loader } from '../../app/routes/council/attachment-file.ts';
import { localeContext, servicesContext, userContext } from '../../app/context.ts';
import { users } from '../../server/auth/schema.ts';
import type { SessionUser } from '../../server/auth/sessions.ts';
import { seedCouncil } from '../../server/council/seed.ts';
import type { Actor } from '../../server/core/actor.ts';
import { execute } from '../../server/core/command.ts';
import { fileStoreIn } from '../../server/files/store.ts';
import type { Services } from '../../server/http/services.ts';
import { addAttachment, purgeAudioRecordings, withStoredFile } from '../../server/meetings/attachments.ts';
import { findCaseByNumber } from '../../server/meetings/queries.ts';
import { councilCases, meetings } from '../../server/meetings/schema.ts';
import { seedDemoUsers } from '../../server/seed/demo-users.ts';
import { seedStrategy } from '../../server/strategy/seed.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

// The download route itself: streaming, headers, 404 for what the viewer may not read, 410 for a purged version.
describe('the attachment download route', () => {
  let database: TestDatabase;
  let dataDir: string;
  const people: Record<string, SessionUser> = {};
  const urlOf: Record<string, string> = {};

  function call(user: SessionUser | null, id: string) {
    const context = new RouterContextProvider();
    context.set(servicesContext, { db: database.db, config: { dataDir } } as unknown as Services);
    context.set(userContext, user);
    context.set(localeContext, 'nb');
    const params = { year: '2020', number: '1', caseNumber: '7-2020', attachmentId: id, version: '1' };
    return loader({ request: new Request(`http://ho21.test/moter/2020/1/saker/7-2020/vedlegg/${id}/1`), params, context } as unknown as Parameters<typeof loader>[0]);
  }
  async function status(user: SessionUser | null, id: string): Promise<number> {
    try {
      return (await call(user, id)).status;
    } catch (thrown) {
      return (thrown as { init?: { status?: number } }).init?.status ?? 500;
    }
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ho21-download-'));
    await seedStrategy(database.db);
    await seedDemoUsers(database.db);
    await seedCouncil(database.db, { demo: true });
    for (const u of await database.db.select().from(users)) people[u.email.split('@')[0] ?? ''] = { id: u.id, email: u.email, name: u.name, role: u.role };
    const admin: Actor = { kind: 'user', userId: people.sekretariat?.id ?? '', role: 'admin', name: 'Sara' };
    const found = await findCaseByNumber(database.db, 2020, 7);
    for (const [name, kind, visibility, fileName] of [
      ['report', 'document', 'public', 'Årsrapport 2020.pdf'],
      ['audio', 'audio', 'internal', 'opptak.mp3'],
    ] as const) {
      const added = await withStoredFile(database.db, fileStoreIn(dataDir), admin, { content: Buffer.from(`${name} bytes`), fileName, mediaType: kind === 'audio' ? 'audio/mpeg' : 'application/pdf' }, (file) =>
        execute(database.db, addAttachment, admin, { caseId: found?.c.id, title: name, kind, visibility, file }),
      );
      if (!added.ok) throw new Error(added.kind);
      urlOf[name] = added.value.attachment.id;
    }
  });
  afterAll(async () => {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('streams a public file to anyone with its type and original name', async () => {
    const response = await call(null, urlOf.report ?? '');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/pdf');
    expect(response.headers.get('Content-Disposition')).toBe(`attachment; filename="_rsrapport 2020.pdf"; filename*=UTF-8''%C3%85rsrapport%202020.pdf`);
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=300');
    expect(await response.text()).toBe('report bytes');
  });

  it('answers 404 to the public and members for the internal recording, and serves it to the secretariat', async () => {
    expect(await status(null, urlOf.audio ?? '')).toBe(404);
    expect(await status(people.medlem ?? null, urlOf.audio ?? '')).toBe(404);
    const response = await call(people.sekretariat ?? null, urlOf.audio ?? '');
    expect([response.status, response.headers.get('Cache-Control')]).toEqual([200, 'private, no-store']);
    expect(await status(null, 'not-a-uuid')).toBe(404);
  });

  it('tells the secretariat that a purged version is gone (410) and everyone else nothing (404)', async () => {
    const found = await findCaseByNumber(database.db, 2020, 7);
    await database.db.update(councilCases).set({ decision: 'Tatt til orientering.' }).where(eq(councilCases.id, found?.c.id ?? ''));
    await database.db.update(meetings).set({ state: 'minutes-approved' }).where(eq(meetings.id, found?.meeting.id ?? ''));
    expect(await purgeAudioRecordings(database.db, fileStoreIn(dataDir))).toEqual({ purged: 1, deleted: 1 });
    const response = await call(people.sekretariat ?? null, urlOf.audio ?? '');
    expect(response.status).toBe(410);
    expect(await response.text()).toMatch(/^Versjon 1 av vedlegget \(opptak\.mp3\) ble slettet .+ fordi referatet er godkjent og saken avsluttet\./);
    expect(await status(people.medlem ?? null, urlOf.audio ?? '')).toBe(404);
  });
});
