// Starts ingest-child.ts in its own Node process and follows what it prints.

import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const CHILD = fileURLToPath(new URL("../fixtures/ingest-child.ts", import.meta.url));
const REPOSITORY = fileURLToPath(new URL("../../../../", import.meta.url));

/** A running worker. */
export interface ChildRun {
  child: ChildProcess;
  /** Resolves when the worker has printed `line`; rejects when it exits first or after `timeoutMs`. */
  waitForLine(line: string, timeoutMs: number): Promise<void>;
  /** Resolves with the exit code (or signal) and everything printed. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/** Starts a worker with the arguments ingest-child.ts takes. */
export function runIngestChild(args: string[]): ChildRun {
  const child = spawn(process.execPath, ["--import", "tsx", CHILD, ...args], { cwd: REPOSITORY, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  const listeners: (() => void)[] = [];
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
    listeners.forEach((listener) => listener());
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) => {
    child.on("exit", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });

  const waitForLine = (line: string, timeoutMs: number): Promise<void> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Worker did not print "${line}" within ${timeoutMs} ms. stderr: ${stderr}`)), timeoutMs);
      const check = (): void => {
        if (stdout.split("\n").includes(line)) {
          clearTimeout(timer);
          resolve();
        }
      };
      listeners.push(check);
      void exited.then(() => {
        clearTimeout(timer);
        if (!stdout.split("\n").includes(line)) {
          reject(new Error(`Worker exited before printing "${line}". stderr: ${stderr}`));
        }
      });
      check();
    });

  return { child, waitForLine, exited };
}
