/** Errors a user can fix: the CLI prints their message (no stack trace) and exits with their code. */

/** Bad arguments: exit code 2, printed with the usage text. */
export class UsageError extends Error {
  readonly exitCode = 2;
}

/** An input the CLI cannot work with (unreadable, too large, not HTML): exit code 1. */
export class InputError extends Error {
  readonly exitCode = 1;
}

/** Whether `error` is one of ours, a message meant for the user. */
export function isUserError(error: unknown): error is UsageError | InputError {
  return error instanceof UsageError || error instanceof InputError;
}
