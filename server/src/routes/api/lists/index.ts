/**
 * `/api/lists`: the N lists of a chain in a region (1 图 N 清单) — one list, or all of them — as
 * JSON, CSV (UTF-8 with a byte-order mark) or XLSX (every list a sheet of one workbook). Each answer
 * says where its rows come from and what each column counts. As tools for AI assistants they
 * answer JSON (the format is fixed for them).
 */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  allListsSchema,
  errorBodySchema,
  listDefinitions,
  listNames,
  listNameSchema,
  listSchema,
  periodPattern,
} from '@chanjiao/graph-schema';
import { allLists, nList } from '../../../analysis/lists/index.ts';
import { loadLists } from '../../../analysis/load/lists.ts';
import { rulesText } from '../../../analysis/requirements.ts';
import { everyList, listCsv, listFormats, listsXlsx } from '../../../export/lists.ts';

const key = z.string().min(1).max(200);
const listQuery = {
  chain: key.describe('Chain key'),
  region: key.describe('Region code: the region, every region below it and their parks'),
  demand: z
    .enum(['structural', 'postings'])
    .default('structural')
    .describe(
      'Where occupation demand d_o comes from (as in the talent map): EMPLOYS.demand, or the region’s postings',
    ),
  period: z
    .string()
    .regex(periodPattern, 'must be a period like 2025, 2025-H1, 2025-Q3 or 2025-07')
    .optional()
    .describe('Postings period (2025 includes 2025-H1 …); all periods when absent'),
  lang: z.enum(['zh', 'en']).default('zh').describe('Language of CSV and XLSX headers and names'),
};
const errors = {
  404: errorBodySchema.describe('Unknown chain or region (named in the message)'),
  422: errorBodySchema.describe(
    'The question would read more than ATLAS_ANALYSIS_MAX_NODES nodes (or relationships in one step)',
  ),
  503: errorBodySchema,
};
const listsText = listNames
  .map((l) => `\`${l}\` (${listDefinitions[l].zh}, ${listDefinitions[l].en})`)
  .join(', ');

/** A download's file name, from keys that may hold any character: only safe ones kept. */
const attachment = (name: string, extension: string) =>
  `attachment; filename="${name.replace(/[^A-Za-z0-9._-]+/g, '_')}.${extension}"`;

/**
 * Sends a file: a CSV or XLSX answer is not the JSON the route's 200 schema describes, so it
 * leaves through the untyped reply, and the serializer (which only handles objects) lets it be.
 */
function sendFile(
  reply: FastifyReply,
  format: keyof typeof listFormats,
  name: string,
  body: string | Buffer,
): FastifyReply {
  return reply
    .type(listFormats[format].contentType)
    .header('content-disposition', attachment(name, listFormats[format].extension))
    .send(body);
}

export const listRoutes: FastifyPluginAsyncZod = async (app) => {
  const max = () => app.config.analysisMaxNodes;

  app.get(
    '/lists/:list',
    {
      config: { mcp: { fixed: { format: 'json' } } },
      schema: {
        tags: ['lists'],
        summary: 'One of the N lists of a chain in a region (1 图 N 清单), as JSON, CSV or XLSX',
        description:
          `The lists: ${listsText}. Each answer carries \`rowsFrom\` (where the rows come from), \`order\`, ` +
          '`columns` (each with what it counts), a `summary`, the `names` of every node a cell refers to, and the rows. ' +
          '"Local" means LOCATED_IN the region, a region below it, or a park there. Demand, shares δ_c, supply S_c and ' +
          'gaps g_c are the talent map’s and the skill gap’s, the supply being every local institution’s courses and ' +
          `micro-credentials. ${rulesText} ` +
          '`format=csv` answers UTF-8 CSV with a byte-order mark, `format=xlsx` a workbook with the list and a sheet ' +
          'explaining it; `lang` picks the language of their headers and names.',
        params: z.object({ list: listNameSchema }),
        querystring: z.object({
          ...listQuery,
          format: z.enum(['json', 'csv', 'xlsx']).default('json'),
        }),
        produces: ['application/json', 'text/csv', listFormats.xlsx.contentType],
        response: { 200: listSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { format, lang, ...query } = request.query;
      const question = { ...query, list: request.params.list };
      const answer = nList(await loadLists(app.store, question, max()), question);
      const name = `${request.params.list}-${query.chain}-${query.region}`;
      if (format === 'csv') return sendFile(reply, 'csv', name, listCsv(answer, lang));
      if (format === 'xlsx') return sendFile(reply, 'xlsx', name, await listsXlsx([answer], lang));
      return answer;
    },
  );

  app.get(
    '/lists',
    {
      config: { mcp: { fixed: { format: 'json' } } },
      schema: {
        tags: ['lists'],
        summary: 'Every N list of a chain in a region at once, as JSON or one XLSX workbook',
        description:
          `The lists ${listsText}, as \`GET /api/lists/{list}\` answers each, read and computed together. ` +
          '`format=xlsx` is one workbook: a sheet saying what each list and column is, then one sheet per list.',
        querystring: z.object({ ...listQuery, format: z.enum(['json', 'xlsx']).default('json') }),
        produces: ['application/json', listFormats.xlsx.contentType],
        response: { 200: allListsSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { format, lang, ...query } = request.query;
      const answer = allLists(await loadLists(app.store, query, max()), query);
      if (format === 'xlsx')
        return sendFile(
          reply,
          'xlsx',
          `lists-${query.chain}-${query.region}`,
          await listsXlsx(everyList(answer), lang),
        );
      return answer;
    },
  );
};
