/**
 * A failure the user can fix: a bad store location, a store written by a newer fieldpolicy, an
 * unknown exception id, a value the field does not allow. The command line prints its message
 * without a stack trace and exits 1 (errors in the input) or 2 (usage), as `exitCode` says.
 */
export class StoreError extends Error {
  readonly exitCode: 1 | 2;

  constructor(message: string, exitCode: 1 | 2 = 1) {
    super(message);
    this.name = "StoreError";
    this.exitCode = exitCode;
  }
}
