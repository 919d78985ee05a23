// Rebuilds projections from the record alone, and compares projections with a fresh replay.
import type { Kysely } from "kysely";
import { sql } from "kysely";
import type { Projection, Projector } from "../pipeline/command.ts";
import type { Database } from "../store/schema.ts";
import { migrateToLatest, openStore } from "../store/store.ts";
import { readEvents } from "./log.ts";

const batch = 2000;

function projectorsOf(projections: Projection[]): Record<string, Projector> {
  return Object.fromEntries(projections.flatMap((p) => Object.entries(p.projectors)));
}

/** Applies every event of `source` to `target`'s projection tables (emptied first), in one transaction. */
export async function replayRecord(
  source: Kysely<Database>,
  target: Kysely<Database>,
  projections: Projection[],
) {
  const projectors = projectorsOf(projections);
  let applied = 0;
  await target.transaction().execute(async (trx) => {
    // Replaying in place reads through the same transaction (SQLite has one connection).
    const reader = source === target ? trx : source;
    for (const table of projections.flatMap((p) => p.tables)) await trx.deleteFrom(table).execute();
    for (let start = 0; ; start += batch) {
      const events = await readEvents(reader, start, batch);
      for (const event of events) {
        const project = projectors[event.type];
        if (!project) throw new Error(`Entry ${event.index}: no projector for ${event.type}.`);
        await project(trx, event);
      }
      applied += events.length;
      if (events.length < batch) break;
    }
  });
  return applied;
}

async function tableRows(db: Kysely<Database>, table: keyof Database): Promise<string[]> {
  const rows = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table)}`.execute(db);
  return rows.rows
    .map((row) => JSON.stringify(Object.entries(row).sort(([a], [b]) => a.localeCompare(b))))
    .sort();
}

/** Replays `db`'s record into a scratch SQLite database and names the tables whose rows differ. */
export async function projectionsMatchReplay(
  db: Kysely<Database>,
  projections: Projection[],
  scratchDir: string,
) {
  const scratch = await openStore({ dataDir: scratchDir });
  try {
    await migrateToLatest(scratch);
    await replayRecord(db, scratch.db, projections);
    const differing: string[] = [];
    for (const table of projections.flatMap((p) => p.tables)) {
      const [live, replayed] = await Promise.all([tableRows(db, table), tableRows(scratch.db, table)]);
      if (JSON.stringify(live) !== JSON.stringify(replayed)) differing.push(table);
    }
    return differing;
  } finally {
    await scratch.close();
  }
}
