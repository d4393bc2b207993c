// The user directory file (`--users FILE`):
//   { "users": [ { "email": "dana.reyes@example.com",
//                  "ids": { "crm": "0055f000005mc66AAA", "map": "280725669" },
//                  "active": { "crm": true, "map": true } } ] }
// `ids` and `active` are keyed by the policy's system names.

import type { UserDirectory } from "../types";

/** The directory, or what is wrong with the input. */
export type UserDirectoryCheck = { ok: true; directory: UserDirectory } | { ok: false; message: string };

/** Checks parsed JSON against the user directory format. */
export function checkUserDirectory(input: unknown): UserDirectoryCheck {
  if (!isRecord(input) || !Array.isArray(input.users)) {
    return { ok: false, message: 'The user directory must be a JSON object with a "users" array.' };
  }
  for (const [index, user] of input.users.entries()) {
    const where = `users[${index}]`;
    if (!isRecord(user) || typeof user.email !== "string" || user.email.trim() === "") {
      return { ok: false, message: `${where} needs an "email" string.` };
    }
    if (!isRecord(user.ids) || !Object.values(user.ids).every((id) => typeof id === "string")) {
      return { ok: false, message: `${where} needs "ids", an object of user ids (strings) keyed by system name.` };
    }
    if (!isRecord(user.active) || !Object.values(user.active).every((flag) => typeof flag === "boolean")) {
      return { ok: false, message: `${where} needs "active", an object of true or false keyed by system name.` };
    }
  }
  // Every user was checked above for the fields the type requires.
  return { ok: true, directory: input as unknown as UserDirectory };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
