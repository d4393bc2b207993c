// Owner fields hold user ids that differ per system: a Salesforce user Id (15 or 18 characters),
// a HubSpot owner id, a Marketo user id. The canonical user reference is the person's email in
// lower case, because it is the one identifier every system's user has. The user directory maps
// each system's id to the person.

import type { DirectoryUser, UserDirectory } from "../types";
import { salesforceIdsEqual } from "./salesforce-id";

/** Finds the person whose id in `system` is `nativeId`; Salesforce Ids match in 15- and 18-character form. */
export function findUserBySystemId(
  directory: UserDirectory | undefined,
  system: string,
  nativeId: string,
): DirectoryUser | undefined {
  return directory?.users.find((user) => {
    const id = user.ids[system];
    return id !== undefined && salesforceIdsEqual(id, nativeId);
  });
}

/** Finds the person whose email is the canonical reference. */
export function findUserByReference(
  directory: UserDirectory | undefined,
  reference: string,
): DirectoryUser | undefined {
  return directory?.users.find((user) => toUserReference(user) === reference);
}

/** Returns the canonical reference of a person: the email in lower case. */
export function toUserReference(user: DirectoryUser): string {
  return user.email.trim().toLowerCase();
}

/** Returns the person's id in the system when their user there is active, else undefined. */
export function findActiveSystemId(user: DirectoryUser, system: string): string | undefined {
  return user.active[system] === true ? user.ids[system] : undefined;
}
