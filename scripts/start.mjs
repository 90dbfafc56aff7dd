// `pnpm start`: builds the web client when its sources are newer than the build, then starts the
// server (embedded store and demo region by default) at http://localhost:3000.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const web = path.join(root, 'web');
const builtIndex = path.join(web, 'dist', 'index.html');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

const sources = [web, path.join(root, 'graph-schema', 'src')];
const stale =
  !fs.existsSync(builtIndex) ||
  Math.max(...sources.map(newestMtime)) > fs.statSync(builtIndex).mtimeMs;
if (stale) {
  console.log('Building the web client…');
  const vite = path.join(web, 'node_modules', 'vite', 'bin', 'vite.js');
  const build = spawnSync(process.execPath, [vite, 'build'], { cwd: web, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// Whole-store work on a large graph (a match over every posting, an export) can pass Node's default
// heap limit. Allow up to half the machine's memory unless NODE_OPTIONS says otherwise (V8 takes
// only what it uses).
const heapMb = Math.floor(os.totalmem() / 1024 / 1024 / 2);
const heapFlag = /max-old-space-size/.test(process.env.NODE_OPTIONS ?? '')
  ? []
  : [`--max-old-space-size=${heapMb}`];

const server = spawn(
  process.execPath,
  [...heapFlag, '--import', 'tsx', path.join(root, 'server', 'src', 'server.ts')],
  { cwd: root, stdio: 'inherit' },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
