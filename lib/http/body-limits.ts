// The most a request body may hold, per door. Each door stops reading at its limit (readBodyWithin, or
// Next's own counting for server actions) and answers 413; the README's deployment section lists them.

/** next-auth's sign-in, callback and sign-out forms: a few fields. */
export const AUTH_MAX_BODY_BYTES = 16 * 1024;

/** A console server action's arguments: the console's forms are a few fields (Next's default is 1 MB). */
export const SERVER_ACTION_MAX_BODY_BYTES = 64 * 1024;
