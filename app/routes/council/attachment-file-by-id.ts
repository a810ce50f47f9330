import { findDownloadById } from '#server/meetings/attachment-access.ts';
import { localeContext, servicesContext } from '../../context.ts';
import { currentActor } from '../../lib/access.ts';
import { attachmentResponse, notFound } from './attachment-response.ts';
import { parseIntParam } from './format.ts';
import type { Route } from './+types/attachment-file-by-id';

/** One version of an attachment of a case not yet numbered (before the notice): the same rules, a stable address. */
export async function loader({ params, context }: Route.LoaderArgs) {
  const { db, config } = context.get(servicesContext);
  const versionNumber = parseIntParam(params.version);
  if (!versionNumber || !/^[0-9a-f-]{36}$/.test(params.attachmentId)) throw notFound();
  return attachmentResponse(await findDownloadById(db, currentActor(context), params.attachmentId, versionNumber), config.dataDir, context.get(localeContext));
}
