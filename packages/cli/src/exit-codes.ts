/** No errors. */
export const EXIT_OK = 0;
/** The input has errors (a policy, a conflict, a failed check). */
export const EXIT_INPUT_ERRORS = 1;
/** A usage mistake or an internal error. */
export const EXIT_USAGE = 2;
