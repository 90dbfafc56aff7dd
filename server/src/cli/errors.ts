/**
 * How `pnpm atlas` ends: exit statuses, and errors turned into messages. Problems a user can fix
 * (the command line, an environment variable, a mapping, a file, an unreachable store) print a
 * message without a stack trace; only an unexpected error prints its stack, as a bug report.
 *
 * Exit statuses: 0 success; 1 the command ran and failed (data rejected, store unreachable, a
 * verification that did not match); 2 a usage error (unknown command or option, a missing or bad
 * value, a bad environment variable).
 */
import { CommanderError, type Command } from 'commander';
import { AtlasError, ConfigError } from '../errors.ts';
import { MappingError } from '../import/mapping/index.ts';
import type { CliContext } from './context.ts';

export const exitCodes = { ok: 0, failed: 1, usage: 2 } as const;

/** The command failed and has said why (e.g. an import rejected with its problems listed): exit 1. */
export class CommandFailedError extends Error {
  override name = 'CommandFailedError';
}

/** Stops the command with a usage error: the message, then the command's options (exit 2). */
export function usageError(command: Command, message: string): never {
  command.error(`error: ${message}`, { exitCode: exitCodes.usage, code: 'atlas.usage' });
}

/** Node's errors about files (ENOENT, EACCES, EISDIR…): the user's to fix, so no stack. */
function isFileError(error: unknown): error is NodeJS.ErrnoException & { path?: string } {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === 'string' &&
    typeof (error as NodeJS.ErrnoException).syscall === 'string'
  );
}

/** Prints what went wrong and returns the exit status. */
export function reportError(ctx: CliContext, error: unknown): number {
  const print = (line: string) => ctx.stderr.write(`${line}\n`);
  if (error instanceof CommanderError)
    // Commander has printed it already (help, or the error and the command's options).
    return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage;
  if (error instanceof CommandFailedError) {
    if (error.message) print(`error: ${error.message}`);
    return exitCodes.failed;
  }
  if (error instanceof ConfigError) {
    print(`error: ${error.message}`);
    return exitCodes.usage;
  }
  if (error instanceof MappingError) {
    print(`error: ${error.message}`);
    // A single problem is already in the message.
    if (error.details.length > 1)
      for (const d of error.details) print(`  ${Object.values(d).join(': ')}`);
    return exitCodes.failed;
  }
  if (error instanceof AtlasError) {
    print(`error: ${error.message}`);
    return exitCodes.failed;
  }
  if (isFileError(error)) {
    print(`error: ${error.message}`);
    return exitCodes.failed;
  }
  print(`unexpected error (please report it with what you ran):`);
  print(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return exitCodes.failed;
}
