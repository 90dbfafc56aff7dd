/**
 * Uploads and import jobs: upload each file (raw body), then start a job that reads them as NDJSON,
 * through a mapping document or through a preset; follow its progress by polling or as
 * Server-Sent Events.
 */
import type { Readable } from 'node:stream';
import {
  errorBodySchema,
  importJobRequestSchema,
  importJobSchema,
  importPresetsSchema,
  uploadSchema,
} from '@chanjiao/graph-schema';
import { presetNames, presets } from '@chanjiao/seed-data';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { describeAdds } from '../../../import/mapping/index.ts';
import { loadPreset } from '../../../import/open-sources.ts';

const octetStream = 'application/octet-stream';

export const importJobRoutes: FastifyPluginAsyncZod = async (app) => {
  // The body stays a stream: uploads go to disk as they arrive.
  app.addContentTypeParser(octetStream, (_request, payload, done) => done(null, payload));

  app.post(
    '/uploads',
    {
      schema: {
        tags: ['import-jobs'],
        summary: 'Upload one file for an import job (raw bytes, streamed to disk)',
        description:
          'Body: the file as is, `Content-Type: application/octet-stream` (no body: an empty file). ' +
          'Limits: ATLAS_UPLOAD_MAX_SIZE a file (default 1 GiB) and ATLAS_UPLOAD_QUOTA a user (default 4 GiB) over the uploads they have; ' +
          'past either 413. Uploads are deleted ATLAS_UPLOAD_TTL_HOURS after they arrive (default 24).',
        querystring: z.object({
          name: z.string().min(1).describe('the file name, e.g. Skills.txt'),
        }),
        consumes: [octetStream],
        response: { 201: uploadSchema, 400: errorBodySchema, 413: errorBodySchema },
      },
    },
    async (request, reply) => {
      const length = request.headers['content-length'];
      const upload = await app.importJobs.uploads.save(
        request.query.name,
        request.body as unknown as Readable | undefined,
        request.principal!.userId,
        length === undefined ? undefined : Number(length),
      );
      return reply.code(201).send(upload);
    },
  );

  app.get(
    '/import-presets',
    {
      schema: {
        tags: ['import-jobs'],
        summary: 'The mapping presets shipped with the platform (O*NET, ESCO)',
        description:
          'Each preset reads a published download as distributed. `fileDetails` lists its files, core first: ' +
          'an import needs the core file(s) (`required`); every other file is read when present, and an import ' +
          'without it reports what it would have added (`adds`). A file whose links end at nodes of another file ' +
          '(`needs`) has those links left out when that file is absent.',
        response: { 200: importPresetsSchema },
      },
    },
    async () => ({
      presets: presetNames.map((name) => {
        const { files } = loadPreset(name).mapping;
        // Core files first: an import needs them; the others are read when present.
        const ordered = [...files.filter((f) => f.required), ...files.filter((f) => !f.required)];
        return {
          name,
          description: presets[name].description,
          files: files.map((f) => f.match),
          fileDetails: ordered.map((f) => ({
            match: f.match,
            required: f.required,
            adds: describeAdds(f),
            needs: [...new Set([...(f.needs ?? []), ...f.edges.flatMap((e) => e.needs ?? [])])],
          })),
        };
      }),
    }),
  );

  app.post(
    '/import-jobs',
    {
      schema: {
        tags: ['import-jobs'],
        summary: 'Start an import (or a dry run) of uploaded files',
        description:
          'Without `mapping` or `preset` the uploads are NDJSON records. The mapping (YAML or JSON text, see docs/mapping.md) and every file header are checked now: ' +
          'problems answer 400 `MAPPING_INVALID` before any row is read. The job then runs in the background, one at a time, all or nothing; ' +
          'row problems end it as `rejected` with file, row and column.',
        body: importJobRequestSchema,
        response: { 202: importJobSchema, 400: errorBodySchema, 404: errorBodySchema },
      },
    },
    async (request, reply) => {
      const job = await app.importJobs.start(request.body);
      return reply.code(202).header('location', `/api/import-jobs/${job.id}`).send(job);
    },
  );

  app.get(
    '/import-jobs/:id',
    {
      schema: {
        tags: ['import-jobs'],
        summary: 'An import job: state, progress, result or problems',
        params: z.object({ id: z.string() }),
        response: { 200: importJobSchema, 404: errorBodySchema },
      },
    },
    async (request) => app.importJobs.get(request.params.id),
  );

  app.get(
    '/import-jobs/:id/events',
    {
      schema: {
        tags: ['import-jobs'],
        summary: 'An import job’s progress as Server-Sent Events',
        description:
          'Each event’s `data` is the job (as GET returns it), sent now, then about 4 times a second while it changes; the stream ends after the final state.',
        params: z.object({ id: z.string() }),
        produces: ['text/event-stream'],
        response: {
          200: z.string().describe('Server-Sent Events, one job snapshot each'),
          404: errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const first = app.importJobs.get(request.params.id);
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
      });
      let unsubscribe = (): void => {};
      const send = (job: typeof first): void => {
        raw.write(`data: ${JSON.stringify(job)}\n\n`);
        if (job.state !== 'running') {
          unsubscribe();
          raw.end();
        }
      };
      if (first.state !== 'running') return send(first);
      unsubscribe = app.importJobs.subscribe(first.id, send);
      request.raw.on('close', () => unsubscribe());
      raw.write(`data: ${JSON.stringify(first)}\n\n`);
    },
  );
};
