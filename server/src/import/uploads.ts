/**
 * Uploaded files waiting for an import job: streamed to the data directory as they arrive, each
 * with a small JSON sidecar (name, size, owner, time). Limits come from the configuration: a
 * size per file and a quota per user over the uploads they still have (files being received
 * count too, so parallel uploads cannot overrun it). Uploads expire after a time to live and are
 * purged on a timer, not only at start, so a long-running server does not fill its disk.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Upload } from '@chanjiao/graph-schema';
import { AtlasError, BadRequestError, NotFoundError } from '../errors.ts';

export class UploadTooLargeError extends AtlasError {
  override name = 'UploadTooLargeError';
  override readonly statusCode = 413;
  override readonly code = 'UPLOAD_TOO_LARGE';
}

export class UploadQuotaError extends AtlasError {
  override name = 'UploadQuotaError';
  override readonly statusCode = 413;
  override readonly code = 'UPLOAD_QUOTA_EXCEEDED';
}

export interface UploadLimits {
  /** Largest file, in bytes. */
  maxBytes: number;
  /** Most bytes one user may have uploaded and not yet expired. */
  quotaBytes: number;
  /** How long an upload is kept. */
  ttlMs: number;
  /** How often expired uploads are deleted (default: a quarter of the TTL, at most hourly). */
  purgeEveryMs?: number;
}

interface StoredUpload extends Upload {
  owner: string;
  createdAt: string;
}

const idPattern = /^[0-9a-f-]{36}$/;

export class Uploads {
  private readonly receiving = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly dir: string,
    private readonly limits: UploadLimits,
  ) {
    fs.mkdirSync(dir, { recursive: true });
    this.purgeExpired();
    const every = limits.purgeEveryMs ?? Math.min(limits.ttlMs / 4, 3600_000);
    this.timer = setInterval(() => this.purgeExpired(), every);
    this.timer.unref();
  }

  /** Stops the purge timer. */
  close(): void {
    clearInterval(this.timer);
  }

  /** Deletes uploads older than the TTL (and partial files left by a crash); returns how many. */
  purgeExpired(now = Date.now()): number {
    let removed = 0;
    for (const name of fs.readdirSync(this.dir)) {
      const file = path.join(this.dir, name);
      try {
        if (now - fs.statSync(file).mtimeMs > this.limits.ttlMs) {
          fs.rmSync(file, { force: true });
          if (!name.endsWith('.json')) removed++;
        }
      } catch {
        // Removed meanwhile by another purge or a finished job: nothing to do.
      }
    }
    return removed;
  }

  /** Bytes of the owner's kept uploads plus those being received. */
  usedBy(owner: string): number {
    let used = this.receiving.get(owner) ?? 0;
    for (const name of fs.readdirSync(this.dir)) {
      if (!name.endsWith('.json')) continue;
      try {
        const meta = JSON.parse(fs.readFileSync(path.join(this.dir, name), 'utf8')) as StoredUpload;
        if (meta.owner === owner) used += meta.bytes;
      } catch {
        // A sidecar being written or purged: not counted.
      }
    }
    return used;
  }

  /**
   * Streams an upload to disk. `declaredBytes` (Content-Length) lets an upload over a limit be
   * refused before it is read; otherwise it is cut off when it passes one. Nothing is kept of a
   * refused upload. A request without a body is an empty file.
   */
  async save(
    name: string,
    body: Readable | undefined,
    owner: string,
    declaredBytes?: number,
  ): Promise<Upload> {
    const clean = path.basename(name.trim());
    if (!clean || clean === '.' || clean === '..')
      throw new BadRequestError('name: the upload needs a file name (?name=…)');
    const allowance = Math.min(this.limits.maxBytes, this.limits.quotaBytes - this.usedBy(owner));
    const refuse = (bytes: number) =>
      bytes > this.limits.maxBytes
        ? new UploadTooLargeError(
            `the upload exceeds the limit of ${this.limits.maxBytes} bytes (ATLAS_UPLOAD_MAX_SIZE)`,
          )
        : new UploadQuotaError(
            `the upload would exceed your quota of ${this.limits.quotaBytes} bytes (ATLAS_UPLOAD_QUOTA); ` +
              `uploads are deleted ${Math.round(this.limits.ttlMs / 3600_000)} h after they arrive`,
          );
    if (declaredBytes !== undefined && declaredBytes > allowance) throw refuse(declaredBytes);

    const id = randomUUID();
    const file = path.join(this.dir, id);
    let bytes = 0;
    const receiving = this.receiving;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        receiving.set(owner, (receiving.get(owner) ?? 0) + chunk.length);
        if (bytes > allowance) done(refuse(bytes));
        else done(null, chunk);
      },
    });
    try {
      await pipeline(body ?? Readable.from([]), counter, fs.createWriteStream(file));
    } catch (error) {
      fs.rmSync(file, { force: true });
      throw error;
    } finally {
      const left = (receiving.get(owner) ?? 0) - bytes;
      if (left > 0) receiving.set(owner, left);
      else receiving.delete(owner);
    }
    const upload: Upload = { id, name: clean, bytes };
    const stored: StoredUpload = { ...upload, owner, createdAt: new Date().toISOString() };
    fs.writeFileSync(`${file}.json`, JSON.stringify(stored));
    return upload;
  }

  /** An upload by id, with its path, or 404. */
  get(id: string): Upload & { path: string } {
    const file = path.join(this.dir, id);
    if (!idPattern.test(id) || !fs.existsSync(`${file}.json`))
      throw new NotFoundError(
        `uploads: no upload ${id} (uploads are kept for ${Math.round(this.limits.ttlMs / 3600_000)} hours)`,
      );
    const {
      owner: _owner,
      createdAt: _createdAt,
      ...upload
    } = JSON.parse(fs.readFileSync(`${file}.json`, 'utf8')) as StoredUpload;
    return { ...upload, path: file };
  }
}
