// Sign-in throttling state in the database, so every server process sees the same counts.
import type { Kysely } from "kysely";
import type { Database } from "../store/schema.ts";
import {
  afterFailure,
  retryAfterSeconds,
  type ThrottleLimits,
  type ThrottleState,
} from "./throttle-rules.ts";

export const accountKey = (username: string) => `account:${username.trim().toLowerCase()}`;
export const addressKey = (address: string | null) => `address:${address ?? "unknown"}`;

async function stateOf(db: Kysely<Database>, key: string): Promise<ThrottleState | undefined> {
  const row = await db.selectFrom("sign_in_throttle").selectAll().where("key", "=", key).executeTakeFirst();
  return row
    ? { failures: row.failures, windowStartedAt: row.window_started_at, lockedUntil: row.locked_until }
    : undefined;
}

/** The longest wait any of `keys` is locked for, in seconds (0 when none is). */
export async function lockedFor(db: Kysely<Database>, keys: string[], now: Date): Promise<number> {
  let wait = 0;
  for (const key of keys) wait = Math.max(wait, retryAfterSeconds(await stateOf(db, key), now));
  return wait;
}

/** Counts one failure against `key`; tells whether it started a lockout and until when. */
export async function countFailure(
  db: Kysely<Database>,
  key: string,
  limits: ThrottleLimits,
  now: Date,
): Promise<{ lockedNow: boolean; lockedUntil: string | null }> {
  return db.transaction().execute(async (trx) => {
    const next = afterFailure(await stateOf(trx, key), now, limits);
    const values = {
      failures: next.state.failures,
      window_started_at: next.state.windowStartedAt,
      locked_until: next.state.lockedUntil,
    };
    await trx
      .insertInto("sign_in_throttle")
      .values({ key, ...values })
      .onConflict((oc) => oc.column("key").doUpdateSet(values))
      .execute();
    return { lockedNow: next.lockedNow, lockedUntil: next.state.lockedUntil };
  });
}

export async function clearFailures(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom("sign_in_throttle").where("key", "=", key).execute();
}
