import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.resolve(import.meta.dirname, '..', 'src');

describe('the server process V8 settings', () => {
  it('are applied before any other module of the server is evaluated', () => {
    const entry = fs.readFileSync(path.join(src, 'server.ts'), 'utf8');
    const imports = [...entry.matchAll(/^import\s.*?['"]([^'"]+)['"];?$/gm)].map((m) => m[1]);
    expect(imports[0]).toBe('./v8-flags.ts');
  });

  it('are applied by the stdio MCP server before it loads the API', () => {
    const mcp = fs.readFileSync(path.join(src, 'cli', 'commands', 'mcp.ts'), 'utf8');
    const flags = mcp.indexOf("await import('../../v8-flags.ts')");
    expect(flags).toBeGreaterThan(-1);
    expect(flags).toBeLessThan(mcp.indexOf("import('../../app.ts')"));
  });

  it('turn allocation-site pretenuring off', () => {
    const flags = fs.readFileSync(path.join(src, 'v8-flags.ts'), 'utf8');
    expect(flags).toMatch(/^v8\.setFlagsFromString\('--no-allocation-site-pretenuring'\);$/m);
  });
});
