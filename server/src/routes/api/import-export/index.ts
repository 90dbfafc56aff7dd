/** Bulk import (NDJSON, all or nothing) and streamed export (NDJSON, GraphML, GEXF). */
import { Readable } from 'node:stream';
import { errorBodySchema, importResultSchema } from '@chanjiao/graph-schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importBodyLimit } from '../../../app.ts';
import { exportFormats, writeExport, type ExportFormat } from '../../../export/formats.ts';
import { importNdjsonBody } from '../../../import/body-import.ts';

const ndjsonType = 'application/x-ndjson';

export const importExportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addContentTypeParser(
    ndjsonType,
    { parseAs: 'string', bodyLimit: importBodyLimit },
    (_request, body, done) => done(null, body),
  );

  app.post(
    '/import',
    {
      bodyLimit: importBodyLimit,
      schema: {
        tags: ['import-export'],
        summary: 'Import nodes and relationships (NDJSON, one record a line), all or nothing',
        description:
          'Body: `Content-Type: application/x-ndjson`, one record a line: ' +
          '`{"type":"node","kind":"Occupation","key":"…","props":{…}}` or ' +
          '`{"type":"edge","rel":"REQUIRES","from":{"kind":"Occupation","key":"…"},"to":{"kind":"Competency","key":"…"},"props":{…}}`. ' +
          'Any bad line rejects the whole import with 400, listing up to 100 problems with line numbers (and the total); nothing is written. ' +
          'Repeated records are upserts (the last wins); counts are of distinct nodes and relationships. `dryRun=true` validates and counts without writing. Bodies up to 64 MiB. ' +
          'The body goes through the same streaming import as file imports (one bulk session: one transaction on the embedded store, ' +
          'chunk transactions with undo entries on Neo4j), and the server keeps answering other requests while it is checked and written.',
        querystring: z.object({
          dryRun: z
            .enum(['true', 'false'])
            .default('false')
            .transform((v) => v === 'true'),
        }),
        consumes: [ndjsonType],
        body: z.string().describe('NDJSON records'),
        response: {
          200: importResultSchema,
          400: errorBodySchema.describe('Rejected: `details` lists {line, field, message}'),
          409: errorBodySchema.describe(
            'Another process holds a bulk import on this Neo4j database (IMPORT_IN_PROGRESS)',
          ),
          413: errorBodySchema,
          415: errorBodySchema,
          503: errorBodySchema.describe('The store is unavailable'),
        },
      },
    },
    async (request) =>
      // Tracked so that closing the app (inject, tests) waits for the import before the store.
      app.importJobs.track(
        importNdjsonBody(app.store, request.body, { dryRun: request.query.dryRun }),
      ),
  );

  app.get(
    '/export',
    {
      schema: {
        tags: ['import-export'],
        summary: 'Export the whole graph, streamed',
        description:
          'NDJSON is the import format (an export re-imports as is); GraphML and GEXF 1.3 open in Gephi, yEd and Cytoscape. ' +
          'Nodes come ordered by (kind, key), then relationships by (rel, from, to).',
        querystring: z.object({
          format: z
            .enum(Object.keys(exportFormats) as [ExportFormat, ...ExportFormat[]])
            .default('ndjson'),
        }),
        produces: Object.values(exportFormats).map((f) => f.contentType.split(';')[0]!),
        response: {
          200: z.unknown().describe('The graph in the chosen format, streamed'),
          400: errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const spec = exportFormats[format];
      const stream = Readable.from(writeExport(format, app.store.exportAll()), {
        objectMode: false,
      });
      return reply
        .type(spec.contentType)
        .header('content-disposition', `attachment; filename="chanjiao-atlas.${spec.extension}"`)
        .send(stream);
    },
  );
};
