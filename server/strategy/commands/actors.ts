import { z } from 'zod';
import { defineCommand } from '../../core/command.ts';
import { diffRecords } from '../../core/changes.ts';
import { updateVersioned } from '../../core/versioned.ts';
import { actors, ACTOR_TYPES } from '../schema.ts';
import { canEditStrategy, freeId, optionalText, recordId, requiredText, slugify, textLines, versionField } from './shared.ts';

const actorFields = {
  name: requiredText(300),
  shortName: optionalText(60),
  type: z.enum(ACTOR_TYPES, { error: 'strategyAdmin.errors.actorType' }),
  sector: optionalText(200),
  aliases: textLines(200),
  note: optionalText(4000),
};

export const createActor = defineCommand({
  name: 'strategy.actor.create',
  input: z.object(actorFields),
  authorize: canEditStrategy,
  async run({ tx, audit }, input) {
    const id = await freeId(tx, actors, slugify(input.shortName ?? input.name));
    const [row] = await tx
      .insert(actors)
      .values({ id, ...input })
      .returning();
    audit({ action: 'create', entity: 'actor', entityId: id, changes: diffRecords(null, row ?? null) });
    return row!;
  },
});

export const updateActor = defineCommand({
  name: 'strategy.actor.update',
  input: z.object({ id: recordId, version: versionField, ...actorFields }),
  authorize: canEditStrategy,
  async run({ tx, audit }, { id, version, ...values }) {
    const { before, after } = await updateVersioned(tx, actors, id, version, values);
    audit({ action: 'update', entity: 'actor', entityId: id, changes: diffRecords(before, after) });
    return after;
  },
});

/** A retired actor stays on the measures it was named for (history), but is no longer offered for new links. */
export const setActorRetired = defineCommand({
  name: 'strategy.actor.retire',
  input: z.object({ id: recordId, version: versionField, retired: z.boolean() }),
  authorize: canEditStrategy,
  async run({ tx, audit }, { id, version, retired }) {
    const { before, after } = await updateVersioned(tx, actors, id, version, { retiredAt: retired ? new Date() : null });
    audit({ action: retired ? 'retire' : 'restore', entity: 'actor', entityId: id, changes: diffRecords(before, after) });
    return after;
  },
});
