/**
 * `pnpm atlas backup` and `pnpm atlas restore` as people use them: help, a round trip through a
 * fresh data directory (graph and accounts back, counts and checksum printed), and each refusal —
 * a store that is not empty, a file that is not a backup, a missing file, a damaged snapshot, a
 * snapshot for the wrong store — ending with a message and exit status 1, never a stack trace,
 * and leaving nothing behind.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AccountStore } from '../auth/accounts.ts';
import { embeddedDatabasePath } from '../store/embedded/index.ts';
import { atlas as runAtlas } from '../../test/cli-run.ts';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-cli-backup-'));
}

function atlas(args: string[], env: NodeJS.ProcessEnv) {
  return runAtlas(args, { ATLAS_STORE: 'embedded', ...env });
}

const stackLine = /^\s+at .+:\d+:\d+\)?$/m;

const records = [
  { type: 'node', kind: 'Occupation', key: 'o1', props: { name_zh: '电池工程师' } },
  { type: 'node', kind: 'Competency', key: 'c1', props: { name_zh: '涂布', dimension: 'skill' } },
  {
    type: 'edge',
    rel: 'REQUIRES',
    from: { kind: 'Occupation', key: 'o1' },
    to: { kind: 'Competency', key: 'c1' },
    props: { importance: 4 },
  },
];

/** A data directory holding a small graph and one user; returns its environment. */
async function storeWithGraph(): Promise<NodeJS.ProcessEnv> {
  const dir = tempDir();
  const file = path.join(dir, 'g.ndjson');
  fs.writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const env = { ATLAS_DATA_DIR: path.join(dir, 'data') };
  const imported = await atlas(['import', file], env);
  expect(imported.code, imported.stderr).toBe(0);
  const accounts = AccountStore.open(env.ATLAS_DATA_DIR);
  accounts.createUser({ username: 'kept-editor', role: 'editor' });
  accounts.close();
  return env;
}

describe('pnpm atlas backup / restore', () => {
  it('lists both commands and prints their usage', async () => {
    const env = { ATLAS_DATA_DIR: tempDir() };
    const list = await atlas(['--help'], env);
    expect(list.stdout).toMatch(/^ {2}backup <file>/m);
    expect(list.stdout).toMatch(/^ {2}restore <file>/m);
    for (const name of ['backup', 'restore']) {
      const help = await atlas([name, '--help'], env);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: pnpm atlas ${name} \\[options\\] <file>`));
      expect(help.stdout).toContain('Examples:');
    }
  });

  it('without a file is a usage error (exit 2)', async () => {
    for (const name of ['backup', 'restore']) {
      const { code, stderr } = await atlas([name], { ATLAS_DATA_DIR: tempDir() });
      expect(code).toBe(2);
      expect(stderr).toMatch(/missing required argument 'file'/);
    }
  });

  it('round-trips the graph and the accounts into an empty data directory, verified', async () => {
    const env = await storeWithGraph();
    const file = path.join(tempDir(), 'atlas.sqlite');
    const backedUp = await atlas(['backup', file], env);
    expect(backedUp.code, backedUp.stderr).toBe(0);
    expect(backedUp.stdout).toMatch(
      /^Backed up 2 nodes and 1 relationships of the embedded store \(SQLite snapshot, accounts included, taken .+\) to .+atlas\.sqlite\.$/m,
    );
    const sha = /export sha256 ([0-9a-f]{64})/.exec(backedUp.stdout)?.[1];
    expect(sha).toBeDefined();

    const restoredEnv = { ATLAS_DATA_DIR: path.join(tempDir(), 'restored') };
    const restored = await atlas(['restore', file], restoredEnv);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toContain(`Verified: 2 nodes, 1 relationships, export sha256 ${sha}.`);
    const original = await atlas(['export'], env);
    const copy = await atlas(['export'], restoredEnv);
    expect(copy.stdout).toBe(original.stdout);
    const accounts = AccountStore.open(restoredEnv.ATLAS_DATA_DIR);
    expect(accounts.getUser('kept-editor')?.role).toBe('editor');
    accounts.close();
  });

  it('refuses a data directory that already holds a store and leaves it untouched', async () => {
    const env = await storeWithGraph();
    const file = path.join(tempDir(), 'atlas.sqlite');
    expect((await atlas(['backup', file], env)).code).toBe(0);
    const before = (await atlas(['export'], env)).stdout;
    const { code, stderr } = await atlas(['restore', file], env);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^error: restore needs an empty data directory: .+atlas\.sqlite exists/);
    expect(stderr).not.toMatch(stackLine);
    expect((await atlas(['export'], env)).stdout).toBe(before);
  });

  it('refuses a missing file, and a file that is not a backup', async () => {
    const env = { ATLAS_DATA_DIR: path.join(tempDir(), 'data') };
    const missing = await atlas(['restore', '/no/such/backup.sqlite'], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^error: \/no\/such\/backup\.sqlite: no such file/);
    const notBackup = path.join(tempDir(), 'notes.txt');
    fs.writeFileSync(notBackup, 'not a backup\n');
    const refused = await atlas(['restore', notBackup], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/notes\.txt is not a gzipped Chanjiao Atlas logical backup/);
    expect(refused.stderr).not.toMatch(stackLine);
    expect(fs.existsSync(embeddedDatabasePath(env.ATLAS_DATA_DIR))).toBe(false);
  });

  it('keeps nothing of a damaged snapshot', async () => {
    const env = await storeWithGraph();
    const file = path.join(tempDir(), 'atlas.sqlite');
    expect((await atlas(['backup', file], env)).code).toBe(0);
    const db = new Database(file);
    db.exec("DELETE FROM nodes WHERE key = 'c1'");
    db.close();
    const target = path.join(tempDir(), 'restored');
    const { code, stderr } = await atlas(['restore', file], { ATLAS_DATA_DIR: target });
    expect(code).toBe(1);
    // A deleted row leaves the kept counts disagreeing with the rows: caught before any count check.
    expect(stderr).toMatch(
      /^error: the restored store (is inconsistent|does not match the backup): .+nothing was kept/,
    );
    expect(fs.existsSync(embeddedDatabasePath(target))).toBe(false);
    expect(fs.existsSync(path.join(target, 'accounts.sqlite'))).toBe(false);
  });

  it('says how to bring an embedded snapshot to Neo4j', async () => {
    const env = await storeWithGraph();
    const file = path.join(tempDir(), 'atlas.sqlite');
    expect((await atlas(['backup', file], env)).code).toBe(0);
    const { code, stderr } = await atlas(['restore', file], {
      ATLAS_STORE: 'neo4j',
      NEO4J_URI: 'bolt://127.0.0.1:1',
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /is a SQLite snapshot of the embedded store: restore it with ATLAS_STORE=embedded, then copy it with "atlas migrate --from embedded --to neo4j"/,
    );
  });
});
