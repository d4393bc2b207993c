import type { ChildProcess } from "node:child_process";

// The signals that end a command line program: Ctrl-C, a supervisor's stop, a closed terminal.
const ENDING_SIGNALS: readonly NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

/**
 * Ends `child` when this process gets SIGINT, SIGTERM or SIGHUP, or exits, while the child runs.
 * A child left behind is adopted by PID 1 and runs until its own work ends, because a signal sent
 * to this PID alone (not to the process group, as Ctrl-C in a terminal does) never reaches it. On
 * a signal, this process passes it on, removes its handlers and raises it again, so it ends as the
 * signal would have ended it. Returns the function that removes the handlers, for when the child
 * has exited.
 */
export function endChildWithParent(child: ChildProcess): () => void {
  const killChild = (): void => {
    child.kill("SIGTERM");
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    release();
    child.kill(signal);
    process.kill(process.pid, signal);
  };
  const release = (): void => {
    process.off("exit", killChild);
    for (const signal of ENDING_SIGNALS) {
      process.off(signal, onSignal);
    }
  };

  process.on("exit", killChild);
  for (const signal of ENDING_SIGNALS) {
    process.on(signal, onSignal);
  }
  return release;
}
