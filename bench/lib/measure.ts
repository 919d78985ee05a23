// Timing helpers: operations per second over a time window, and per-operation latency percentiles.
import { performance } from "node:perf_hooks";

/** Milliseconds since an arbitrary origin, sub-microsecond resolution. */
export const now = (): number => performance.now();

/** Latency summary of repeated single operations, in milliseconds. */
export type Latency = { median: number; p99: number; samples: number };

/** Runs `operation` one at a time for about `seconds` (at least `minimum` times); returns how many and how long. */
export async function runFor(
  seconds: number,
  operation: (i: number) => Promise<unknown> | unknown,
  minimum = 20,
): Promise<{ operations: number; ms: number }> {
  const start = now();
  const deadline = start + seconds * 1000;
  let operations = 0;
  while (operations < minimum || now() < deadline) await operation(operations++);
  return { operations, ms: now() - start };
}

/** Per-operation latency of `operation` over `samples` calls, after `warmup` untimed ones. */
export async function latency(
  samples: number,
  operation: (i: number) => Promise<unknown> | unknown,
  warmup = Math.min(100, samples),
): Promise<Latency> {
  for (let i = 0; i < warmup; i++) await operation(i);
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = now();
    await operation(i);
    times.push(now() - start);
  }
  return summarize(times);
}

/**
 * Per-operation latency of a very fast synchronous operation: timed in batches of `batch` calls
 * (so the timer's own cost does not dominate), each batch's mean counted as one sample.
 */
export function batchedLatency(samples: number, batch: number, operation: (i: number) => unknown): Latency {
  for (let i = 0; i < batch * 10; i++) operation(i);
  const times: number[] = [];
  for (let s = 0; s < samples; s++) {
    const start = now();
    for (let i = 0; i < batch; i++) operation(s * batch + i);
    times.push((now() - start) / batch);
  }
  return summarize(times);
}

/** Median and 99th percentile (nearest rank) of `times`. */
export function summarize(times: readonly number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return { median: at(0.5), p99: at(0.99), samples: sorted.length };
}

/** A deterministic pseudo-random integer source (mulberry32), so runs ask for the same proofs. */
export function seededRandom(seed: number): (below: number) => number {
  let state = seed >>> 0;
  return (below) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * below);
  };
}
