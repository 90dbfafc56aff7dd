/**
 * `/api/analysis/*`: the analyses of DESIGN.md as pure functions over a projection loaded from the
 * store (one implementation for both stores). Each answer carries the keys behind its numbers.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loadSkillGap, loadTalentMap, loadWeakLinks } from '../../../analysis/load/chains.ts';
import { mappingRulesText } from '../../../analysis/mappings.ts';
import { rulesText } from '../../../analysis/requirements.ts';
import { skillGap, type Supplier } from '../../../analysis/skill-gap.ts';
import { talentMap } from '../../../analysis/talent-map.ts';
import { weakLinks } from '../../../analysis/weak-links.ts';
import { BadRequestError } from '../../../errors.ts';
import {
  errorBodySchema,
  skillGapSchema,
  talentMapSchema,
  weakLinksSchema,
} from '@chanjiao/graph-schema';

const key = z.string().min(1).max(200);
const demandQuery = {
  chain: key.describe('Chain key'),
  region: key.optional().describe('Region code (the region and everything below it)'),
  demand: z
    .enum(['structural', 'postings'])
    .default('structural')
    .describe('Where occupation demand d_o comes from'),
  period: z
    .string()
    .regex(
      /^\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/,
      'must be a period like 2025, 2025-H1, 2025-Q3 or 2025-07',
    )
    .optional()
    .describe('Postings period (2025 includes 2025-H1 …); all periods when absent'),
  mappings: z
    .enum(['ignore', 'follow'])
    .default('ignore')
    .describe(
      'follow: occupations without a profile borrow one over SAME_AS / BROADER_MATCH; SAME_AS competencies count as one',
    ),
};
const errors = {
  400: errorBodySchema,
  404: errorBodySchema.describe(
    'Unknown chain, region, program, institution or micro-credential (named in the message)',
  ),
  422: errorBodySchema.describe(
    'The question would read more than ATLAS_ANALYSIS_MAX_NODES nodes (or relationships in one step)',
  ),
  503: errorBodySchema,
};

export const analysisRoutes: FastifyPluginAsyncZod = async (app) => {
  const max = () => app.config.analysisMaxNodes;

  app.get(
    '/analysis/talent-map',
    {
      schema: {
        tags: ['analysis'],
        summary:
          'Chain talent map: segments → occupations with demand → competencies with demand and share',
        description:
          'd_o is Σ EMPLOYS.demand over the chain’s segments (`demand=structural`, default) or Σ headcount of postings FOR o ' +
          'in the region (and below) and period (`demand=postings`; only occupations the chain employs). ' +
          'D_c = Σ_o d_o·w_oc, δ_c = D_c/ΣD. ' +
          rulesText +
          ' ' +
          mappingRulesText,
        querystring: z.object(demandQuery),
        response: { 200: talentMapSchema, ...errors },
      },
    },
    async (request) =>
      talentMap(await loadTalentMap(app.store, request.query, max()), request.query),
  );

  app.get(
    '/analysis/skill-gap',
    {
      schema: {
        tags: ['analysis'],
        summary:
          'Skill gap of a chain’s demand against an institution, a program or a micro-credential',
        description:
          'Give exactly one of `institution`, `program`, `microCredential`. S_c = min(1, max taught level / max required level), ' +
          '0 when nothing teaches c; gap g_c = δ_c·(1 − S_c); coverage = Σ δ_c·S_c, so coverage + Σ gap = 1 when there is demand. ' +
          'With no demand, `coverage` is null and `reason` says why. Competencies are sorted by gap. ' +
          'An institution supplies its programs’ courses, the courses and micro-credentials it offers. ' +
          rulesText +
          ' ' +
          mappingRulesText,
        querystring: z.object({
          ...demandQuery,
          institution: key.optional(),
          program: key.optional(),
          microCredential: key.optional(),
        }),
        response: { 200: skillGapSchema, ...errors },
      },
    },
    async (request) => {
      const { institution, program, microCredential, ...rest } = request.query;
      const given: Supplier[] = [
        ...(institution ? [{ kind: 'Institution' as const, key: institution }] : []),
        ...(program ? [{ kind: 'Program' as const, key: program }] : []),
        ...(microCredential ? [{ kind: 'MicroCredential' as const, key: microCredential }] : []),
      ];
      if (given.length !== 1)
        throw new BadRequestError('give exactly one of institution, program, microCredential', [
          {
            field: 'querystring',
            message: 'exactly one of institution, program, microCredential is required',
          },
        ]);
      const query = { ...rest, supplier: given[0]! };
      return skillGap(await loadSkillGap(app.store, query, max()), query);
    },
  );

  app.get(
    '/analysis/weak-links',
    {
      schema: {
        tags: ['analysis'],
        summary:
          'Chain weak links (补链·强链): local enterprises and location quotient per segment',
        description:
          'LQ = (n_s,R / n_K,R) / (n_s / n_K) over distinct enterprises OPERATES_IN the segment (s) or the chain (K), located in ' +
          'the region or below it, directly or through a park (R), or anywhere. missing: no local enterprise; weak: LQ < weakBelow ' +
          '(0.5); strong: LQ > strongAbove (1.5); else normal. Each segment gives localShare = n_s,R / n_K,R and the baseline ' +
          'baselineShare = n_s / n_K (LQ = localShare / baselineShare), and fewEnterprises when n_s,R is above 0 but below ' +
          'minLocalEnterprises (3), where one enterprise more or less swings the quotient. Missing and weak segments list up to ' +
          '`candidates` (5; 0–20) enterprises outside the region that operate in them — highest tier first (little-giant, ' +
          'specialised, innovative, none), then largest scale (large, medium, small, micro, none), then key — with their LOCATED_IN ' +
          'regions or parks.',
        querystring: z.object({
          chain: key,
          region: key,
          weakBelow: z.coerce.number().min(0).optional(),
          strongAbove: z.coerce.number().min(0).optional(),
          minLocalEnterprises: z.coerce
            .number()
            .int()
            .min(1)
            .max(1000)
            .optional()
            .describe('Flag quotients resting on fewer local enterprises (default 3)'),
          candidates: z.coerce
            .number()
            .int()
            .min(0)
            .max(20)
            .optional()
            .describe('Candidate enterprises per missing or weak segment (default 5)'),
        }),
        response: { 200: weakLinksSchema, ...errors },
      },
    },
    async (request) => {
      const { chain, region, weakBelow, strongAbove, minLocalEnterprises, candidates } =
        request.query;
      const query = {
        chain,
        region,
        thresholds: {
          ...(weakBelow !== undefined && { weakBelow }),
          ...(strongAbove !== undefined && { strongAbove }),
          ...(minLocalEnterprises !== undefined && { minLocalEnterprises }),
        },
        ...(candidates !== undefined && { candidates }),
      };
      return weakLinks(await loadWeakLinks(app.store, query, max()), query);
    },
  );
};
