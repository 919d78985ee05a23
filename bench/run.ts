// Runs every benchmark file under bench/ (not lib/), each in its own process, and prints one table.
// Usage: npm run bench [-- <filter>…]   BENCH_QUICK=1 for 10^4 entries instead of 10^6.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { now } from "./lib/measure.ts";
import { type BenchRow, duration, formatTable, quick } from "./lib/report.ts";

const benchDir = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(benchDir, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".ts") && file !== "run.ts" && !file.startsWith(`lib`))
  .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
  .sort();
if (files.length === 0) throw new Error(`no benchmark file matches ${filters.join(", ")}`);

const scratch = mkdtempSync(join(tmpdir(), "entente-bench-run-"));
const reportFile = join(scratch, "rows.jsonl");
const started = now();
const failed: string[] = [];
console.log(
  `Entente benchmarks (${quick ? "BENCH_QUICK=1: 10^4 entries" : "10^6 entries"}): ${files.join(", ")}`,
);
try {
  for (const file of files) {
    const fileStarted = now();
    const child = spawnSync(process.execPath, [join(benchDir, file)], {
      stdio: "inherit",
      env: { ...process.env, BENCH_REPORT: reportFile },
    });
    if (child.status !== 0) failed.push(file);
    console.log(`(${relative(process.cwd(), join(benchDir, file))}: ${duration(now() - fileStarted)})`);
  }
  const rows: BenchRow[] = readFileSync(reportFile, { encoding: "utf8", flag: "a+" })
    .split("\n")
    .filter((line) => line.length > 0)
    .flatMap((line): BenchRow[] => JSON.parse(line));
  console.log(`\nAll benchmarks, ${duration(now() - started)} on ${process.platform}/${process.arch}:`);
  console.log(formatTable(rows));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
if (failed.length > 0) {
  console.error(`\nFailed: ${failed.join(", ")}`);
  process.exitCode = 1;
}
