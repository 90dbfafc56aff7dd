/** The answer of the region overview: the numbers a region's dashboard shows. */
import { z } from 'zod';
import { named } from './common.ts';
import { cohortNumbersSchema } from './programs.ts';

const countsByName = z.record(z.string(), z.number().int());

export const regionOverviewSchema = z.strictObject({
  region: named({ level: z.string().nullable() }),
  regions: z.number().int().describe('The region and the regions below it'),
  counts: z.strictObject({
    local: countsByName,
    global: z
      .strictObject({ nodes: z.number().int(), edges: z.number().int(), byKind: countsByName })
      .nullable(),
  }),
  chains: z.array(
    named({
      localEnterprises: z.number().int(),
      enterprises: z.number().int(),
      localClusters: z.array(z.string()),
      servedBy: z.array(z.string()),
      segments: z.array(
        named({
          position: z.string(),
          order: z.number().nullable(),
          localEnterprises: z.number().int(),
          enterprises: z.number().int(),
          byTier: countsByName,
        }),
      ),
    }),
  ),
  enterprises: z.strictObject({
    total: z.number().int(),
    byTier: countsByName,
    byScale: countsByName,
  }),
  postings: z.strictObject({
    total: z.strictObject({ postings: z.number().int(), headcount: z.number() }),
    byPeriod: z.array(
      z.strictObject({ period: z.string(), postings: z.number().int(), headcount: z.number() }),
    ),
  }),
  graduates: z.strictObject({
    byProgram: z.array(
      z.strictObject({
        program: z.string(),
        name_zh: z.string(),
        name_en: z.string().optional(),
        institution: z.string(),
        cohorts: z.array(cohortNumbersSchema),
      }),
    ),
    byYear: z.array(
      z.strictObject({ year: z.number().int(), graduates: z.number(), cohorts: z.number().int() }),
    ),
  }),
});
export type RegionOverview = z.infer<typeof regionOverviewSchema>;
