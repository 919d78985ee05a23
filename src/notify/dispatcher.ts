// Sends the outbox of one channel: claims due deliveries (SKIP LOCKED on PostgreSQL), sends each with a
// time limit, records every attempt, retries with backoff and dead-letters after the last attempt.
// One dispatcher per channel, so a failing channel never holds up the others.
import { randomUUID } from "node:crypto";
import type { Store } from "../store/store.ts";
import { createPoller, type Poller } from "../timers/poller.ts";
import { afterFailure } from "./model.ts";

export interface Delivery {
  id: string;
  consultationId: string;
  userId: string;
  channel: string;
  /** 1 for the first try. */
  attempt: number;
}

/** Sends one delivery; resolves to a detail worth recording (message id, HTTP status), throws on failure. */
export type ChannelSender = (delivery: Delivery) => Promise<string>;

export interface DispatcherOptions {
  store: Store;
  channel: string;
  send: ChannelSender;
  now: () => Date;
  maxAttempts: number;
  pollMs?: number;
  sendTimeoutMs?: number;
  batchSize?: number;
}

/** A poller over what is due: `runDue` resolves to how much it did. */
export type Dispatcher = Poller;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const { store, channel, now } = options;
  const sendTimeoutMs = options.sendTimeoutMs ?? 15_000;
  async function claim(at: Date): Promise<Delivery[]> {
    const iso = at.toISOString();
    return store.db.transaction().execute(async (trx) => {
      const due = await trx
        .selectFrom("deliveries")
        .selectAll()
        .where("status", "=", "pending")
        .where("channel", "=", channel)
        .where("next_attempt_at", "<=", iso)
        .where((eb) => eb.or([eb("claimed_until", "is", null), eb("claimed_until", "<", iso)]))
        .orderBy("next_attempt_at")
        .limit(options.batchSize ?? 20)
        .$if(store.dialect === "postgres", (q) => q.forUpdate().skipLocked())
        .execute();
      if (due.length === 0) return [];
      const until = new Date(at.getTime() + sendTimeoutMs * 2).toISOString();
      await trx
        .updateTable("deliveries")
        .set({ claimed_until: until })
        .where(
          "id",
          "in",
          due.map((d) => d.id),
        )
        .execute();
      return due.map((row) => ({
        id: row.id,
        consultationId: row.consultation_id,
        userId: row.user_id,
        channel: row.channel,
        attempt: row.attempts + 1,
      }));
    });
  }

  async function attempt(delivery: Delivery) {
    let ok = false;
    let detail: string;
    try {
      detail = await withTimeout(options.send(delivery), sendTimeoutMs);
      ok = true;
    } catch (error) {
      detail = error instanceof Error ? error.message : String(error);
    }
    const at = now();
    await store.db.transaction().execute(async (trx) => {
      await trx
        .insertInto("delivery_attempts")
        .values({
          id: randomUUID(),
          delivery_id: delivery.id,
          attempt: delivery.attempt,
          at: at.toISOString(),
          ok: ok ? 1 : 0,
          detail: detail.slice(0, 1000),
        })
        .execute();
      const next = ok ? null : afterFailure(delivery.attempt, options.maxAttempts, at);
      await trx
        .updateTable("deliveries")
        .set({
          attempts: delivery.attempt,
          claimed_until: null,
          status: next ? next.status : "delivered",
          delivered_at: ok ? at.toISOString() : null,
          last_error: ok ? null : detail.slice(0, 1000),
          ...(next?.nextAttemptAt ? { next_attempt_at: next.nextAttemptAt.toISOString() } : {}),
        })
        .where("id", "=", delivery.id)
        .execute();
    });
  }

  async function pass(): Promise<number> {
    const due = await claim(now());
    await Promise.all(due.map(attempt));
    return due.length;
  }

  // A failed pass is retried on the next tick; each attempt's own failure is already recorded.
  return createPoller(pass, options.pollMs ?? 1000, () => undefined);
}
