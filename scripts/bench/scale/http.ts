/**
 * HTTP measurements of the scale benchmark: latency percentiles of requests sent one at a time, and
 * throughput under concurrent load with autocannon (cycling through a list of paths, so a load
 * test is not one cached answer).
 */
import autocannon from 'autocannon';

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
    requests: paths.map((path) => ({ method: 'GET', path })),
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
