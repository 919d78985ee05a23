// Benchmark of urgent consultations: open → in-app alert on the other side's stream, acknowledgement,
// and the timer runner escalating a backlog of overdue timers. Usage:
//   node bench/consultations/run.ts [--count 50] [--database-url postgres://…]
// Prints JSON and writes bench/out/consultations.json; compares with bench/consultations/baseline.json.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { startServer } from "../../src/app/server.ts";
import { client } from "../../test/http.ts";
import { openStream, sessionCookie } from "../../test/stream-client.ts";
import { report } from "../lib/report.ts";

const { values } = parseArgs({
  options: { count: { type: "string", default: "50" }, "database-url": { type: "string" } },
});
const count = Number(values.count);
const password = "entente-demo-password";
const dataDir = mkdtempSync(join(tmpdir(), "entente-bench-"));
const databaseUrl = values["database-url"];
const schema = databaseUrl ? `bench_${Date.now()}` : undefined;

const percentile = (samples: number[], p: number) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
const summary = (samples: number[]) => ({
  p50: Math.round(percentile(samples, 50)),
  p95: Math.round(percentile(samples, 95)),
  max: Math.round(Math.max(...samples)),
});

const server = await startServer({
  dataDir,
  databaseUrl,
  databaseSchema: schema,
  port: 0,
  demo: true,
  logLevel: "silent",
  webDir: "/nonexistent",
  workerPollMs: 0,
});
try {
  const usa = client(server.url);
  await usa.signIn("usa.secretariat", password);
  const kor = client(server.url);
  await kor.signIn("kor.duty", password);
  const stream = await openStream(server.url, await sessionCookie(server.url, "kor.duty", password));
  await stream.until((m) => m.some((x) => x.type === "ready"));
  const bodies = await usa.json<{ items: { id: string; acronym: string }[] }>("GET", "/api/v1/bodies");
  const bodyId = bodies.body.items.find((b) => b.acronym === "NCG")?.id;

  const openMs: number[] = [];
  const alertMs: number[] = [];
  const ackMs: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const opened = await usa.json<{ id: string }>("POST", "/api/v1/consultations", {
      bodyId,
      subject: `Bench ${i}`,
      brief: "Benchmark consultation.",
      classification: "SECRET",
      responseDeadline: new Date(Date.now() + 3_600_000).toISOString(),
      urgency: "flash",
    });
    openMs.push(performance.now() - started);
    await stream.until(
      (m) => m.some((x) => x.type === "alert" && x.consultationId === opened.body.id),
      10_000,
    );
    alertMs.push(performance.now() - started);
    if (i % 2 === 0) {
      const ackStarted = performance.now();
      await kor.json("POST", `/api/v1/consultations/${opened.body.id}/acknowledge`);
      ackMs.push(performance.now() - ackStarted);
    }
  }
  await stream.close();

  // Half were never acknowledged: eleven minutes later their ack timeouts are a backlog to escalate.
  server.pipeline.now = () => new Date(Date.now() + 11 * 60_000);
  const escalationStarted = performance.now();
  const escalated = await server.timers.runDue();
  const escalationMs = performance.now() - escalationStarted;

  const result = {
    storage: server.store.dialect,
    count,
    openMs: summary(openMs),
    openToAlertMs: summary(alertMs),
    acknowledgeMs: summary(ackMs),
    escalated,
    escalationsPerSecond: Math.round((escalated / escalationMs) * 1000),
  };
  mkdirSync("bench/out", { recursive: true });
  writeFileSync(`bench/out/consultations-${result.storage}.json`, `${JSON.stringify(result, null, 2)}\n`);
  const baselineFile = new URL("./baseline.json", import.meta.url);
  const baseline = existsSync(baselineFile)
    ? JSON.parse(readFileSync(baselineFile, "utf8"))[result.storage]
    : null;
  const ms = (value: number) => `${value} ms`;
  const ratio = (value: number, base: number | undefined) =>
    base ? `${(value / base).toFixed(2)}× baseline` : "";
  report(`Urgent consultations · ${result.storage} · ${count} consultations`, [
    {
      name: `consultations · ${result.storage} · open → in-app alert p95`,
      figure: ms(result.openToAlertMs.p95),
      baseline: baseline ? `baseline.json ${ms(baseline.openToAlertMs.p95)}` : "none",
      ratio: ratio(result.openToAlertMs.p95, baseline?.openToAlertMs.p95),
      target: { text: "p95 < 1 s", met: result.openToAlertMs.p95 < 1000 },
    },
    {
      name: `consultations · ${result.storage} · acknowledge p95`,
      figure: ms(result.acknowledgeMs.p95),
      baseline: baseline ? `baseline.json ${ms(baseline.acknowledgeMs.p95)}` : "none",
      ratio: ratio(result.acknowledgeMs.p95, baseline?.acknowledgeMs.p95),
    },
    {
      name: `consultations · ${result.storage} · overdue escalations`,
      figure: `${result.escalationsPerSecond}/s`,
      baseline: baseline ? `baseline.json ${baseline.escalationsPerSecond}/s` : "none",
      ratio: ratio(result.escalationsPerSecond, baseline?.escalationsPerSecond),
    },
  ]);
  if (baseline && result.openToAlertMs.p95 > baseline.openToAlertMs.p95 * 2) {
    console.error(`open→alert p95 ${result.openToAlertMs.p95} ms is over twice the baseline's`);
    process.exitCode = 1;
  }
} finally {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
  if (databaseUrl && schema) {
    const pg = await import("pg");
    const admin = new pg.default.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  }
}
