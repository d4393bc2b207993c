// Opens fresh stores on both engines for tests that run the same cases on SQLite and PostgreSQL.

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { StoreEngine } from "../../src/index";
import type { PostgresServer } from "./postgres-server";

/** The engines every store test runs on. */
export const ENGINES: readonly StoreEngine[] = ["sqlite", "postgres"];

let databaseCounter = 0;

/**
 * Returns the location of a new, empty store: a file in a new temporary folder for SQLite, a new
 * database on `server` for PostgreSQL.
 */
export async function createStoreLocation(engine: StoreEngine, server: PostgresServer | null): Promise<string> {
  if (engine === "sqlite") {
    return join(mkdtempSync(join(tmpdir(), "fp-store-sqlite-")), "store.sqlite");
  }
  if (server === null) {
    throw new Error("The PostgreSQL test server did not start.");
  }
  databaseCounter += 1;
  return server.createDatabase(`store_${process.pid}_${databaseCounter}`);
}
