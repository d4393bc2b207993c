// Owner fields hold user ids that differ per system: a Salesforce user Id (15 or 18 characters),
// a HubSpot owner id, a Marketo user id. The canonical user reference is the person's email in
// lower case, because it is the one identifier every system's user has. The user directory maps
// each system's id to the person.

import type { DirectoryUser, UserDirectory } from "../types";
import { toSalesforceId18 } from "./salesforce-id";

/** Finds the person whose id in `system` is `nativeId`; Salesforce Ids match in 15- and 18-character form. */
export function findUserBySystemId(
  directory: UserDirectory | undefined,
  system: string,
  nativeId: string,
): DirectoryUser | undefined {
  return directory === undefined ? undefined : indexOf(directory).bySystemId.get(system)?.get(toIdKey(nativeId));
}

/** Finds the person whose email is the canonical reference. */
export function findUserByReference(
  directory: UserDirectory | undefined,
  reference: string,
): DirectoryUser | undefined {
  return directory === undefined ? undefined : indexOf(directory).byReference.get(reference);
}

/** Returns the canonical reference of a person: the email in lower case. */
export function toUserReference(user: DirectoryUser): string {
  return user.email.trim().toLowerCase();
}

/** Returns the person's id in the system when their user there is active, else undefined. */
export function findActiveSystemId(user: DirectoryUser, system: string): string | undefined {
  return user.active[system] === true ? user.ids[system] : undefined;
}

/** The directory's people by system id and by reference; the first person listed wins a duplicate. */
interface DirectoryIndex {
  /** The list and length the index was built from, to notice a directory that grew or was replaced. */
  users: readonly DirectoryUser[];
  size: number;
  bySystemId: Map<string, Map<string, DirectoryUser>>;
  byReference: Map<string, DirectoryUser>;
}

// Owner lookups run for every change to an owner field, so the directory is indexed once rather
// than scanned per lookup.
const INDEXES = new WeakMap<UserDirectory, DirectoryIndex>();

function indexOf(directory: UserDirectory): DirectoryIndex {
  const cached = INDEXES.get(directory);
  if (cached !== undefined && cached.users === directory.users && cached.size === directory.users.length) {
    return cached;
  }
  const index = buildIndex(directory.users);
  INDEXES.set(directory, index);
  return index;
}

function buildIndex(users: readonly DirectoryUser[]): DirectoryIndex {
  const bySystemId = new Map<string, Map<string, DirectoryUser>>();
  const byReference = new Map<string, DirectoryUser>();
  for (const user of users) {
    for (const [system, id] of Object.entries(user.ids)) {
      let ids = bySystemId.get(system);
      if (ids === undefined) {
        ids = new Map();
        bySystemId.set(system, ids);
      }
      const key = toIdKey(id);
      if (!ids.has(key)) {
        ids.set(key, user);
      }
    }
    const reference = toUserReference(user);
    if (!byReference.has(reference)) {
      byReference.set(reference, user);
    }
  }
  return { users, size: users.length, bySystemId, byReference };
}

// Two ids match when both are Salesforce Ids of the same record, or when they are equal text. A
// valid Salesforce Id keys by its 18-character form; any other text keys as itself. No other text
// can equal an 18-character form, because that form always carries a valid checksum.
function toIdKey(id: string): string {
  return toSalesforceId18(id) ?? id;
}
