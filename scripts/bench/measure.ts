// Load with autocannon, and percentiles of repeated calls.
import autocannon from "autocannon";
import { performance } from "node:perf_hooks";

export interface RouteResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

export interface Load {
  url: string;
  headers?: Record<string, string>;
  method?: "GET" | "POST";
  /** A body per request (distinct writes); called once per request sent. */
  body?: () => string;
  /** Told of every answer, with the body that was sent. */
  onAnswer?: (status: number, sent: string | undefined) => void;
}

function fire(load: Load, seconds: number, connections: number): Promise<autocannon.Result> {
  const sent = new Map<unknown, string>();
  return autocannon({
    url: load.url,
    connections,
    duration: seconds,
    method: load.method ?? "GET",
    headers: load.headers,
    requests: [
      {
        setupRequest: (request, context) => {
          if (!load.body) return request;
          const body = load.body();
          sent.set(context, body);
          return { ...request, body };
        },
        onResponse: (status, _body, context) => load.onAnswer?.(status, sent.get(context)),
      },
    ],
  });
}

/** A warm-up of `warmup` seconds (compilation, caches, pools), then `seconds` measured at `connections`. */
export async function measure(load: Load, options: { seconds: number; connections: number; warmup: number }): Promise<RouteResult> {
  if (options.warmup > 0) await fire({ ...load, onAnswer: undefined }, options.warmup, options.connections);
  const result = await fire(load, options.seconds, options.connections);
  return {
    rps: Math.round(result.requests.average * 10) / 10,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
const round = (ms: number) => Math.round(ms * 1000) / 1000;

/** p50 and p95, in milliseconds, of `runs` calls one after the other (after 20 unmeasured). */
export async function timeCalls(runs: number, call: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 20; i++) await call();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await call();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: round(percentile(times, 0.5)), p95: round(percentile(times, 0.95)) };
}
