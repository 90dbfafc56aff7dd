/**
 * `pnpm atlas mcp`: the atlas as an MCP server over stdio, for a desktop AI assistant that starts
 * it as a command. Standard output carries the protocol alone; the tools call the API routes
 * in-process on the store the environment selects.
 */
import { Readable, Writable } from 'node:stream';
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { openStore } from '../../store/index.ts';
import type { CliContext } from '../context.ts';
import { CommandFailedError } from '../errors.ts';

export function registerMcp(program: Command, ctx: CliContext): void {
  program
    .command('mcp')
    .summary('serve the atlas to AI assistants over MCP (stdio)')
    .description(
      'Runs a Model Context Protocol server on standard input and output: tools for search, node ' +
        'details, neighbourhoods, the schema and every analysis, and the schema and a glossary as ' +
        'resources. A desktop AI assistant starts it as a command. Read-only; ATLAS_MCP_TOKEN is ' +
        'passed on to the API as a bearer token (write tools follow the API’s roles). The running ' +
        'server offers the same over HTTP at /mcp.',
    )
    .addHelpText(
      'after',
      '\nIn an assistant’s MCP configuration:\n' +
        '  "command": "npx", "args": ["pnpm@12.4.2", "--dir", "/path/to/chanjiao-atlas", "atlas", "mcp"],\n' +
        '  "env": { "ATLAS_DATA_DIR": "/path/to/chanjiao-atlas/data" }',
    )
    .action(async () => {
      const stdin = ctx.stdin;
      const stdout = ctx.stdout;
      if (!(stdin instanceof Readable) || !(stdout instanceof Writable))
        throw new CommandFailedError('mcp needs standard input and output streams');
      // The whole API and the MCP SDK load only for this command: loaded with the program they
      // held some 11 MB of every command's heap, an import's included. The server's V8 settings
      // come first: this process answers requests as the server does, long and short ones mixed.
      await import('../../v8-flags.ts');
      const [{ buildApp }, { createMcpServer }, { StdioServerTransport }] = await Promise.all([
        import('../../app.ts'),
        import('../../mcp/server.ts'),
        import('@modelcontextprotocol/sdk/server/stdio.js'),
      ]);
      const config = loadConfig(ctx.env);
      const store = await openStore(config);
      const app = await buildApp({ config, store, logger: false });
      try {
        await app.ready();
        const access = await app.mcpAccess(ctx.env.ATLAS_MCP_TOKEN || undefined);
        const server = createMcpServer(app, access);
        const transport = new StdioServerTransport(stdin, stdout);
        const ended = new Promise<void>((resolve) => {
          stdin.once('end', resolve);
          stdin.once('close', resolve);
          transport.onclose = resolve;
        });
        await server.connect(transport);
        await Promise.race([ended, ctx.stopSignal ?? new Promise<never>(() => {})]);
        await server.close();
      } finally {
        await app.close();
      }
    });
}
