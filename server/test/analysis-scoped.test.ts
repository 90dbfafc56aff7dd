import { EmbeddedStore } from '../src/store/embedded/index.ts';
import { describeScopedAnalyses } from './analysis-scoped.ts';
import { tempDir } from './helpers.ts';

describeScopedAnalyses('embedded', async () =>
  EmbeddedStore.open({ dataDir: tempDir('atlas-scoped-') }),
);
