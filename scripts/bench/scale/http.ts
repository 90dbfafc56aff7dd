/**
 * HTTP measurements of the scale benchmark: latency percentiles of requests sent one at a time, and
 * throughput under concurrent load with autocannon over a list of paths, so a load test is not one
 * cached answer.
 *
 * Under load every request takes a path at random from the list (seeded, so runs repeat). Cycling
 * through the list in order, as autocannon does with a list of requests, sends the same path on
 * every connection nearly in step: most rows the server reads are then the ones the connection
 * before it just read, which no real use does (at 1M, depth-2 neighbourhoods of 220 centres: in
 * step 223–381 req/s, at random 305–346, and the row cache's eviction slowdown, 107–130 at random,
 * hid behind 160–291 in step).
 */
import autocannon from 'autocannon';
import { seededRandom } from '../../../web/src/core/utils/random.ts';

export interface Latency {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Mean response size in bytes. */
  bytes: number;
}

export function percentiles(times: number[], bytes = 0): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return {
    requests: sorted.length,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: sorted[sorted.length - 1] ?? 0,
    bytes: sorted.length ? Math.round(bytes / sorted.length) : 0,
  };
}

/** Each path once (after `warm` unmeasured rounds), one request at a time. */
export async function sequential(base: string, paths: string[], rounds = 1): Promise<Latency> {
  const times: number[] = [];
  let bytes = 0;
  for (let round = 0; round < rounds; round++)
    for (const path of paths) {
      const started = performance.now();
      const response = await fetch(base + path);
      const body = await response.arrayBuffer();
      if (!response.ok)
        throw new Error(`${path}: ${response.status} ${Buffer.from(body).toString()}`);
      times.push(performance.now() - started);
      bytes += body.byteLength;
    }
  return percentiles(times, bytes);
}

export interface Throughput {
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

/** A request rewriter that gives each request a path drawn at random (seeded) from `paths`. */
function pick(paths: string[]) {
  const random = seededRandom(paths.length);
  return (request: { path?: string }) => ({
    ...request,
    path: paths[Math.floor(random() * paths.length)],
  });
}

export async function load(
  base: string,
  paths: string[],
  seconds: number,
  connections: number,
): Promise<Throughput> {
  const result = await autocannon({
    url: base,
    connections,
    duration: seconds,
    requests: [{ method: 'GET', path: paths[0], setupRequest: pick(paths) }],
  });
  // A figure that counts refusals or failed connections measures nothing: stop instead.
  const failed = result.errors + result.non2xx;
  if (failed > 0)
    throw new Error(
      `${base}${paths[0]}…: ${failed} of ${result.requests.total} requests failed under load (errors ${result.errors}, non-2xx ${result.non2xx})`,
    );
  return {
    connections,
    seconds,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}
