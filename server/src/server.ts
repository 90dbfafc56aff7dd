/**
 * Entry point: read the configuration, open the store, seed the demo region into an empty store,
 * listen. SIGTERM and SIGINT close the server gracefully: no new connections, in-flight requests
 * (an import included) finish, then the store closes.
 */
import './v8-flags.ts';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { ConfigError, StoreUnavailableError } from './errors.ts';
import { seedIfEmpty } from './seed.ts';
import { openStore } from './store/index.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const store = await openStore(config);
  if (config.seedDemo) {
    const seeded = await seedIfEmpty(store);
    if (seeded)
      console.log(
        `Loaded the demo region: ${seeded.counts.nodesCreated} nodes, ${seeded.counts.edgesCreated} relationships ` +
          `(in the change feed as request ${seeded.audit.requestId}).`,
      );
  }
  // Start preparing in-memory structures now, in the background, rather than on first use.
  store.ready?.();
  const app = await buildApp({ config, store, logger: { level: config.logLevel } });

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      app.log.error('shutdown took over 30 s; exiting');
      process.exit(1);
    }, 30_000);
    force.unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'error while shutting down');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shown = ['0.0.0.0', '::', '127.0.0.1', '::1'].includes(config.host)
    ? 'localhost'
    : config.host;
  console.log(
    `Chanjiao Atlas (${store.name} store) at http://${shown}:${port}/  ·  API docs at /docs`,
  );
  const setup = app.auth.setupToken;
  if (setup)
    console.log(
      `No administrator yet (reading is ${config.auth.publicRead ? 'public' : 'closed'}). Create one with this single-use link:\n` +
        `  http://${shown}:${port}/setup?token=${setup}\n` +
        `or: curl -X POST http://${shown}:${port}/api/auth/setup -H 'content-type: application/json' ` +
        `-d '{"token":"${setup}","username":"admin","password":"<12 characters or more>"}'\n` +
        '(or start with ATLAS_ADMIN_PASSWORD / ATLAS_ADMIN_TOKEN set)',
    );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof StoreUnavailableError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
