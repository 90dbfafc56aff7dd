import { describe, expect, it } from 'vitest';
import { decide, defaultAccess } from './roles.ts';

describe('the access rule', () => {
  it('gives reads `read`, other methods `editor`, pages outside /api `public`', () => {
    expect(defaultAccess(['GET'], '/api/search')).toBe('read');
    expect(defaultAccess(['GET', 'HEAD'], '/api/nodes/:kind/:key')).toBe('read');
    expect(defaultAccess(['POST'], '/api/import')).toBe('editor');
    expect(defaultAccess(['DELETE'], '/api/nodes/:kind/:key')).toBe('editor');
    expect(defaultAccess(['GET'], '/docs/json')).toBe('public');
    expect(defaultAccess(['POST'], '/anything')).toBe('editor');
  });

  it('ranks viewer < editor < admin, and opens reads only when reading is public', () => {
    expect(decide('read', null, true)).toBe('allow');
    expect(decide('read', null, false)).toBe('unauthenticated');
    expect(decide('read', 'viewer', false)).toBe('allow');
    expect(decide('editor', null, true)).toBe('unauthenticated');
    expect(decide('editor', 'viewer', true)).toBe('forbidden');
    expect(decide('editor', 'editor', true)).toBe('allow');
    expect(decide('editor', 'admin', true)).toBe('allow');
    expect(decide('admin', 'editor', true)).toBe('forbidden');
    expect(decide('user', 'viewer', false)).toBe('allow');
    expect(decide('public', null, false)).toBe('allow');
  });
});
