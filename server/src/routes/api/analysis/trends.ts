/**
 * `/api/analysis/trends`: trends over time (动态跟踪) of a chain in a region — enterprises by
 * segment and tier per year, posting demand per period, graduates per year, coverage per period,
 * growth rates — and the chain's segments classified pillar / characteristic / emerging by rules
 * that are data (the defaults, or the request's).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  errorBodySchema,
  operators,
  segmentClassFields,
  trendsSchema,
} from '@chanjiao/graph-schema';
import { loadTrends } from '../../../analysis/load/trends.ts';
import { conditionText } from '../../../analysis/rules.ts';
import {
  defaultSegmentClassRules,
  defaultWindow,
  parseSegmentClassRules,
} from '../../../analysis/trends/classes.ts';
import { defaultSpan, trends } from '../../../analysis/trends/index.ts';

const key = z.string().min(1).max(200);
const year = z.coerce.number().int().min(1900).max(2100);
const errors = {
  400: errorBodySchema.describe('A bad parameter: from after to, or `rules` that are not valid'),
  404: errorBodySchema.describe('Unknown chain or region (named in the message)'),
  422: errorBodySchema.describe(
    'The question would read more than ATLAS_ANALYSIS_MAX_NODES nodes (or relationships in one step)',
  ),
  503: errorBodySchema,
};

const rulesText = defaultSegmentClassRules
  .map((r, i) => `${i + 1}. \`${r.id}\` → ${r.class} when ${conditionText(r.when)}`)
  .join('; ');
const fieldsText = Object.entries(segmentClassFields)
  .map(([field, meaning]) => `\`${field}\` (${meaning})`)
  .join(', ');

export const trendRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/analysis/trends',
    {
      schema: {
        tags: ['analysis'],
        summary:
          'Trends over time (动态跟踪) of a chain in a region, and its segments classified pillar / characteristic / emerging',
        description:
          '"Local" is LOCATED_IN the region, a region below it, or a park there. ' +
          '**Enterprises** (the local enterprises OPERATING_IN the chain’s segments), per year of from..to, in total and per ' +
          'segment: founded by then (`founded`), new that year, and recognised in each tier by then (`tierYear`); undated ' +
          'ones are counted apart. **Demand**: local postings FOR the occupations the segments EMPLOY, count and Σ headcount per ' +
          'period (as stored, reduced to years when they mix granularities), in total and per occupation; and Σ EMPLOYS.demand by ' +
          'EMPLOYS.period. **Graduates**: cohorts, per year within from..to, of the programs local institutions OFFER that SERVE the ' +
          'chain (or their program group does) or PREPARE_FOR an occupation it employs. **Coverage** per period: the skill-gap ' +
          'coverage Σ δ_c·S_c of the chain’s demand from that period’s postings, supplied by every local institution’s courses and ' +
          'micro-credentials. Every **growth** is (this − previous)/previous, null from 0. ' +
          `\`to\` defaults to the latest year in the data, \`from\` to ${defaultSpan - 1} years before; \`window\` (default ` +
          `${defaultWindow}) is how far back \`growth\` and \`recentShare\` look. ` +
          `**Segments**: fields a rule can test: ${fieldsText}. Rules are an ordered JSON array ` +
          '`[{"id","class":"pillar|characteristic|emerging","when":[{"field","op","value"}],"note"?}]` with op one of ' +
          `${operators.join(' ')}; the first whose conditions all hold fires (a condition on a null field does not hold); none → ` +
          `\`other\` (rule \`default\`). \`rules\` replaces the defaults: ${rulesText}.`,
        querystring: z.object({
          chain: key.describe('Chain key'),
          region: key.describe('Region code: the region, every region below it and their parks'),
          from: year.optional().describe('First year of the yearly series'),
          to: year
            .optional()
            .describe('Last year of the yearly series; default the latest in the data'),
          window: z.coerce
            .number()
            .int()
            .min(1)
            .max(50)
            .optional()
            .describe('Years back from `to` for growth and the recent share of enterprises'),
          rules: z
            .string()
            .max(20000)
            .optional()
            .describe('JSON array of rules replacing the defaults (see description)'),
        }),
        response: { 200: trendsSchema, ...errors },
      },
    },
    async (request) => {
      const { rules, ...rest } = request.query;
      const query = {
        ...rest,
        ...(rules !== undefined && { rules: parseSegmentClassRules(rules) }),
      };
      return trends(await loadTrends(app.store, query, app.config.analysisMaxNodes), query);
    },
  );
};
