// Fires durable timers: a poll loop that claims due timers (FOR UPDATE SKIP LOCKED on PostgreSQL, so with
// several processes each timer is taken by one), runs its handler, and marks it fired.
import { randomUUID } from "node:crypto";
import type { Store } from "../store/store.ts";
import { createPoller, type Poller } from "./poller.ts";

export interface DueTimer {
  id: string;
  kind: string;
  subjectId: string;
  payload: unknown;
  dueAt: string;
}

/** Must be safe to run twice for one timer (a claim can expire while its process is stalled). */
export type TimerHandler = (timer: DueTimer) => Promise<void>;

export interface TimerRunnerOptions {
  store: Store;
  /** The clock, shared with the pipeline so tests can move time. */
  now: () => Date;
  handlers: Record<string, TimerHandler>;
  pollMs?: number;
  /** How long a claim holds before another process may take the timer again. */
  claimSeconds?: number;
  batchSize?: number;
  onError?: (error: unknown, timer: DueTimer) => void;
}

/** A poller over what is due: `runDue` resolves to how much it did. */
export type TimerRunner = Poller;

export function createTimerRunner(options: TimerRunnerOptions): TimerRunner {
  const { store, now, handlers } = options;
  const owner = randomUUID();
  const claimMs = (options.claimSeconds ?? 60) * 1000;
  const batchSize = options.batchSize ?? 20;
  async function claim(at: Date): Promise<DueTimer[]> {
    const iso = at.toISOString();
    return store.db.transaction().execute(async (trx) => {
      const due = await trx
        .selectFrom("timers")
        .selectAll()
        .where("status", "=", "pending")
        .where("due_at", "<=", iso)
        .where((eb) => eb.or([eb("claimed_until", "is", null), eb("claimed_until", "<", iso)]))
        .where("kind", "in", Object.keys(handlers))
        .orderBy("due_at")
        .limit(batchSize)
        .$if(store.dialect === "postgres", (q) => q.forUpdate().skipLocked())
        .execute();
      if (due.length === 0) return [];
      await trx
        .updateTable("timers")
        .set((eb) => ({
          claimed_by: owner,
          claimed_until: new Date(at.getTime() + claimMs).toISOString(),
          attempts: eb("attempts", "+", 1),
        }))
        .where(
          "id",
          "in",
          due.map((t) => t.id),
        )
        .execute();
      return due.map((row) => ({
        id: row.id,
        kind: row.kind,
        subjectId: row.subject_id,
        payload: JSON.parse(row.payload),
        dueAt: row.due_at,
      }));
    });
  }

  async function fire(timer: DueTimer): Promise<boolean> {
    const handler = handlers[timer.kind];
    if (!handler) return false;
    try {
      await handler(timer);
    } catch (error) {
      // Left claimed: it is retried once the claim runs out.
      options.onError?.(error, timer);
      return false;
    }
    await store.db
      .updateTable("timers")
      .set({ status: "fired", fired_at: now().toISOString() })
      .where("id", "=", timer.id)
      .where("claimed_by", "=", owner)
      .execute();
    return true;
  }

  async function pass(): Promise<number> {
    let fired = 0;
    for (;;) {
      const due = await claim(now());
      for (const timer of due) if (await fire(timer)) fired++;
      if (due.length < batchSize) return fired;
    }
  }

  return createPoller(pass, options.pollMs ?? 1000, (error) => options.onError?.(error, noTimer));
}

const noTimer: DueTimer = { id: "", kind: "", subjectId: "", payload: null, dueAt: "" };
