/** The audit trail on the embedded store (the suite is in audit-suite.ts). */
import { buildApp } from '../src/app.ts';
import { EmbeddedStore } from '../src/store/embedded/index.ts';
import { tempDir, testConfig } from './helpers.ts';
import { describeAudit } from './audit-suite.ts';

describeAudit('embedded', {
  async open() {
    const dataDir = tempDir('atlas-audit-');
    const store = EmbeddedStore.open({ dataDir });
    const app = await buildApp({ config: testConfig(dataDir), store, logger: false });
    return { app, store };
  },
});
