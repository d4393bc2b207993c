import { openPostgresStore } from "./postgres-store";
import { openSqliteStore } from "./sqlite-store";
import type { DecisionStore } from "./store";
import { StoreError } from "./store-error";

/** Store used when a command gets no `--store`: a SQLite file under the working directory. */
export const DEFAULT_STORE_LOCATION = ".fieldpolicy/store.sqlite";

/** Options of `openStore`. */
export interface OpenStoreOptions {
  /** PostgreSQL application name of this process's connections. */
  applicationName?: string;
  /** SQLite busy timeout in milliseconds. */
  busyTimeoutMs?: number;
}

/**
 * Opens the store at `location`: a `postgres://` or `postgresql://` URL opens PostgreSQL, anything
 * else without a URL scheme is a SQLite file path (created when missing). Pending migrations are
 * applied, and a store with a newer schema than this code raises a StoreError.
 */
export async function openStore(location: string, options: OpenStoreOptions = {}): Promise<DecisionStore> {
  if (location.trim() === "") {
    throw new StoreError("The store location is empty. Pass a SQLite file path or a postgres:// URL to --store.", 2);
  }

  if (/^postgres(ql)?:\/\//i.test(location)) {
    return openPostgresStore(location, options);
  }

  // A scheme other than postgres (mysql://, file://) would otherwise become an odd file name.
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(location);
  if (scheme !== null) {
    throw new StoreError(
      `Unsupported store URL scheme "${scheme[1]}" in ${location}. Use a postgres:// URL or a SQLite file path.`,
      2,
    );
  }
  return openSqliteStore(location, options);
}
