/** Why a command did not happen. Field errors carry i18n message keys, translated where they are shown. */
export type Failure =
  | { kind: 'invalid'; fieldErrors: Record<string, string[]>; formErrors: string[] }
  | { kind: 'forbidden' }
  | { kind: 'not-found' }
  | { kind: 'conflict'; current: unknown };

export type Outcome<T> = { ok: true; value: T } | ({ ok: false } & Failure);

/** Thrown inside a command to abandon its transaction with a failure the caller can show. */
export class CommandFailure extends Error {
  readonly failure: Failure;
  constructor(failure: Failure) {
    super(failure.kind);
    this.failure = failure;
  }
}

export function invalid(fieldErrors: Record<string, string[]>, formErrors: string[] = []): CommandFailure {
  return new CommandFailure({ kind: 'invalid', fieldErrors, formErrors });
}
