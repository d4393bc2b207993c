import type { Writable } from "node:stream";

/**
 * An output stream for a stream of lines whose reader may close it early, as `| head` does. Once
 * the reader has gone (EPIPE), writes are dropped and `closed` is true, so the caller chooses
 * whether to go on without output or to stop. Any other write error is thrown by the next `write`.
 */
export class LineOutput {
  private closedByReader = false;
  private failure: unknown = null;

  constructor(private readonly stream: Writable) {
    // Never removed: the EPIPE of the last write arrives as an event one tick after it, when no
    // write is waiting any more, and an 'error' event without a listener would crash the process.
    stream.on("error", (error) => this.recordError(error));
  }

  /** Whether the reader has closed the output, so that nothing written reaches it. */
  get closed(): boolean {
    // A stream destroyed without an error (by its owner) accepts no more writes either.
    return this.closedByReader || (this.stream.destroyed && this.failure === null);
  }

  /** Writes `text`, waiting for the stream to drain when its buffer is full. */
  async write(text: string): Promise<void> {
    this.throwFailure();
    if (this.closed) {
      return;
    }
    let flushed: boolean;
    try {
      flushed = this.stream.write(text);
    } catch (error) {
      // A Writable whose `_write` writes synchronously and lets the error escape throws it here.
      this.recordError(error);
      flushed = true;
    }
    if (!flushed && !this.closed && this.failure === null) {
      await waitForDrain(this.stream);
    }
    this.throwFailure();
  }

  private recordError(error: unknown): void {
    if (isBrokenPipe(error)) {
      this.closedByReader = true;
    } else {
      this.failure ??= error;
    }
  }

  private throwFailure(): void {
    if (this.failure !== null) {
      throw this.failure;
    }
  }
}

function isBrokenPipe(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === "EPIPE";
}

// Settles on 'error' and 'close' as well as 'drain', because a stream that fails or is destroyed
// never drains. The caller reads the outcome from the error listener.
function waitForDrain(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const settle = (): void => {
      stream.off("drain", settle);
      stream.off("error", settle);
      stream.off("close", settle);
      resolve();
    };
    stream.on("drain", settle);
    stream.on("error", settle);
    stream.on("close", settle);
  });
}
