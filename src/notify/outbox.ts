// Puts alerts in the delivery outbox, in the transaction that raised them; the dispatcher sends them.
import type { Kysely } from "kysely";
import type { Database } from "../store/schema.ts";

export interface OutboxAlert {
  id: string;
  userId: string;
  channel: string;
}

export async function enqueueDeliveries(
  db: Kysely<Database>,
  consultationId: string,
  alerts: OutboxAlert[],
  now: Date,
): Promise<void> {
  if (alerts.length === 0) return;
  await db
    .insertInto("deliveries")
    .values(
      alerts.map((alert) => ({
        id: alert.id,
        consultation_id: consultationId,
        user_id: alert.userId,
        channel: alert.channel,
        status: "pending",
        attempts: 0,
        next_attempt_at: now.toISOString(),
        claimed_until: null,
        last_error: null,
        delivered_at: null,
        created_at: now.toISOString(),
      })),
    )
    .execute();
}

/** In-app alerts count as delivered once pushed to one of the person's open streams. */
export async function markInAppDelivered(
  db: Kysely<Database>,
  alertIds: string[],
  at: Date,
): Promise<number> {
  if (alertIds.length === 0) return 0;
  const result = await db
    .updateTable("deliveries")
    .set({ status: "delivered", delivered_at: at.toISOString() })
    .where("id", "in", alertIds)
    .where("channel", "=", "in-app")
    .where("status", "=", "pending")
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
