import { Pool } from 'undici';

export interface LoadResult {
  readonly requests: number;
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Answers other than 200, and requests that failed outright. */
  readonly errors: number;
}

export interface LoadOptions {
  readonly origin: string;
  /** Each request takes the next of these paths, round robin. */
  readonly paths: readonly string[];
  readonly headers?: Record<string, string>;
  readonly connections: number;
  readonly seconds: number;
  /** Requests per second for all connections together; unset: as fast as answers come. */
  readonly rate?: number;
}

/**
 * A closed-loop HTTP load (each connection sends its next request when the last is answered),
 * or an open one at a fixed rate: the same client for Waybill and for its baseline, so the two
 * figures differ only by the server.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const pool = new Pool(options.origin, { connections: options.connections, pipelining: 1 });
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const deadline = performance.now() + options.seconds * 1000;
  const one = async () => {
    const path = options.paths[next++ % options.paths.length] as string;
    const started = performance.now();
    try {
      const response = await pool.request({ method: 'GET', path, headers: options.headers ?? {} });
      await response.body.arrayBuffer();
      if (response.statusCode !== 200) errors += 1;
    } catch {
      errors += 1;
    }
    latencies.push(performance.now() - started);
  };
  const began = performance.now();
  if (options.rate === undefined) {
    await Promise.all(
      Array.from({ length: options.connections }, async () => {
        while (performance.now() < deadline) await one();
      }),
    );
  } else {
    const inFlight = new Set<Promise<void>>();
    const gapMs = 1000 / options.rate;
    for (let due = began; due < deadline; due += gapMs) {
      const wait = due - performance.now();
      if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
      const request = one().finally(() => inFlight.delete(request));
      inFlight.add(request);
    }
    await Promise.all(inFlight);
  }
  const elapsed = (performance.now() - began) / 1000;
  await pool.close();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    requests: latencies.length,
    perSecond: latencies.length / elapsed,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    errors,
  };
}
