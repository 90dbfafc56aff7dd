/**
 * The command line as people use it: every command prints its usage for `--help`, an unknown
 * option names itself and the command's options, bad values name the option and the rule, and
 * user errors end with a message and exit status 2 (usage) or 1 (failed), never a stack trace.
 * The program runs in-process with captured output; one test runs the real entry point.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliContext } from './context.ts';
import { runCli } from './program.ts';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-cli-'));
}

async function atlas(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const ctx: CliContext = {
    env: { ATLAS_STORE: 'embedded', ATLAS_DATA_DIR: tempDir(), ...env },
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  };
  const code = await runCli(args, ctx);
  return { code, stdout, stderr };
}

const stackLine = /^\s+at .+:\d+:\d+\)?$/m;

/** Each command and options its help must list. */
const commandOptions: Record<string, string[]> = {
  seed: [],
  load: ['<set>', 'regions', 'gbt4754-sections'],
  import: [
    '<paths...>',
    '--mapping <file>',
    '--preset <name>',
    '--encoding <encoding>',
    '--dry-run',
  ],
  export: ['--format <format>', '--out <file>'],
  stats: [],
  migrate: ['--from <store>', '--to <store>', '--force'],
  generate: ['--nodes <n>', '--seed <s>', '--out <file>'],
  mcp: ['ATLAS_MCP_TOKEN', '"command"'],
};

describe('pnpm atlas --help', () => {
  it('lists every command, the environment and the exit statuses', async () => {
    const { code, stdout } = await atlas(['--help']);
    expect(code).toBe(0);
    for (const name of Object.keys(commandOptions))
      expect(stdout).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
    expect(stdout).toContain('ATLAS_STORE');
    expect(stdout).toContain('2 usage error');
  });

  for (const [name, options] of Object.entries(commandOptions)) {
    it(`${name} --help prints the usage of ${name} and exits 0`, async () => {
      const { code, stdout, stderr } = await atlas([name, '--help']);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toMatch(new RegExp(`^Usage: pnpm atlas ${name}`));
      for (const option of options) expect(stdout).toContain(option);
    });
  }

  it('help <command> prints the same as <command> --help', async () => {
    const viaHelp = await atlas(['help', 'import']);
    const viaFlag = await atlas(['import', '--help']);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout).toBe(viaFlag.stdout);
  });

  it('without a command prints the usage on stderr and exits 2', async () => {
    const { code, stdout, stderr } = await atlas([]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Usage: pnpm atlas <command>/);
  });
});

describe('pnpm atlas usage errors (exit 2, no stack trace)', () => {
  const cases: { args: string[]; says: RegExp[] }[] = [
    {
      args: ['generate', '--nodez', '5'],
      says: [
        /unknown option '--nodez'/,
        /Did you mean --nodes\?/,
        /Options of "pnpm atlas generate": --nodes <n>, --seed <s>, --out <file>/,
      ],
    },
    {
      args: ['generate', '--nodes', '3000'],
      says: [/required option '--out <file>' not specified/],
    },
    {
      args: ['generate', '--nodes', '12', '--out', 'x'],
      says: [/'--nodes <n>' argument '12' is invalid. it must be a whole number ≥ 2000/],
    },
    {
      args: ['generate', '--nodes', '3000', '--seed', 'abc', '--out', 'x'],
      says: [/'--seed <s>' argument 'abc' is invalid/],
    },
    {
      args: ['import'],
      says: [/missing required argument 'paths'/, /Options of "pnpm atlas import"/],
    },
    {
      args: ['import', 'x.csv', '--preset', 'isco'],
      says: [/'isco' is invalid. Allowed choices are onet, esco/],
    },
    {
      args: ['import', 'x.csv', '--preset', 'onet', '--mapping', 'm.yaml'],
      says: [/'--preset <name>' cannot be used with option '--mapping <file>'/],
    },
    {
      args: ['import', 'x.csv', '--encoding', 'latin1'],
      says: [/Allowed choices are utf-8, gb18030, gbk, utf-16le/],
    },
    {
      args: ['import', 'x.ndjson', '--dryrun'],
      says: [/unknown option '--dryrun'/, /Did you mean --dry-run\?/],
    },
    { args: ['export', '--format', 'pdf'], says: [/Allowed choices are ndjson, graphml, gexf/] },
    {
      args: ['export', '--fromat', 'gexf'],
      says: [
        /unknown option '--fromat'/,
        /Options of "pnpm atlas export": --format <format>, --out <file>/,
      ],
    },
    {
      args: ['load', 'provinces'],
      says: [
        /'provinces' is invalid for argument 'set'. Allowed choices are regions, gbt4754-sections/,
      ],
    },
    { args: ['load'], says: [/missing required argument 'set'/] },
    { args: ['stats', 'extra'], says: [/too many arguments for 'stats'/] },
    {
      args: ['seed', '--all'],
      says: [/unknown option '--all'/, /Options of "pnpm atlas seed": -h, --help/],
    },
    {
      args: ['migrate', '--from', 'embedded'],
      says: [/required option '--to <store>' not specified/],
    },
    {
      args: ['migrate', '--from', 'embedded', '--to', 'embedded'],
      says: [/--from and --to must be different stores/],
    },
    {
      args: ['migrate', '--from', 'sqlite', '--to', 'neo4j'],
      says: [/Allowed choices are embedded, neo4j/],
    },
    { args: ['gnerate'], says: [/unknown command 'gnerate'/, /Did you mean generate\?/] },
  ];
  for (const { args, says } of cases)
    it(`atlas ${args.join(' ')}`, async () => {
      const { code, stdout, stderr } = await atlas(args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      for (const pattern of says) expect(stderr).toMatch(pattern);
      expect(stderr).not.toMatch(stackLine);
    });

  it('a bad environment variable is a usage error naming it', async () => {
    const { code, stderr } = await atlas(['stats'], { ATLAS_STORE: 'sqlite' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/ATLAS_STORE="sqlite"/);
    expect(stderr).not.toMatch(stackLine);
  });
});

describe('pnpm atlas failures (exit 1, a message, no stack trace)', () => {
  it('a missing file', async () => {
    const { code, stderr } = await atlas(['import', '/no/such/file.ndjson']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/\/no\/such\/file\.ndjson: no such file or folder/);
    expect(stderr).not.toMatch(stackLine);
  });

  it('a file that cannot be written', async () => {
    const { code, stderr } = await atlas([
      'generate',
      '--nodes',
      '2000',
      '--out',
      '/no/such/dir/x.ndjson',
    ]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/ENOENT/);
    expect(stderr).not.toMatch(stackLine);
  });

  it('an import with a bad record lists the problem and writes nothing', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'bad.ndjson');
    fs.writeFileSync(
      file,
      '{"type":"node","kind":"Chain","key":"c1","props":{"name_zh":"链"}}\n{"type":"node","kind":"Chain","key":"c2","props":{}}\n',
    );
    const env = { ATLAS_DATA_DIR: path.join(dir, 'data') };
    const rejected = await atlas(['import', file], env);
    expect(rejected.code).toBe(1);
    expect(rejected.stderr).toMatch(/bad\.ndjson row 2 \(props\.name_zh\)/);
    expect(rejected.stderr).not.toMatch(stackLine);
    const stats = await atlas(['stats'], env);
    expect(stats.code).toBe(0);
    expect(JSON.parse(stats.stdout)).toMatchObject({ nodes: 0, edges: 0 });
  });

  it('an unreachable Neo4j', async () => {
    const { code, stderr } = await atlas(['stats'], {
      ATLAS_STORE: 'neo4j',
      NEO4J_URI: 'bolt://127.0.0.1:1',
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/Neo4j at bolt:\/\/127\.0\.0\.1:1 is unavailable/);
    expect(stderr).not.toMatch(stackLine);
  });
});

describe('pnpm atlas commands', () => {
  it('generate, import and export round-trip a graph', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'g.ndjson');
    const env = { ATLAS_DATA_DIR: path.join(dir, 'data') };
    const generated = await atlas(
      ['generate', '--nodes', '2000', '--seed', '7', '--out', file],
      env,
    );
    expect(generated.code).toBe(0);
    expect(generated.stdout).toMatch(/^Wrote .*g\.ndjson: 2000 nodes, \d+ relationships/);
    const imported = await atlas(['import', file], env);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/^Imported: \d+ records; nodes 2000 new/);
    const exported = await atlas(['export'], env);
    expect(exported.code).toBe(0);
    const ids = (text: string) =>
      text
        .trim()
        .split('\n')
        .map((line) => {
          const r = JSON.parse(line) as {
            type: string;
            kind?: string;
            key?: string;
            rel?: string;
            from?: { kind: string; key: string };
            to?: { kind: string; key: string };
          };
          return r.type === 'node'
            ? `${r.kind}:${r.key}`
            : `${r.rel} ${r.from?.kind}:${r.from?.key} ${r.to?.kind}:${r.to?.key}`;
        })
        .sort();
    expect(ids(exported.stdout)).toEqual(ids(fs.readFileSync(file, 'utf8')));
  });
});

describe('the entry point', () => {
  it('runs as a process: --help exits 0, an unknown option exits 2 without a stack', () => {
    const cli = path.join(import.meta.dirname, 'index.ts');
    const run = (args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8' });
    const help = run(['generate', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: pnpm atlas generate \[options\]/);
    const bad = run(['generate', '--bogus']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown option '--bogus'/);
    expect(bad.stderr).not.toMatch(stackLine);
  });
});
