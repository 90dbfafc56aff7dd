/**
 * What every command of `pnpm atlas` works with: the environment that selects the store, and where
 * its output goes. The entry point passes the process's own; tests pass their own environment and
 * capture the output, so commands run in-process without spawning a CLI.
 */
import type { GraphStore } from '../store/port.ts';
import { loadConfig } from '../config.ts';
import { openStore } from '../store/index.ts';

/** Where a command writes: stdout for results, stderr for progress, warnings and errors. */
export interface OutputStream {
  write(text: string): unknown;
  /** A terminal: progress redraws in place. */
  isTTY?: boolean;
}

export interface CliContext {
  env: NodeJS.ProcessEnv;
  stdout: OutputStream;
  stderr: OutputStream;
  /** Standard input, for commands that speak a protocol over stdin and stdout (mcp). */
  stdin?: NodeJS.ReadableStream;
  /** Resolves when a long-running command (a server) should stop. */
  stopSignal?: Promise<void>;
}

export function processContext(): CliContext {
  return { env: process.env, stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
}

/** Prints a line to stdout. */
export function say(ctx: CliContext, line: string): void {
  ctx.stdout.write(`${line}\n`);
}

/** Prints a line to stderr. */
export function note(ctx: CliContext, line: string): void {
  ctx.stderr.write(`${line}\n`);
}

/** Runs `work` on the store the environment selects, closing it afterwards. */
export async function withStore<T>(
  ctx: CliContext,
  work: (store: GraphStore) => Promise<T>,
): Promise<T> {
  const store = await openStore(loadConfig(ctx.env));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
