import { describe, expect, it } from 'vitest';
import { analysisRoutes, docsLink, metrics, swaggerOperationId } from './index.ts';

describe('explaining numbers', () => {
  it('links to the operation Swagger UI opens from the fragment', () => {
    expect(swaggerOperationId('GET', '/api/analysis/skill-gap')).toBe('get_api_analysis_skill_gap');
    expect(docsLink('matchPosting')).toBe('/docs#/analysis/get_api_analysis_match_posting');
  });

  it('says every metric in both languages and links it to a documented analysis', () => {
    for (const [id, metric] of Object.entries(metrics)) {
      for (const text of [metric.name, metric.unit, metric.counts]) {
        expect(text.zh, id).not.toBe('');
        expect(text.en, id).not.toBe('');
      }
      expect(analysisRoutes[metric.doc], id).toMatch(/^\/api\/analysis\//);
    }
  });
});
