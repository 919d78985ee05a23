// Benchmark results: one row per figure, printed as a table beside its baseline and their ratio.
import { appendFileSync } from "node:fs";

/** One measured figure, the baseline measured in the same run, and how they compare. */
export type BenchRow = {
  /** Which benchmark and case, e.g. "appends · sqlite · appendEvent". */
  name: string;
  /** The figure, formatted with its unit. */
  figure: string;
  /** What the baseline is and its figure, formatted with its unit. */
  baseline: string;
  /** The figure over the baseline, formatted ("0.62× the raw rate", "310× one SHA-256"). */
  ratio: string;
  /** The target this figure is held to, if any, and whether this run met it. */
  target?: { text: string; met: boolean };
};

/** True when BENCH_QUICK=1: 10^4 instead of 10^6 entries and shorter timing windows. */
export const quick = process.env.BENCH_QUICK === "1";

/** Entries in the big tree and bundle: 10^6, or 10^4 with BENCH_QUICK=1. */
export const scale = quick ? 10_000 : 1_000_000;

/** Prints `rows` as a table and, under bench/run.ts, hands them to the runner. */
export function report(title: string, rows: readonly BenchRow[]): void {
  console.log(`\n${title}\n${formatTable(rows)}`);
  const file = process.env.BENCH_REPORT;
  if (file) appendFileSync(file, `${JSON.stringify(rows)}\n`);
}

/** The rows as an aligned plain-text table. */
export function formatTable(rows: readonly BenchRow[]): string {
  const header = ["benchmark", "figure", "baseline (same run)", "ratio", "target"];
  const cells = rows.map((row) => [
    row.name,
    row.figure,
    row.baseline,
    row.ratio,
    row.target ? `${row.target.text}: ${row.target.met ? "met" : "NOT met"}` : "",
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((line) => (line[column] ?? "").length)),
  );
  const line = (values: readonly string[]) =>
    values.map((value, column) => value.padEnd(widths[column] ?? 0)).join(" │ ");
  const rule = widths.map((width) => "─".repeat(width)).join("─┼─");
  return [line(header), rule, ...cells.map(line)].map((text) => text.trimEnd()).join("\n");
}

/** A whole number with thousands separators. */
export function count(value: number): string {
  return Math.round(value).toLocaleString("en-US");
}

/** A duration in milliseconds, shown in the unit that reads best. */
export function duration(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 1) return `${ms.toFixed(2)} ms`;
  return `${(ms * 1000).toFixed(1)} µs`;
}

/** A ratio with two significant figures, e.g. "0.62×" or "310×". */
export function times(ratio: number): string {
  return `${ratio >= 10 ? Math.round(ratio).toLocaleString("en-US") : ratio.toPrecision(2)}×`;
}

/** Progress for whoever watches the run; not part of the table. */
export function progress(message: string): void {
  console.error(`  … ${message}`);
}
