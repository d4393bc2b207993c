// Starts a throwaway PostgreSQL server for the store's tests: initdb into a temporary folder, then
// pg_ctl start on a free loopback port with the socket in that folder. initdb refuses to run as
// root, so as root the server runs as the `postgres` user (Debian's package creates it). Every
// failure raises: the PostgreSQL tests must fail, never skip, when no server can start.

import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import pg from "pg";

/** A running server and how to reach and stop it. */
export interface PostgresServer {
  /** URL of the server's `postgres` database. */
  url: string;
  /** Creates an empty database and returns its URL. */
  createDatabase(name: string): Promise<string>;
  stop(): void;
}

const SUPERUSER = "fieldpolicy";

function findBinDir(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => existsSync(join(root, name, "bin", "pg_ctl")))
        .sort((left, right) => Number(right) - Number(left))
    : [];
  const newest = versions[0];
  if (newest === undefined) {
    throw new Error(
      "No PostgreSQL server binaries under /usr/lib/postgresql/*/bin. Install them with `apt-get install -y postgresql` (.ci/run does this on CI).",
    );
  }
  return join(root, newest, "bin");
}

async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address !== null ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Runs a PostgreSQL binary, as `postgres` when this process is root. */
function runAsServerUser(binary: string, args: string[]): void {
  const asRoot = userInfo().uid === 0;
  const [command, commandArgs] = asRoot ? ["runuser", ["-u", "postgres", "--", binary, ...args]] : [binary, args];
  execFileSync(command, commandArgs, { stdio: "pipe", timeout: 60_000 });
}

/** Options of `startPostgresServer`. */
export interface PostgresServerOptions {
  /** Keep fsync on, as a production server runs; default false, which is faster for tests. */
  durable?: boolean;
}

/** Starts a new server; the caller must call `stop()`. */
export async function startPostgresServer(options: PostgresServerOptions = {}): Promise<PostgresServer> {
  const bin = findBinDir();
  const dir = mkdtempSync(join(tmpdir(), "fp-store-pg-"));
  if (userInfo().uid === 0) {
    chownSync(dir, Number(execFileSync("id", ["-u", "postgres"]).toString().trim()), Number(execFileSync("id", ["-g", "postgres"]).toString().trim()));
  }
  const data = join(dir, "data");
  const log = join(dir, "server.log");
  const port = await findFreePort();

  try {
    runAsServerUser(join(bin, "initdb"), ["-D", data, "-U", SUPERUSER, "--auth=trust", "-E", "UTF8", "--no-sync"]);
    // fsync off by default: the tests kill clients, never this server, and a throwaway server
    // need not survive a power loss. Benchmarks keep it on.
    const fsync = options.durable === true ? "" : " -c fsync=off";
    const serverOptions = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir}${fsync} -c max_connections=60`;
    runAsServerUser(join(bin, "pg_ctl"), ["-D", data, "-l", log, "-o", serverOptions, "-w", "-t", "60", "start"]);
  } catch (error) {
    const serverLog = existsSync(log) ? readFileSync(log, "utf8") : "(no server log)";
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`Cannot start a test PostgreSQL server from ${bin}: ${(error as Error).message}\n${serverLog}`);
  }

  const url = `postgres://${SUPERUSER}@127.0.0.1:${port}/postgres`;

  return {
    url,
    async createDatabase(name: string): Promise<string> {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return `postgres://${SUPERUSER}@127.0.0.1:${port}/${name}`;
    },
    stop(): void {
      try {
        runAsServerUser(join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
