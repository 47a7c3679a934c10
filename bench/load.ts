export interface LoadOptions {
  concurrency: number;
  /** Stops after this many requests or this many milliseconds, whichever comes first. */
  maxRequests: number;
  maxMs: number;
}

export interface LoadResult {
  ok: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
  firstError?: string;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}

/**
 * Keeps `concurrency` calls of `work` in flight in this process: the same closed loop for the
 * driver and for HTTP, so the figures differ only by what `work` does. Latency is of successes.
 */
export async function runLoad(
  work: () => Promise<unknown>,
  options: LoadOptions,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let started = 0;
  let errors = 0;
  let firstError: string | undefined;
  const begin = performance.now();
  const deadline = begin + options.maxMs;
  const worker = async () => {
    while (started < options.maxRequests && performance.now() < deadline) {
      started += 1;
      const t0 = performance.now();
      try {
        await work();
        latencies.push(performance.now() - t0);
      } catch (error) {
        errors += 1;
        firstError ??= (error as Error).message;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const seconds = (performance.now() - begin) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    ok: latencies.length,
    errors,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    firstError,
  };
}
