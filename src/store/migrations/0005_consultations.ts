// Urgent consultations: duty rosters, escalation policies, consultations, durable timers, the delivery outbox.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("duty_rosters")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("nation", "text", (c) => c.notNull())
    .addColumn("body_id", "text", (c) => c.notNull())
    .addColumn("tier", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("time_zone", "text", (c) => c.notNull())
    .addColumn("handover_time", "text", (c) => c.notNull())
    .addColumn("shift_days", "integer", (c) => c.notNull())
    .addColumn("rotation_start", "text", (c) => c.notNull())
    .addColumn("rotation", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("roster_overrides")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("roster_id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("other_user_id", "text")
    .addColumn("starts_at", "text", (c) => c.notNull())
    .addColumn("ends_at", "text", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("escalation_policies")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("body_id", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("steps", "text", (c) => c.notNull())
    .addColumn("repeat_count", "integer", (c) => c.notNull())
    .addColumn("fallback", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("consultations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("body_id", "text", (c) => c.notNull())
    .addColumn("policy", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("brief", "text", (c) => c.notNull())
    .addColumn("classification", "text", (c) => c.notNull())
    .addColumn("releasable_to", "text", (c) => c.notNull())
    .addColumn("urgency", "text", (c) => c.notNull())
    .addColumn("requester_nation", "text", (c) => c.notNull())
    .addColumn("requester_user_id", "text")
    .addColumn("opened_at", "text", (c) => c.notNull())
    .addColumn("response_deadline", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("outcome", "text")
    .addColumn("closed_at", "text")
    .execute();
  await db.schema
    .createTable("consultation_parties")
    .addColumn("consultation_id", "text", (c) => c.notNull())
    .addColumn("nation", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("tier", "text", (c) => c.notNull())
    .addColumn("rung_started_at", "text", (c) => c.notNull())
    .addColumn("next_escalation_at", "text")
    .addColumn("acknowledged_at", "text")
    .addColumn("acknowledged_by", "text")
    .addColumn("stance", "text")
    .addColumn("comments", "text")
    .addColumn("stated_at", "text")
    .addPrimaryKeyConstraint("consultation_parties_pk", ["consultation_id", "nation"])
    .execute();
  await db.schema
    .createTable("consultation_alerts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("consultation_id", "text", (c) => c.notNull())
    .addColumn("nation", "text", (c) => c.notNull())
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("tier", "text", (c) => c.notNull())
    .addColumn("alerted_at", "text", (c) => c.notNull())
    .addColumn("seen_at", "text")
    .addColumn("acknowledged_at", "text")
    .execute();
  await db.schema
    .createIndex("consultation_alerts_consultation")
    .on("consultation_alerts")
    .column("consultation_id")
    .execute();

  await db.schema
    .createTable("timers")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("subject_id", "text", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("due_at", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("claimed_by", "text")
    .addColumn("claimed_until", "text")
    .addColumn("fired_at", "text")
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("timers_due").on("timers").columns(["status", "due_at"]).execute();

  await db.schema
    .createTable("deliveries")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("consultation_id", "text", (c) => c.notNull())
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "text", (c) => c.notNull())
    .addColumn("claimed_until", "text")
    .addColumn("last_error", "text")
    .addColumn("delivered_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("deliveries_due")
    .on("deliveries")
    .columns(["status", "channel", "next_attempt_at"])
    .execute();
  await db.schema
    .createTable("delivery_attempts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("delivery_id", "text", (c) => c.notNull())
    .addColumn("attempt", "integer", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("ok", "integer", (c) => c.notNull())
    .addColumn("detail", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("webhooks")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("nation", "text", (c) => c.notNull())
    .addColumn("url", "text", (c) => c.notNull())
    .addColumn("secret", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "webhooks",
    "delivery_attempts",
    "deliveries",
    "timers",
    "consultation_alerts",
    "consultation_parties",
    "consultations",
    "escalation_policies",
    "roster_overrides",
    "duty_rosters",
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
