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
      readTimeoutMs: 120_000,
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
      ATLAS_NEO4J_READ_TIMEOUT: '2.5',
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
      readTimeoutMs: 2500,
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
    [
      'ATLAS_NEO4J_READ_TIMEOUT',
      '-1',
      /ATLAS_NEO4J_READ_TIMEOUT="-1": must be 0 \(no limit\) or more/,
    ],
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

  it('has safe defaults for accounts, rate limits and uploads', () => {
    const config = loadConfig({});
    expect(config.auth).toEqual({
      publicRead: true,
      adminUser: 'admin',
      cookieSecure: true,
      sessionHours: 12,
      allowedOrigins: [],
    });
    expect(config.rateLimit).toEqual({ loginPerMinute: 10, writesPerMinute: 600 });
    expect(config.uploads).toEqual({
      maxBytes: 1024 ** 3,
      quotaBytes: 4 * 1024 ** 3,
      ttlHours: 24,
    });
  });

  it('reads sizes with units, origins as a list, and the start-up administrator', () => {
    const config = loadConfig({
      ATLAS_UPLOAD_MAX_SIZE: '512MiB',
      ATLAS_UPLOAD_QUOTA: '2GB',
      ATLAS_ALLOWED_ORIGINS: 'https://a.example.org, http://b.example.org:8080',
      ATLAS_PUBLIC_READ: 'false',
      ATLAS_ADMIN_PASSWORD: 'twelve chars!',
      ATLAS_ADMIN_TOKEN: 'x'.repeat(40),
      ATLAS_RATE_LIMIT_WRITES: '0',
    });
    expect(config.uploads.maxBytes).toBe(512 * 1024 ** 2);
    expect(config.uploads.quotaBytes).toBe(2e9);
    expect(config.auth).toMatchObject({
      publicRead: false,
      allowedOrigins: ['https://a.example.org', 'http://b.example.org:8080'],
      adminPassword: 'twelve chars!',
      adminToken: 'x'.repeat(40),
    });
    expect(config.rateLimit.writesPerMinute).toBe(0);
  });

  it.each([
    ['ATLAS_UPLOAD_MAX_SIZE', 'lots', /ATLAS_UPLOAD_MAX_SIZE="lots": must be a size/],
    ['ATLAS_ALLOWED_ORIGINS', 'https://a.org/path', /ATLAS_ALLOWED_ORIGINS=.*scheme:\/\/host/],
    ['ATLAS_PUBLIC_READ', 'maybe', /ATLAS_PUBLIC_READ="maybe"/],
    ['ATLAS_SESSION_HOURS', '0', /ATLAS_SESSION_HOURS="0": must be at least 1/],
    ['ATLAS_RATE_LIMIT_LOGIN', '-1', /ATLAS_RATE_LIMIT_LOGIN="-1": must be at least 0/],
    ['ATLAS_ADMIN_USER', 'Admin User', /ATLAS_ADMIN_USER="Admin User"/],
  ])('rejects %s=%s with a message naming the variable', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it('does not echo a rejected secret', () => {
    let message = '';
    try {
      loadConfig({ ATLAS_ADMIN_PASSWORD: 'short-pw', ATLAS_ADMIN_TOKEN: 'has space in it' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('ATLAS_ADMIN_PASSWORD=(hidden): must be at least 12 characters');
    expect(message).toContain('ATLAS_ADMIN_TOKEN=(hidden)');
    expect(message).not.toContain('short-pw');
    expect(message).not.toContain('has space');
  });
});
