import { describeSchema } from '@chanjiao/graph-schema';
import { describe, expect, it } from 'vitest';
import { messages } from './dictionary.ts';
import { localName, nodeName, translate } from './index.ts';
import { enumValueNames, valueName } from './values.ts';
import { errorCode, errorText } from './errors.ts';
import { ApiError } from '../api/errors.ts';

describe('translate', () => {
  it('fills parameters and formats numbers per language', () => {
    expect(translate('en', 'truncated.notice', { shown: 150, limit: 150 })).toContain(
      'Showing 150 nodes',
    );
    expect(translate('zh', 'health.counts', { nodes: 12345, edges: 2 })).toBe(
      '12,345 个节点 · 2 条关系',
    );
  });

  it('leaves unknown parameters visible rather than inventing text', () => {
    expect(translate('en', 'search.failed', {})).toBe('Search failed: {message}');
  });

  it('has every message in both languages', () => {
    for (const [key, names] of Object.entries(messages)) {
      expect(names.zh, key).not.toBe('');
      expect(names.en, key).not.toBe('');
    }
  });
});

describe('names', () => {
  it('picks the node name in the language and falls back to the other, then the key', () => {
    expect(nodeName({ name_zh: '电池', name_en: 'Battery' }, 'en')).toBe('Battery');
    expect(nodeName({ name_zh: '电池' }, 'en')).toBe('电池');
    expect(nodeName({ name_en: 'Battery' }, 'zh')).toBe('Battery');
    expect(nodeName({ key: 'battery' }, 'zh')).toBe('battery');
  });

  it('reads schema names', () => {
    expect(localName({ zh: '产业链', en: 'Industry chain' }, 'zh')).toBe('产业链');
    expect(localName({ zh: '产业链', en: '' }, 'en')).toBe('产业链');
  });
});

describe('enumerated values', () => {
  it('names every value the schema allows in both languages', () => {
    const { kinds, relationships } = describeSchema();
    const missing: string[] = [];
    for (const owner of [...kinds, ...relationships])
      for (const [property, description] of Object.entries(owner.properties))
        for (const value of description.enum ?? [])
          if (!enumValueNames[value]?.zh || !enumValueNames[value]?.en)
            missing.push(`${'kind' in owner ? owner.kind : owner.rel}.${property}: ${value}`);
    expect(missing).toEqual([]);
  });

  it('reads a value in the language and shows an unknown one as stored', () => {
    expect(valueName('midstream', 'zh')).toBe('中游');
    expect(valueName('pillar', 'zh')).toBe('支柱');
    expect(valueName('pillar', 'en')).toBe('pillar');
    expect(valueName('sideways', 'zh')).toBe('sideways');
  });
});

describe('errors by code', () => {
  it('says what went wrong in the language, by the code, whatever the server wrote', () => {
    const offline = new ApiError('fetch failed', 0, 'NETWORK');
    expect(errorCode(offline)).toBe('NETWORK');
    expect(errorText('zh', { code: errorCode(offline) })).toBe(
      '无法连接服务器，请检查网络后重试。',
    );
    expect(errorText('en', { code: 'STORE_UNAVAILABLE', message: 'Neo4j is down' })).toMatch(
      /database is unavailable/,
    );
    expect(errorText('zh', { code: 'INVALID_REQUEST' })).toBe(
      errorText('zh', { code: 'BAD_REQUEST' }),
    );
    expect(errorText('en', { code: 'HTTP_418' })).toBe('The request failed (HTTP_418).');
    expect(errorText('zh', {})).toBe('请求失败。');
    expect(errorCode(new Error('plain'))).toBeNull();
  });
});
