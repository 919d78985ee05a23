// Appends events to the shared record inside the caller's transaction, and reads them back.
import { type Kysely, sql, type Transaction } from "kysely";
import type { Database } from "../store/schema.ts";
import type { DialectName } from "../store/store.ts";
import { canonicalJson } from "./canonical.ts";
import type { EventActor, EventDraft, RecordedEvent, Subject } from "./event.ts";
import { currentRange, nextIndex, type RecordHead } from "./head.ts";
import { appendToCompactRange, completedNodes, leafHash } from "./merkle.ts";
import { databaseNodeReader, storeNodes } from "./node-store.ts";

const appendLockKey = 0x656e7465; // "ente": serializes appends across server processes on PostgreSQL

/**
 * Appends one event; the index is the next one, with no gap, even with several processes.
 * Must run inside the transaction that also updates the projections.
 */
export async function appendEvent<Body>(
  trx: Transaction<Database>,
  dialect: DialectName,
  draft: EventDraft<Body>,
  actor: EventActor,
  at: Date,
  head?: RecordHead,
): Promise<RecordedEvent<Body>> {
  if (dialect === "postgres") await sql`SELECT pg_advisory_xact_lock(${appendLockKey})`.execute(trx);
  // One writer process on SQLite: the head in memory spares the reads; PostgreSQL reads under the lock.
  const range = head && dialect === "sqlite" ? await currentRange(head, trx) : undefined;
  const index = range ? range.size : await nextIndex(trx);
  const event: RecordedEvent<Body> = {
    v: 1,
    index,
    at: at.toISOString(),
    actor,
    type: draft.type,
    subject: draft.subject,
    body: draft.body,
    marking: {
      classification: draft.marking.classification,
      releasableTo: [...draft.marking.releasableTo].sort(),
    },
  };
  const leaf = canonicalJson(event);
  const hash = leafHash(leaf);
  // A plain statement rather than the builder: this runs once per event, and its SQL never changes.
  await sql`INSERT INTO record_entries
      (idx, at, type, subject_kind, subject_id, actor_user, actor_nation, classification, releasable_to, leaf, leaf_hash)
    VALUES (${index}, ${event.at}, ${event.type}, ${event.subject.kind}, ${event.subject.id}, ${actor.user},
      ${actor.nation}, ${event.marking.classification}, ${JSON.stringify(event.marking.releasableTo)},
      ${Buffer.from(leaf).toString("utf8")}, ${Buffer.from(hash).toString("hex")})`.execute(trx);
  // The leaf and every subtree it completes: amortized O(1) work per append.
  if (range && head) {
    await storeNodes(trx, appendToCompactRange(range, hash));
    head.range = range;
  } else {
    await storeNodes(trx, await completedNodes(index, hash, databaseNodeReader(trx)));
  }
  return event;
}

/** Parses a stored leaf back into its event. */
export function eventOfLeaf(leaf: string): RecordedEvent {
  return JSON.parse(leaf);
}

/** Events in index order from `start` (inclusive), `limit` at a time. */
export async function readEvents(
  db: Kysely<Database>,
  start: number,
  limit: number,
): Promise<RecordedEvent[]> {
  const rows = await db
    .selectFrom("record_entries")
    .select(["leaf"])
    .where("idx", ">=", start)
    .orderBy("idx")
    .limit(limit)
    .execute();
  return rows.map((row) => eventOfLeaf(row.leaf));
}

export async function recordSize(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom("record_entries")
    .select((eb) => eb.fn.countAll().as("size"))
    .executeTakeFirst();
  return Number(row?.size ?? 0);
}

/** Every event about one subject, in index order. */
export async function readEventsAbout(db: Kysely<Database>, subject: Subject): Promise<RecordedEvent[]> {
  const rows = await db
    .selectFrom("record_entries")
    .select(["leaf"])
    .where("subject_kind", "=", subject.kind)
    .where("subject_id", "=", subject.id)
    .orderBy("idx")
    .execute();
  return rows.map((row) => eventOfLeaf(row.leaf));
}
