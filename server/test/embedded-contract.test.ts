import { EmbeddedStore } from '../src/store/embedded/index.ts';
import { tempDir } from './helpers.ts';
import { describeStoreContract } from './store-contract.ts';

const dataDir = tempDir('atlas-contract-');
describeStoreContract('embedded', { open: async () => EmbeddedStore.open({ dataDir }) });
