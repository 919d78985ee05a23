// Appends to the shared record, one event per transaction, on SQLite and PostgreSQL, beside raw
// single-row inserts into a plain table (same database, same driver) and raw SHA-256 of the leaves.
import { hash } from "node:crypto";
import { sql } from "kysely";
import { Type } from "typebox";
import { systemActor } from "../../src/access/actor.ts";
import { publicMarking } from "../../src/access/marking.ts";
import { defineCommand } from "../../src/pipeline/command.ts";
import { type Pipeline, runCommand } from "../../src/pipeline/run-command.ts";
import { canonicalJson } from "../../src/record/canonical.ts";
import type { EventDraft } from "../../src/record/event.ts";
import { appendEvent, recordSize } from "../../src/record/log.ts";
import { now, runFor } from "../lib/measure.ts";
import { type BenchRow, count, progress, quick, report, times } from "../lib/report.ts";
import { type BenchStorage, benchPlatform } from "../lib/stores.ts";

const rounds = quick ? 2 : 3;
/** Seconds per case per round; the cases take turns so a busy neighbour slows all of them alike. */
const window = quick ? 0.5 : 1.5;
const noteType = "bench.noted";
/** Commands started together in the concurrent case. */
const burst = 32;
const actor = systemActor("bench", "KOR");

function draft(i: number): EventDraft<{ i: number; text: string }> {
  return {
    type: noteType,
    subject: { kind: "bench-note", id: `note-${i}` },
    body: { i, text: "The duty officers of both nations acknowledged the exercise notice in full." },
    marking: publicMarking(["KOR", "USA"]),
  };
}

const note = defineCommand({
  name: "benchNote",
  input: Type.Object({ i: Type.Integer({ minimum: 0 }) }),
  async decide(_ctx, input) {
    return { event: draft(input.i), result: (event) => event.index };
  },
});

async function measure(storage: BenchStorage): Promise<BenchRow[]> {
  const platform = await benchPlatform(storage);
  try {
    const { store } = platform;
    // runCommand's own machinery (validate, decide, append, project, publish) with a projector
    // that writes nothing, so the figure is the pipeline and the record, not some capability's tables.
    const pipeline: Pipeline = {
      ...platform.pipeline,
      projectors: { ...platform.pipeline.projectors, [noteType]: async () => undefined },
    };
    const payload = Buffer.from(
      canonicalJson({
        v: 1,
        index: 0,
        at: new Date().toISOString(),
        actor: { user: null, nation: "KOR" },
        ...draft(0),
      }),
    ).toString("utf8");
    await sql`CREATE TABLE bench_raw_inserts (id integer PRIMARY KEY, payload text NOT NULL)`.execute(
      store.db,
    );
    let rawId = 0;
    let noted = 0;
    const cases = {
      raw: () =>
        store.db
          .transaction()
          .execute((trx) =>
            sql`INSERT INTO bench_raw_inserts (id, payload) VALUES (${rawId++}, ${payload})`.execute(trx),
          ),
      append: () =>
        store.db
          .transaction()
          .execute((trx) =>
            appendEvent(
              trx,
              store.dialect,
              draft(noted++),
              { user: null, nation: "KOR" },
              new Date(),
              platform.pipeline.head,
            ),
          ),
      command: () => runCommand(pipeline, actor, note, { i: noted++ }),
      // Many officials at once: on SQLite these share commits (group commit).
      concurrent: () =>
        Promise.all(Array.from({ length: burst }, () => runCommand(pipeline, actor, note, { i: noted++ }))),
    };
    const totals = {
      raw: { operations: 0, ms: 0 },
      append: { operations: 0, ms: 0 },
      command: { operations: 0, ms: 0 },
      concurrent: { operations: 0, ms: 0 },
    };
    const names = ["raw", "append", "command", "concurrent"] as const;
    for (const name of names) await runFor(0, cases[name], 30); // warm up
    for (let round = 1; round <= rounds; round++) {
      for (const name of names) {
        const { operations, ms } = await runFor(window, cases[name]);
        totals[name].operations += name === "concurrent" ? operations * burst : operations;
        totals[name].ms += ms;
      }
      progress(`${storage}: round ${round}/${rounds} done`);
    }
    const size = await recordSize(store.db);
    if (size !== noted) throw new Error(`record holds ${size} events, expected ${noted}`);
    const leaves = (await store.db.selectFrom("record_entries").select("leaf").execute()).map((row) =>
      Buffer.from(row.leaf, "utf8"),
    );
    const hashed = hashRate(leaves, quick ? 0.3 : 1);
    const leafBytes = leaves.reduce((total, leaf) => total + leaf.length, 0);
    const rate = (t: { operations: number; ms: number }) => (t.operations * 1000) / t.ms;
    const raw = rate(totals.raw);
    const append = rate(totals.append);
    const command = rate(totals.command);
    const concurrent = rate(totals.concurrent);
    const sha = rate(hashed);
    const rawText = `raw 1-row insert/trx: ${count(raw)}/s`;
    const halfRaw = (value: number) =>
      storage === "sqlite" ? { target: { text: "≥ 0.5× raw insert", met: value >= raw / 2 } } : {};
    return [
      {
        name: `appends · ${storage} · appendEvent, 1/trx`,
        figure: `${count(append)} appends/s`,
        baseline: rawText,
        ratio: times(append / raw),
        ...halfRaw(append),
      },
      {
        name: `appends · ${storage} · runCommand`,
        figure: `${count(command)} appends/s`,
        baseline: rawText,
        ratio: times(command / raw),
        ...halfRaw(command),
      },
      {
        name: `appends · ${storage} · runCommand, ${burst} at once`,
        figure: `${count(concurrent)} appends/s`,
        baseline: rawText,
        ratio: times(concurrent / raw),
        ...halfRaw(concurrent),
      },
      {
        name: `appends · ${storage} · appendEvent vs hashing`,
        figure: `${count(append)} appends/s`,
        baseline: `raw SHA-256 of the same ~${count(leafBytes / leaves.length)} B leaves: ${count(sha)}/s`,
        ratio: times(append / sha),
      },
    ];
  } finally {
    await platform.dispose();
  }
}

/** Raw SHA-256 over `leaves`, round and round, in a tight synchronous loop for about `seconds`. */
function hashRate(leaves: readonly Buffer[], seconds: number): { operations: number; ms: number } {
  const start = now();
  let operations = 0;
  while (now() - start < seconds * 1000) {
    for (const leaf of leaves) hash("sha256", leaf);
    operations += leaves.length;
  }
  return { operations, ms: now() - start };
}

const rows: BenchRow[] = [];
for (const storage of ["sqlite", "postgres"] as const) rows.push(...(await measure(storage)));
report(`Record appends (${rounds} rounds × ${window} s per case)`, rows);
