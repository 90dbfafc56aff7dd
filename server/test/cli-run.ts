/**
 * The command-line tool run in process for tests: the arguments after `atlas`, the environment
 * that selects the store, and what it printed.
 */
import type { CliContext } from '../src/cli/context.ts';
import { runCli } from '../src/cli/program.ts';

export async function atlas(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const ctx: CliContext = {
    env,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  };
  return { code: await runCli(args, ctx), stdout, stderr };
}
