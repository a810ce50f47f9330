import { z } from 'zod';
import { auditLog, type FieldChanges } from '../audit/schema.ts';
import type { Db, Tx } from '../db/types.ts';
import { type Actor, actorLabel } from './actor.ts';
import { CommandFailure, type Outcome } from './outcome.ts';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string;
  changes: FieldChanges;
}

export interface CommandContext {
  tx: Tx;
  actor: Actor;
  /** Queues an audit entry, written in the same transaction as the change it describes. */
  audit(entry: AuditEntry): void;
}

export interface Command<S extends z.ZodType, R> {
  name: string;
  input: S;
  authorize(actor: Actor, input: z.output<S>): boolean;
  run(ctx: CommandContext, input: z.output<S>): Promise<R>;
}

export function defineCommand<S extends z.ZodType, R>(command: Command<S, R>): Command<S, R> {
  return command;
}

export interface ExecuteOptions {
  requestId?: string;
}

/**
 * The one way anything is written: validate the input, authorise the actor, run in a transaction,
 * and append the audit entries in that same transaction, so no change exists without its record.
 */
export async function execute<S extends z.ZodType, R>(
  db: Db,
  command: Command<S, R>,
  actor: Actor,
  rawInput: unknown,
  options: ExecuteOptions = {},
): Promise<Outcome<R>> {
  const parsed = command.input.safeParse(rawInput);
  if (!parsed.success) {
    const flat = z.flattenError(parsed.error);
    return { ok: false, kind: 'invalid', fieldErrors: flat.fieldErrors as Record<string, string[]>, formErrors: flat.formErrors };
  }
  const input = parsed.data;
  if (!command.authorize(actor, input)) return { ok: false, kind: 'forbidden' };
  try {
    const value = await db.transaction(async (tx) => {
      const entries: AuditEntry[] = [];
      const result = await command.run({ tx, actor, audit: (entry) => entries.push(entry) }, input);
      if (entries.length > 0) {
        await tx.insert(auditLog).values(
          entries.map((entry) => ({
            ...entry,
            actorUserId: actor.kind === 'user' ? actor.userId : null,
            actorLabel: actorLabel(actor),
            requestId: options.requestId ?? null,
          })),
        );
      }
      return result;
    });
    return { ok: true, value };
  } catch (error) {
    if (error instanceof CommandFailure) return { ok: false, ...error.failure };
    throw error;
  }
}
