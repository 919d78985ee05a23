// Scheduling and cancelling durable timers inside the transaction that makes them necessary.
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../store/schema.ts";

export interface TimerSpec {
  kind: string;
  /** What the timer is about; cancellation goes by it. */
  subjectId: string;
  dueAt: Date | string;
  payload: unknown;
}

/** Stores a timer; it fires once, at or after `dueAt`, even across restarts. */
export async function scheduleTimer(db: Kysely<Database>, spec: TimerSpec, now: Date): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto("timers")
    .values({
      id,
      kind: spec.kind,
      subject_id: spec.subjectId,
      payload: JSON.stringify(spec.payload),
      due_at: new Date(spec.dueAt).toISOString(),
      status: "pending",
      claimed_by: null,
      claimed_until: null,
      fired_at: null,
      attempts: 0,
      created_at: now.toISOString(),
    })
    .execute();
  return id;
}

/** Cancels the pending timers of `kind` about `subjectId`. */
export async function cancelTimers(db: Kysely<Database>, kind: string, subjectId: string): Promise<void> {
  await db
    .updateTable("timers")
    .set({ status: "cancelled" })
    .where("kind", "=", kind)
    .where("subject_id", "=", subjectId)
    .where("status", "=", "pending")
    .execute();
}

export async function pendingTimers(db: Kysely<Database>, subjectId?: string) {
  let query = db.selectFrom("timers").selectAll().where("status", "=", "pending");
  if (subjectId) query = query.where("subject_id", "=", subjectId);
  return query.orderBy("due_at").execute();
}
