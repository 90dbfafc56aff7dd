/**
 * What the tests need besides the workspace's own packages: Debian's Chromium and CJK fonts for
 * the browser tests, Python's venv for the fuzzing step and, where Java is a runtime only, a JDK to
 * build search's analyzer for the local Neo4j (installed with apt-get when missing and the runner
 * is root; otherwise a message says how), and Java for the local Neo4j. Nothing present is
 * installed again.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** Whether a font covering Chinese is installed (fontconfig's view, else Debian's package). */
function hasCjkFont(): boolean {
  if (has('fc-list')) {
    const out = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
    if (out.status === 0) return out.stdout.trim() !== '';
  }
  return spawnSync('dpkg', ['-s', 'fonts-noto-cjk'], { stdio: 'ignore' }).status === 0;
}

/** The Debian packages the browser, fuzzing and search-index tests lack. */
export function missingBrowserPackages(): string[] {
  const missing: string[] = [];
  if (!fs.existsSync(chromiumPath)) missing.push('chromium');
  if (!hasCjkFont()) missing.push('fonts-noto-cjk');
  // The API fuzzing step installs Schemathesis into a Python venv.
  if (spawnSync('python3', ['-c', 'import ensurepip, venv'], { stdio: 'ignore' }).status !== 0)
    missing.push('python3-venv');
  // scripts/neo4j compiles search's n-gram analyzer with javac; a runtime alone cannot.
  if (has('java') && !has('javac') && !process.env.JAVA_HOME)
    missing.push('openjdk-17-jdk-headless');
  return missing;
}

export interface PrerequisiteReport {
  /** Problems that will make some tests fail, each with how to fix it. */
  warnings: string[];
}

/** Installs what is missing when it can; returns what is still missing, said plainly. */
export function ensurePrerequisites(log: (line: string) => void): PrerequisiteReport {
  const warnings: string[] = [];
  let missing = missingBrowserPackages();
  if (missing.length > 0) {
    const root = process.getuid?.() === 0;
    if (root && has('apt-get')) {
      log(`installing ${missing.join(' and ')} with apt-get (once)`);
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
      if (update.status === 0)
        spawnSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
      missing = missingBrowserPackages();
    }
    if (missing.length > 0)
      warnings.push(
        `${missing.join(' and ')} missing: the browser or search-index tests will fail. Install with ` +
          `"sudo apt-get install -y ${missing.join(' ')}"` +
          (missing.includes('chromium') ? ' (or set CHROMIUM_PATH to a Chromium binary)' : '') +
          (root ? '' : ', or run the tests as root to let them install it'),
      );
  }
  if (!has('java') && !process.env.JAVA_HOME)
    warnings.push(
      'java not found: the local Neo4j cannot start, so the Neo4j tests skip (and fail under CI=true). ' +
        'Install OpenJDK 17 or 21 and Maven (e.g. "apt-get install -y openjdk-17-jdk-headless maven").',
    );
  else if (!has('javac') && !process.env.JAVA_HOME)
    warnings.push(
      "javac not found (a JRE only): the local Neo4j starts without search's n-gram analyzer, so " +
        'it indexes with Lucene\'s CJK analyzer and its tests skip (e.g. "apt-get install -y openjdk-17-jdk-headless").',
    );
  return { warnings };
}
