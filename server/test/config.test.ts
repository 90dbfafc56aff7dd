import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';

describe('loadConfig', () => {
  it('has working defaults: embedded store, ./data, port 3000, the local Neo4j', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      store: 'embedded',
      dataDir: path.resolve('data'),
      port: 3000,
      seedDemo: true,
    });
    expect(config.neo4j).toEqual({
      uri: 'bolt://127.0.0.1:7687',
      user: 'neo4j',
      password: 'chanjiao-atlas',
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      ATLAS_STORE: 'neo4j',
      ATLAS_DATA_DIR: '/tmp/x',
      PORT: '8080',
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_USER: 'u',
      NEO4J_PASSWORD: 'p',
      ATLAS_SEED_DEMO: 'false',
    });
    expect(config).toMatchObject({
      store: 'neo4j',
      dataDir: '/tmp/x',
      port: 8080,
      seedDemo: false,
    });
    expect(config.neo4j).toEqual({
      uri: 'neo4j+s://abc.databases.neo4j.io',
      user: 'u',
      password: 'p',
    });
  });

  it.each([
    ['ATLAS_STORE', 'postgres', /ATLAS_STORE="postgres".*embedded.*neo4j/],
    ['PORT', 'eighty', /PORT="eighty": must be a port number/],
    ['PORT', '70000', /PORT="70000": must be between 0 and 65535/],
    [
      'NEO4J_URI',
      'http://localhost:7474',
      /NEO4J_URI="http:\/\/localhost:7474": must be a bolt:\/\/ or neo4j:\/\/ URI/,
    ],
    ['ATLAS_SEED_DEMO', 'maybe', /ATLAS_SEED_DEMO="maybe"/],
  ])('rejects %s=%s with a message naming the variable', (name, value, message) => {
    let error: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (e) {
      error = e;
    }
    expect((error as Error).name).toBe('ConfigError');
    expect((error as Error).message).toMatch(message);
  });
});
