/**
 * `/api/analysis/program-adjustment`, `/api/analysis/alignment`, `/api/analysis/overview`: the
 * program office's analyses (专业设置动态调整, 专业群与产业链适配) and the region dashboard, as pure
 * functions over a projection loaded from the store. Each answer carries the keys behind its numbers.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  alignmentSchema,
  errorBodySchema,
  programAdjustmentSchema,
  regionOverviewSchema,
} from '@chanjiao/graph-schema';
import { alignment, topGapCount } from '../../../analysis/alignment.ts';
import { loadAlignment, loadProgramAdjustment } from '../../../analysis/load/programs.ts';
import { loadOverview } from '../../../analysis/load/region.ts';
import { regionOverview } from '../../../analysis/overview.ts';
import {
  adjustmentFields,
  conditionText,
  defaultAdjustmentRules,
  fallbackRecommendation,
  operators,
  parseAdjustmentRules,
  programAdjustment,
  suggestionCount,
} from '../../../analysis/program-adjustment.ts';
import { rulesText } from '../../../analysis/requirements.ts';

const key = z.string().min(1).max(200);
const period = z
  .string()
  .regex(
    /^\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/,
    'must be a period like 2025, 2025-H1, 2025-Q3 or 2025-07',
  );
const errors = {
  400: errorBodySchema.describe(
    'A bad parameter, or `rules` that is not valid JSON or not valid rules',
  ),
  404: errorBodySchema.describe('Unknown institution, chain or region (named in the message)'),
  422: errorBodySchema.describe(
    'The question would read more than ATLAS_ANALYSIS_MAX_NODES nodes (or relationships in one step)',
  ),
  503: errorBodySchema,
};

const defaultRulesText = defaultAdjustmentRules
  .map((r, i) => `${i + 1}. \`${r.id}\` → ${r.recommendation} when ${conditionText(r.when)}`)
  .join('; ');
const fieldsText = Object.entries(adjustmentFields)
  .map(([field, meaning]) => `\`${field}\` (${meaning})`)
  .join(', ');

export const programAnalysisRoutes: FastifyPluginAsyncZod = async (app) => {
  const max = () => app.config.analysisMaxNodes;

  app.get(
    '/analysis/program-adjustment',
    {
      schema: {
        tags: ['analysis'],
        summary:
          'Program adjustment (专业设置动态调整): expand / maintain / reform / shrink per program, with the rule that fired',
        description:
          'For every program the institution OFFERS. ' +
          '**Supply** = graduates of the latest cohort (COHORT_OF) whose year is not after the year of `period`. ' +
          '**Demand** (`demandNow`, `demandBefore`) = Σ headcount of distinct postings FOR an occupation the program PREPARES_FOR, ' +
          'LOCATED_IN the region or below it (directly or via a park), whose period equals or lies within `period` / `previousPeriod` ' +
          '(2025 takes 2025-H1). `region` defaults to the institution’s city (its LOCATED_IN region, up PART_OF to the first with ' +
          'level `city`); `period` and `previousPeriod` default to the two latest distinct posting periods found in that region ' +
          '(string order; the previous one must not overlap the current; reduced to years first when the postings mix granularities ' +
          'such as 2025 and 2025-H1). ' +
          '**trend** = (demandNow − demandBefore)/demandBefore, null when demandBefore is 0. ' +
          '**employmentRate** = employed/graduates, **relevanceRate** = employedInTarget/employed (without employedInTarget: Σ OUTCOME.count ' +
          'to occupations the program prepares for), **retentionRate** = stayedInRegion/graduates — latest cohort; null when a count is ' +
          'missing or the divisor is 0, capped at 1 with a warning. ' +
          '**coverage** = skill-gap coverage Σ δ_c·S_c of the program’s courses against the structural demand of each chain the program ' +
          'or its program groups SERVE (or `chain`), the highest over the chains; **targetCoverage** = the same with the chain’s demand ' +
          'restricted to the occupations the program prepares for; **structuralDemand** = Σ EMPLOYS.demand on those occupations in the ' +
          'chains’ segments; **graduatesPerPosting** = supply/demandNow. ' +
          `Fields a rule can test: ${fieldsText}. ` +
          '**Rules** are an ordered JSON array `[{"id","recommendation":"expand|maintain|reform|shrink","when":[{"field","op","value"}],"note"?}]` ' +
          `with op one of ${operators.join(' ')}; the first rule whose conditions all hold fires (a condition on a null field does not ` +
          `hold; an empty \`when\` always holds); none → \`${fallbackRecommendation}\` (rule id \`default\`). The \`rules\` parameter replaces ` +
          `the defaults: ${defaultRulesText}. ` +
          `Each program also lists the rules that did not fire (with the first failing condition) and up to ${suggestionCount} suggested ` +
          'micro-credentials: the knowledge and skill competencies with the largest chain gaps g_c = δ_c·(1 − S_c) among those required by ' +
          'the occupations it prepares for or its latest cohort went to (OUTCOME), with existing micro-credentials that teach them. ' +
          'Programs are listed shrink, reform, expand, maintain, then by key. ' +
          rulesText,
        querystring: z.object({
          institution: key.describe('Institution key'),
          region: key
            .optional()
            .describe('Region code for posting demand (and below); default the institution’s city'),
          period: period
            .optional()
            .describe('Current postings period; default the latest found in the region'),
          previousPeriod: period
            .optional()
            .describe('Previous postings period; default the latest found before `period`'),
          chain: key
            .optional()
            .describe('Chain key for coverage; default the chains the programs’ groups serve'),
          rules: z
            .string()
            .max(20000)
            .optional()
            .describe('JSON array of rules replacing the defaults (see description)'),
        }),
        response: { 200: programAdjustmentSchema, ...errors },
      },
    },
    async (request) => {
      const { rules, ...rest } = request.query;
      const parsed = rules !== undefined ? parseAdjustmentRules(rules) : undefined;
      return programAdjustment(await loadProgramAdjustment(app.store, rest, max()), {
        ...rest,
        ...(parsed && { rules: parsed }),
      });
    },
  );

  app.get(
    '/analysis/alignment',
    {
      schema: {
        tags: ['analysis'],
        summary: 'Program–chain alignment: an institution’s programs ranked by skill-gap coverage',
        description:
          'For every program the institution OFFERS and every chain the program or its program groups SERVE (or the `chain` given): ' +
          'the skill gap with the program as supplier — S_c = min(1, max taught level / max required level), 0 when nothing teaches c; ' +
          'g_c = δ_c·(1 − S_c); coverage = Σ δ_c·S_c — and the ' +
          `${topGapCount} largest gaps (> 0). Demand: d_o = Σ EMPLOYS.demand over the chain’s segments (\`demand=structural\`, default) or ` +
          'Σ headcount of postings FOR o in `region` (and below) and `period` (`demand=postings`); `region` matters only for postings. ' +
          'A program’s `best` is its highest coverage over its chains; programs are ranked by it (descending, then key), and programs ' +
          'with no coverage (no chain served, or no demand) come last with rank null and a reason. `chains` ranks the programs per chain ' +
          'the same way. ' +
          rulesText,
        querystring: z.object({
          institution: key.describe('Institution key'),
          chain: key.optional().describe('Chain key; default the chains each program serves'),
          region: key.optional().describe('Region code (postings demand only)'),
          demand: z
            .enum(['structural', 'postings'])
            .default('structural')
            .describe('Where occupation demand d_o comes from'),
          period: period
            .optional()
            .describe('Postings period (2025 includes 2025-H1 …); all periods when absent'),
        }),
        response: { 200: alignmentSchema, ...errors },
      },
    },
    async (request) =>
      alignment(await loadAlignment(app.store, request.query, max()), request.query),
  );

  app.get(
    '/analysis/overview',
    {
      schema: {
        tags: ['analysis'],
        summary: 'Region overview: counts, chains and segments, enterprises, postings, graduates',
        description:
          'Counting only, for the region and every region below it (PART_OF). Local = LOCATED_IN there, directly or through a park. ' +
          '`counts.local`: located kinds (Enterprise, Institution, Cluster, Park, Consortium, Posting, Candidate, TrainingBase), ' +
          'programs OFFERED by local institutions, their cohorts, and the chains shown; `counts.global`: every node and edge in the store ' +
          'by kind. Chains shown: those with a local enterprise OPERATES_IN a segment, or PART_OF a local cluster, or SERVED by a local ' +
          'program or program group; per segment, distinct local enterprises, by tier, and all enterprises anywhere. Enterprises by tier ' +
          '(innovative / specialised / little-giant / none) and scale (unknown when absent). Postings: count and Σ headcount per stored ' +
          'period. Graduates: per program of a local institution and year (cohorts), and per year in total.',
        querystring: z.object({ region: key.describe('Region code') }),
        response: { 200: regionOverviewSchema, ...errors },
      },
    },
    async (request) => {
      const graph = await loadOverview(app.store, request.query, max());
      const stats = await app.store.stats();
      return regionOverview(graph, request.query, stats);
    },
  );
};
