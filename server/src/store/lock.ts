/**
 * A first-come, first-served asynchronous lock: `acquire` resolves with a release function once
 * every earlier holder has released. Stores hold it for each write and for a whole bulk session,
 * so writes never interleave with a long import.
 */
export class WriteLock {
  private tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const ready = this.tail.then(() => release);
    this.tail = this.tail.then(() => released);
    return ready;
  }

  /** Runs `work` holding the lock. */
  async run<T>(work: () => Promise<T> | T): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }
}
