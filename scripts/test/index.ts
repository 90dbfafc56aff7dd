/**
 * `pnpm test`, the one test command: it sets up what the tests need when it is missing — Debian's
 * Chromium and CJK fonts, a local Neo4j (started on a free port with fresh data, stopped at the
 * end; an empty one already answering at NEO4J_URI is used as it is) — then runs typecheck, lint,
 * format check, unit tests, Neo4j tests, a small run of the scale benchmark (so it never rots; it
 * asserts nothing about time), the web build and the browser tests, and closes with
 * "N passed, N failed, N skipped" over all the tests. Every step runs even when one fails, so one
 * run shows everything; the exit status is 1 when any step failed. The steps get their own
 * temporary directory (TMPDIR), removed at the end, so the stores, imports and exports the tests
 * write (several GB over a whole run) never pile up in the system's /tmp; set
 * ATLAS_KEEP_TEST_TMP=1 to keep it for a look after a failure.
 *
 *   pnpm test                   everything
 *   pnpm test --only unit,neo4j the named steps (typecheck, lint, format, unit, neo4j, bench, web,
 *                               browser, fuzz)
 *   pnpm test --skip browser    all but these
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { testNeo4j, type TestNeo4j } from './neo4j.ts';
import { ensurePrerequisites } from './prerequisites.ts';
import {
  add,
  closingLine,
  noTests,
  readVitestReport,
  stepLine,
  type StepResult,
} from './summary.ts';

interface Step {
  name: string;
  script: string;
  vitest?: boolean;
  /** Steps that must have passed first. */
  after?: string;
}

const steps: Step[] = [
  { name: 'typecheck', script: 'typecheck' },
  { name: 'lint', script: 'lint' },
  { name: 'format', script: 'format:check' },
  { name: 'unit', script: 'test:unit', vitest: true },
  { name: 'neo4j', script: 'test:int', vitest: true },
  { name: 'bench', script: 'bench:scale:smoke' },
  { name: 'web', script: 'build:web' },
  { name: 'browser', script: 'test:e2e', vitest: true, after: 'web' },
  { name: 'fuzz', script: 'test:fuzz' },
];
const needsNeo4j = new Set(['neo4j', 'browser', 'fuzz']);
const needsBrowser = new Set(['browser', 'fuzz']);

const root = path.resolve(import.meta.dirname, '..', '..');
const time = () => new Date().toTimeString().slice(0, 8);
const heading = (text: string) => console.log(`\n== ${text} (${time()})`);

function selectSteps(argv: string[]): Step[] {
  const { values } = parseArgs({
    args: argv,
    options: { only: { type: 'string' }, skip: { type: 'string' } },
  });
  const names = new Set(steps.map((s) => s.name));
  const list = (value: string | undefined) => {
    const picked = (value ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    for (const name of picked)
      if (!names.has(name))
        throw new Error(`unknown step "${name}" (steps: ${[...names].join(', ')})`);
    return new Set(picked);
  };
  const only = list(values.only);
  const skip = list(values.skip);
  return steps.filter((s) => (only.size === 0 || only.has(s.name)) && !skip.has(s.name));
}

/** pnpm itself: the one running this script, else the one on PATH. */
function pnpmCommand(): string[] {
  const exec = process.env.npm_execpath;
  if (exec && /pnpm/.test(path.basename(exec)))
    return exec.endsWith('.js') || exec.endsWith('.cjs') ? [process.execPath, exec] : [exec];
  return ['pnpm'];
}

let current: ReturnType<typeof spawn> | undefined;

function runScript(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const [command, ...pre] = pnpmCommand();
  return new Promise((resolve) => {
    current = spawn(command!, [...pre, 'run', script, ...args], {
      cwd: root,
      env,
      stdio: 'inherit',
    });
    current.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    current.on('error', (error) => {
      console.error(`cannot run pnpm: ${error.message}`);
      resolve(1);
    });
  });
}

async function main(): Promise<number> {
  const selected = selectSteps(process.argv.slice(2));
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-test-run-'));
  const reports = path.join(scratch, 'reports');
  fs.mkdirSync(reports);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    FORCE_COLOR: process.stdout.isTTY ? '1' : '0',
    TMPDIR: scratch,
  };
  const removeScratch = () => {
    if (process.env.ATLAS_KEEP_TEST_TMP === '1') console.log(`test files kept in ${scratch}`);
    else fs.rmSync(scratch, { recursive: true, force: true });
  };

  heading('prerequisites');
  const { warnings } = selected.some((s) => needsBrowser.has(s.name) || needsNeo4j.has(s.name))
    ? ensurePrerequisites((line) => console.log(line))
    : { warnings: [] };
  for (const w of warnings) console.log(`warning: ${w}`);
  if (warnings.length === 0) console.log('Chromium, CJK fonts and Java present');

  // Neo4j starts in the background while the first steps run.
  let neo4jReady: Promise<TestNeo4j> | undefined;
  if (selected.some((s) => needsNeo4j.has(s.name))) neo4jReady = testNeo4j(env);
  let neo4jShown = false;
  const stopNeo4j = async () => {
    if (!neo4jReady) return;
    const ready = await neo4jReady;
    neo4jReady = undefined;
    await ready.stop();
  };
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.log(`\n${signal}: stopping the tests and their Neo4j`);
      current?.kill(signal);
      void stopNeo4j().finally(() => {
        removeScratch();
        process.exit(130);
      });
    });

  const results: StepResult[] = [];
  try {
    for (const step of selected) {
      const started = performance.now();
      if (step.after && results.some((r) => r.name === step.after && !r.ok)) {
        results.push({ name: step.name, ok: false, seconds: 0, notRun: `${step.after} failed` });
        continue;
      }
      if (needsNeo4j.has(step.name) && neo4jReady) {
        const ready = await neo4jReady;
        if (!neo4jShown) {
          heading('Neo4j for the tests');
          console.log(ready.summary);
          neo4jShown = true;
        }
        env.NEO4J_URI = ready.settings.uri;
        env.NEO4J_USER = ready.settings.user;
        env.NEO4J_PASSWORD = ready.settings.password;
        if (ready.dataDir) env.NEO4J_DATA_DIR = ready.dataDir;
      }
      heading(`${step.name}: pnpm ${step.script}`);
      const report = path.join(reports, `${step.name}.json`);
      const args = step.vitest
        ? ['--reporter=default', '--reporter=json', `--outputFile.json=${report}`]
        : [];
      const code = await runScript(step.script, args, env);
      const counts = step.vitest ? (readVitestReport(report) ?? noTests) : undefined;
      results.push({
        name: step.name,
        ok: code === 0,
        seconds: (performance.now() - started) / 1000,
        ...(counts && { counts }),
      });
    }
  } finally {
    await stopNeo4j();
    removeScratch();
  }

  heading('summary');
  for (const r of results) console.log(stepLine(r));
  for (const w of warnings) console.log(`warning: ${w}`);
  const total = results.reduce((sum, r) => (r.counts ? add(sum, r.counts) : sum), noTests);
  console.log();
  console.log(closingLine(total));
  return results.every((r) => r.ok) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`error: ${(error as Error).message}`);
    process.exit(2);
  },
);
