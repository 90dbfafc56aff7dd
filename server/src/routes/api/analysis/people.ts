/**
 * `/api/analysis/match/*`, `/api/analysis/related/*` and `/api/analysis/experts`: person–job
 * matching, occupation and segment relatedness, and the expert finder, as pure functions over a
 * projection loaded from the store. Every answer carries the keys behind its numbers.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  candidatesForPostingSchema,
  errorBodySchema,
  expertFinderSchema,
  postingsForCandidateSchema,
  relatedOccupationsSchema,
  relatedSegmentsSchema,
} from '@chanjiao/graph-schema';
import { findExperts } from '../../../analysis/experts.ts';
import {
  loadCandidatesForPosting,
  loadExperts,
  loadPostingsForCandidate,
  loadRelatedOccupations,
  loadRelatedSegments,
} from '../../../analysis/load/people.ts';
import { candidatesForPosting, matchingRulesText } from '../../../analysis/matching.ts';
import { postingsForCandidate } from '../../../analysis/postings-for-candidate.ts';
import { relatedOccupations, relatedSegments } from '../../../analysis/relatedness.ts';
import { rulesText } from '../../../analysis/requirements.ts';
import { readStore } from '../../../trust/request.ts';

const key = z.string().min(1).max(200);
/** One value or the parameter repeated (`?competency=a&competency=b`). */
const keys = (what: string) =>
  z
    .union([key, z.array(key).max(50)])
    .optional()
    .describe(`${what}; repeat the parameter for more than one`);
const region = key.optional().describe('Region code (the region and everything below it)');
const limit = z.coerce.number().int().min(1).max(500).default(20).describe('Most results listed');
const minScore = z.coerce
  .number()
  .min(0)
  .max(1)
  .optional()
  .describe('Keep only pairs with score ≥ minScore (0–1)');
const period = z
  .string()
  .regex(
    /^\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/,
    'must be a period like 2025, 2025-H1, 2025-Q3 or 2025-07',
  )
  .optional()
  .describe('Postings period (2025 includes 2025-H1 …); all periods when absent');

const errors = (notFound: string) => ({
  400: errorBodySchema,
  404: errorBodySchema.describe(`${notFound} (named in the message)`),
  422: errorBodySchema.describe(
    'The question would read more than ATLAS_ANALYSIS_MAX_NODES nodes (or relationships in one step)',
  ),
  503: errorBodySchema,
});
const asList = (value: string | string[] | undefined) =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

export const peopleAnalysisRoutes: FastifyPluginAsyncZod = async (app) => {
  const max = () => app.config.analysisMaxNodes;

  app.get(
    '/analysis/match/posting',
    {
      schema: {
        tags: ['analysis'],
        summary: 'Person–job match (人岗匹配): candidates ranked for one posting',
        description:
          matchingRulesText +
          ' Each candidate lists matched, partial and missing competencies with need, have, weight and contribution ' +
          '(w·min(1, have/need)/Σw; they sum to the score). Filters: `region` keeps candidates LOCATED_IN the region or below ' +
          '(directly or via a park; a candidate without a location is excluded); `minLevel` keeps candidates holding every ' +
          'essential requirement at level ≥ minLevel; `minScore` keeps score ≥ minScore. `excluded` counts what each filter ' +
          'removed; `total` counts the ranked list before `limit`. Ordering: score descending, then candidate key. ' +
          rulesText,
        querystring: z.object({
          posting: key.describe('Posting key'),
          region,
          minScore,
          minLevel: z.coerce
            .number()
            .int()
            .min(1)
            .max(5)
            .optional()
            .describe('Every essential requirement held at ≥ this level (1–5)'),
          limit,
        }),
        response: { 200: candidatesForPostingSchema, ...errors('Unknown posting or region') },
      },
    },
    async (request) =>
      candidatesForPosting(
        await loadCandidatesForPosting(readStore(app, request), request.query, max()),
        request.query,
      ),
  );

  app.get(
    '/analysis/match/candidate',
    {
      schema: {
        tags: ['analysis'],
        summary: 'Person–job match (人岗匹配): postings ranked for one candidate',
        description:
          matchingRulesText +
          ' Each posting lists matched, partial and missing competencies with need, have, weight and contribution. ' +
          'Filters: `region` keeps postings LOCATED_IN the region or below (directly or via a park); `period` keeps postings ' +
          'whose period equals it or lies within it (2025 takes 2025-H1); `minScore` keeps score ≥ minScore. Postings that ' +
          'pass region and period but list no requirement are named in `unscored` instead of ranked. Ordering: score ' +
          'descending, then posting key. ' +
          rulesText,
        querystring: z.object({
          candidate: key.describe('Candidate key (pseudonymous)'),
          region,
          period,
          minScore,
          limit,
        }),
        response: { 200: postingsForCandidateSchema, ...errors('Unknown candidate or region') },
      },
    },
    async (request) =>
      postingsForCandidate(
        await loadPostingsForCandidate(readStore(app, request), request.query, max()),
        request.query,
      ),
  );

  app.get(
    '/analysis/related/occupations',
    {
      schema: {
        tags: ['analysis'],
        summary:
          'Related occupations (career transitions) by weighted Jaccard of competency weights',
        description:
          'Each occupation is the vector of its own REQUIRES weights w_oc (tasks it PERFORMS are not folded in). ' +
          'J(a, b) = Σ_c min(w_ac, w_bc) / Σ_c max(w_ac, w_bc) over the union of their competencies, in [0, 1], to 12 decimal places. ' +
          'Each related occupation lists the shared competencies (both weights and required levels, levelGap = ' +
          'max(0, target level − source level)) and the missing ones: what the target requires that the source does not, ' +
          'the gap of the transition. Only J > 0 is listed, by J descending then key; an occupation without requirements ' +
          'relates to nothing and `reason` says so. ' +
          rulesText,
        querystring: z.object({ occupation: key.describe('Occupation key'), limit }),
        response: { 200: relatedOccupationsSchema, ...errors('Unknown occupation') },
      },
    },
    async (request) =>
      relatedOccupations(
        await loadRelatedOccupations(readStore(app, request), request.query, max()),
        request.query,
      ),
  );

  app.get(
    '/analysis/related/segments',
    {
      schema: {
        tags: ['analysis'],
        summary: 'Related chain segments by the competencies their occupations share',
        description:
          'A segment’s profile is v_sc = Σ_o d_so·w_oc over the occupations it EMPLOYS, d_so = EMPLOYS.demand (an edge ' +
          'without demand counts 0; when none of the segment’s edges has demand every occupation counts 1, weighting ' +
          '"uniform"), normalised to shares δ_sc = v_sc / Σ_c v_sc so size does not matter, only the mix. Two segments are ' +
          'related by J = Σ_c min(δ_ac, δ_bc) / Σ_c max(δ_ac, δ_bc), to 12 decimal places, computed as J = I / (2 − I) with ' +
          'I = Σ_c min (both sets of shares sum to 1). Segments of every chain are compared. Each related ' +
          'segment lists the shared competencies with both shares and the occupations both employ. Only J > 0 is listed, ' +
          'by J descending then key. ' +
          rulesText,
        querystring: z.object({ segment: key.describe('Segment key'), limit }),
        response: { 200: relatedSegmentsSchema, ...errors('Unknown segment') },
      },
    },
    async (request) =>
      relatedSegments(
        await loadRelatedSegments(readStore(app, request), request.query, max()),
        request.query,
      ),
  );

  app.get(
    '/analysis/experts',
    {
      schema: {
        tags: ['analysis'],
        summary:
          'Expert finder: experts ranked by overlap with a request’s competencies and fields',
        description:
          'Give at least one competency, industry, chain or segment key (each repeatable). Per requested item a match in ' +
          '[0, 1]: a competency the expert HAS_COMPETENCY at level L counts min(1, L/5) (L defaults to 3; 0 without the edge); ' +
          'an industry, chain or segment counts 0.5^h for the closest SPECIALISES_IN target, h = PART_OF steps between them ' +
          'when one lies above the other (0 for the item itself; a segment of a requested chain or the chain of a requested ' +
          'segment is 1; industries any depth up or down GB/T 4754), 0 otherwise. score = Σ matches / number of distinct ' +
          'requested items; competencyScore and fieldScore are the same mean per part. `region` is a filter: an expert ' +
          'qualifies when an AFFILIATED_WITH institution or enterprise is LOCATED_IN the region or below (directly or via ' +
          'a park). Experts scoring 0 are left out; ordering is score descending, then key. Each expert lists the ' +
          'overlap that ranked it (competencies with level, fields with the specialism matched and its distance) and the ' +
          'requested items it does not cover.',
        querystring: z.object({
          competency: keys('Competency key'),
          industry: keys('Industry code (GB/T 4754)'),
          chain: keys('Chain key'),
          segment: keys('Segment key'),
          region,
          limit,
        }),
        response: {
          200: expertFinderSchema,
          ...errors('Unknown competency, industry, chain, segment or region'),
        },
      },
    },
    async (request) => {
      const { competency, industry, chain, segment, ...rest } = request.query;
      const query = {
        ...rest,
        competencies: asList(competency),
        industries: asList(industry),
        chains: asList(chain),
        segments: asList(segment),
      };
      return findExperts(await loadExperts(readStore(app, request), query, max()), query);
    },
  );
};
