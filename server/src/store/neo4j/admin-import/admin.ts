/**
 * Running Neo4j's bulk loader: the arguments of `neo4j-admin database import full` for a
 * conversion (pure, tested), and the `scripts/neo4j` commands that stop the server, run the loader
 * from the same Maven jars as the server, and start it again.
 */
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { arrayDelimiterOption } from './csv.ts';
import type { Conversion } from './convert.ts';

/** The repository's scripts/neo4j. */
export const neo4jScript = path.resolve(import.meta.dirname, '../../../../../scripts/neo4j');

export interface LoaderSettings {
  database: string;
  /** Worker threads of the loader (default: what the JVM sees). */
  threads?: number;
  /** Cap on the loader's off-heap memory, e.g. `2G` (default: Neo4j's, 90 % of the machine). */
  maxOffHeap?: string;
  reportFile: string;
}

/** The arguments after `neo4j-admin database import full`. */
export function loaderArguments(conversion: Conversion, settings: LoaderSettings): string[] {
  return [
    // The database first: after --relationships, picocli would read it as one more file.
    settings.database,
    '--overwrite-destination=true',
    '--id-type=string',
    `--array-delimiter=${arrayDelimiterOption}`,
    `--multiline-fields=${conversion.multiline}`,
    // The conversion checked every relationship's ends and wrote no duplicate node: any bad entry
    // is a bug, and should stop the load rather than be skipped.
    '--bad-tolerance=0',
    '--skip-bad-relationships=false',
    '--skip-duplicate-nodes=false',
    `--report-file=${settings.reportFile}`,
    ...(settings.threads ? [`--threads=${settings.threads}`] : []),
    ...(settings.maxOffHeap ? [`--max-off-heap-memory=${settings.maxOffHeap}`] : []),
    ...conversion.nodeFiles.map((g) => `--nodes=${g.name}=${g.header},${g.data}`),
    ...conversion.relationshipFiles.map((g) => `--relationships=${g.name}=${g.header},${g.data}`),
  ];
}

const execScript = promisify(execFile);

/** `scripts/neo4j status`: 0 running and answering, 1 running but not answering, 3 not running. */
export async function serverStatus(script = neo4jScript): Promise<number> {
  try {
    await execScript(script, ['status'], { timeout: 60_000 });
    return 0;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'number' ? code : 1;
  }
}

export interface ScriptOptions {
  /** scripts/neo4j (tests may point elsewhere). */
  script?: string;
  /** Echo the script's output on this process's stderr (else it is kept for an error message). */
  echo?: boolean;
  /** Extra environment for the script (e.g. NEO4J_WARM_UP=0). */
  env?: Record<string, string>;
}

/** Runs a scripts/neo4j command; a failure carries the end of its output. */
export function runScript(args: string[], options: ScriptOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(options.script ?? neo4jScript, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...options.env },
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      if (options.echo) process.stderr.write(chunk);
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(
            new Error(
              `scripts/neo4j ${args[0]} failed (exit code ${code ?? 'signal'}):\n` +
                output.split('\n').slice(-40).join('\n'),
            ),
          ),
    );
  });
}

/** Runs the bulk loader through `scripts/neo4j admin-import` (the server must be stopped). */
export async function runLoader(
  args: string[],
  dir: string,
  options: ScriptOptions = {},
): Promise<void> {
  const argsFile = path.join(dir, 'loader-arguments.txt');
  fs.writeFileSync(argsFile, args.join('\n') + '\n');
  await runScript(['admin-import', argsFile], options);
}
