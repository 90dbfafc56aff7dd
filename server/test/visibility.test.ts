/** Private records never leak, on the embedded store (the suite is in visibility-suite.ts). */
import { buildApp } from '../src/app.ts';
import { loadDemoRegion } from '../src/seed.ts';
import { EmbeddedStore } from '../src/store/embedded/index.ts';
import { tempDir, testConfig } from './helpers.ts';
import { describeVisibility } from './visibility-suite.ts';

const stamp = new Date('2026-01-01T00:00:00.000Z');

async function demoApp() {
  const dataDir = tempDir('atlas-visibility-');
  const store = EmbeddedStore.open({ dataDir });
  await loadDemoRegion(store, stamp);
  const app = await buildApp({ config: testConfig(dataDir), store, logger: false });
  return { app, store };
}

describeVisibility('embedded', {
  withPrivate: demoApp,
  demoOnly: async () => (await demoApp()).app,
});
