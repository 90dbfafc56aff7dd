/**
 * Schema extensions on the embedded store, through the HTTP API: data using the extension's
 * properties, kind and relationship type imports, answers, is rejected with a hint when it uses
 * an undeclared property, and round-trips through every export (scenario in schema-extension.ts).
 */
import { afterEach, describe, it } from 'vitest';
import { activateSchema, builtInSchema } from '@chanjiao/graph-schema';
import { EmbeddedStore } from '../src/store/embedded/index.ts';
import { extensionVisibility } from './extension-visibility.ts';
import { tempDir } from './helpers.ts';
import {
  extensionApp,
  extensionConfig,
  importAndRead,
  roundTripExports,
} from './schema-extension.ts';

afterEach(() => activateSchema(builtInSchema));

const embeddedApp = () => {
  const dataDir = tempDir('atlas-extension-');
  return extensionApp(extensionConfig(dataDir), async () => EmbeddedStore.open({ dataDir }));
};

describe('a schema extension on the embedded store', () => {
  it('imports, answers for and round-trips the extra properties, kind and relationship type', async () => {
    const app = await embeddedApp();
    const fresh = await embeddedApp();
    try {
      await importAndRead(app, 'ext');
      await roundTripExports(app, fresh, 'ext');
    } finally {
      await app.close();
      await fresh.close();
    }
  });

  it('hides private records of its kinds and its properties on private records', async () => {
    const app = await embeddedApp();
    try {
      await extensionVisibility(app, 'extvis');
    } finally {
      await app.close();
    }
  });
});
