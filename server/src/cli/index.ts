/**
 * `pnpm atlas <command>`: the command-line tool. It works on the store that the same environment
 * variables as the server select (ATLAS_STORE, ATLAS_DATA_DIR, NEO4J_*). The program itself is in
 * program.ts, each command in commands/.
 */
import { processContext } from './context.ts';
import { runCli } from './program.ts';

process.exitCode = await runCli(process.argv.slice(2), processContext());
