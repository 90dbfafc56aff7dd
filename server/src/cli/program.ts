/**
 * The `pnpm atlas` program: commander parses the command line, prints each command's usage for
 * `--help`, and names an unknown option together with the options the command has. A command is a
 * module in `commands/` that adds itself to the program (see `commands/index.ts`); adding one is
 * a new file and a line there.
 */
import { Command } from 'commander';
import { commands } from './commands/index.ts';
import type { CliContext } from './context.ts';
import { reportError, usageError } from './errors.ts';
import { missingRequired } from './values.ts';

const environmentHelp = `
The store is the one the environment selects, as for the server: ATLAS_STORE (embedded|neo4j),
ATLAS_DATA_DIR, NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.

Exit status: 0 success; 1 the command failed (data rejected, store unreachable, verification
failed); 2 usage error (unknown command or option, missing or bad value, bad environment variable).

Run "pnpm atlas <command> --help" for a command's options and examples.`;

/** After a usage error: the options the command has, and where to read more. */
function optionsOf(command: Command): string {
  const flags = [...command.options.map((o) => o.flags), '-h, --help'];
  const name = `pnpm atlas ${command.name()}`;
  return `Options of "${name}": ${flags.join(', ')}\n(see "${name} --help")`;
}

export function buildProgram(ctx: CliContext): Command {
  const program = new Command('pnpm atlas')
    .usage('<command> [options]')
    .description(
      'Chanjiao Atlas (产教图谱) on the command line: load, import, export, generate and migrate the graph.',
    )
    // Set before the commands are added: commander copies these settings into each of them.
    .configureOutput({
      writeOut: (text) => ctx.stdout.write(text),
      writeErr: (text) => ctx.stderr.write(text),
    })
    .exitOverride()
    .showSuggestionAfterError(true)
    .helpCommand('help [command]', 'show the usage of a command')
    .addHelpText('after', environmentHelp);
  for (const register of commands) register(program, ctx);
  program.hook('preAction', (_program, action) => {
    const missing = missingRequired(action);
    if (missing.length)
      usageError(
        action,
        `required option${missing.length > 1 ? 's' : ''} ${missing.map((f) => `'${f}'`).join(', ')} not specified`,
      );
  });
  for (const command of program.commands) command.showHelpAfterError(optionsOf(command));
  program.showHelpAfterError('(run "pnpm atlas --help" for the commands)');
  return program;
}

/** Runs the command line `argv` (without node and the script) and returns the exit status. */
export async function runCli(argv: string[], ctx: CliContext): Promise<number> {
  try {
    await buildProgram(ctx).parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    return reportError(ctx, error);
  }
}
