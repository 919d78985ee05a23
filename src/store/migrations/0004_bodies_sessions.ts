// Bodies' details and members, their sessions (agenda, minutes, outcomes, approvals), commitments and readouts.
import type { Kysely } from "kysely";

const tables = [
  "body_members",
  "meetings",
  "meeting_participants",
  "agenda_items",
  "meeting_outcomes",
  "minutes_approvals",
  "commitments",
  "commitment_updates",
  "readouts",
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("bodies").addColumn("cadence", "text").execute();
  await db.schema
    .createTable("body_members")
    .addColumn("body_id", "text", (c) => c.notNull())
    .addColumn("person_id", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("body_members_pk", ["body_id", "person_id"])
    .execute();

  await db.schema
    .createTable("meetings")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("body_id", "text", (c) => c.notNull())
    .addColumn("title_en", "text", (c) => c.notNull())
    .addColumn("title_ko", "text", (c) => c.notNull())
    .addColumn("starts_at", "text", (c) => c.notNull())
    .addColumn("ends_at", "text", (c) => c.notNull())
    .addColumn("time_zone", "text", (c) => c.notNull())
    .addColumn("place_en", "text", (c) => c.notNull())
    .addColumn("place_ko", "text", (c) => c.notNull())
    .addColumn("level", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("classification", "text", (c) => c.notNull())
    .addColumn("releasable_to", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("meetings_body").on("meetings").columns(["body_id", "starts_at"]).execute();
  await db.schema
    .createTable("meeting_participants")
    .addColumn("meeting_id", "text", (c) => c.notNull())
    .addColumn("person_id", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("meeting_participants_pk", ["meeting_id", "person_id"])
    .execute();
  await db.schema
    .createTable("agenda_items")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("meeting_id", "text", (c) => c.notNull())
    .addColumn("body_id", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("title_en", "text", (c) => c.notNull())
    .addColumn("title_ko", "text", (c) => c.notNull())
    .addColumn("owner_person_id", "text", (c) => c.notNull())
    .addColumn("classification", "text", (c) => c.notNull())
    .addColumn("releasable_to", "text", (c) => c.notNull())
    .addColumn("minutes_en", "text", (c) => c.notNull())
    .addColumn("minutes_ko", "text", (c) => c.notNull())
    .addColumn("minutes_version", "integer", (c) => c.notNull())
    .addColumn("minutes_updated_at", "text")
    .execute();
  await db.schema.createIndex("agenda_items_meeting").on("agenda_items").columns(["meeting_id"]).execute();
  await db.schema
    .createTable("meeting_outcomes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("meeting_id", "text", (c) => c.notNull())
    .addColumn("body_id", "text", (c) => c.notNull())
    .addColumn("agenda_item_id", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("text_en", "text", (c) => c.notNull())
    .addColumn("text_ko", "text", (c) => c.notNull())
    .addColumn("classification", "text", (c) => c.notNull())
    .addColumn("releasable_to", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("meeting_outcomes_meeting")
    .on("meeting_outcomes")
    .columns(["meeting_id"])
    .execute();
  await db.schema
    .createTable("minutes_approvals")
    .addColumn("meeting_id", "text", (c) => c.notNull())
    .addColumn("nation", "text", (c) => c.notNull())
    .addColumn("approved_by", "text")
    .addColumn("approved_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("minutes_approvals_pk", ["meeting_id", "nation"])
    .execute();

  await db.schema
    .createTable("commitments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("body_id", "text", (c) => c.notNull())
    .addColumn("source_outcome_id", "text")
    .addColumn("source_en", "text", (c) => c.notNull())
    .addColumn("source_ko", "text", (c) => c.notNull())
    .addColumn("agreed_on", "text", (c) => c.notNull())
    .addColumn("statement_en", "text", (c) => c.notNull())
    .addColumn("statement_ko", "text", (c) => c.notNull())
    .addColumn("owner_nations", "text", (c) => c.notNull())
    .addColumn("owner_organization_id", "text")
    .addColumn("due_on", "text")
    .addColumn("cadence", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("review_meeting_id", "text")
    .addColumn("classification", "text", (c) => c.notNull())
    .addColumn("releasable_to", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("last_update_on", "text")
    .execute();
  await db.schema
    .createTable("commitment_updates")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("commitment_id", "text", (c) => c.notNull())
    .addColumn("on_date", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("note_en", "text", (c) => c.notNull())
    .addColumn("note_ko", "text", (c) => c.notNull())
    .addColumn("evidence", "text", (c) => c.notNull())
    .addColumn("nation", "text")
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("readouts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("meeting_id", "text", (c) => c.notNull().unique())
    .addColumn("body_id", "text", (c) => c.notNull())
    .addColumn("title_en", "text", (c) => c.notNull())
    .addColumn("title_ko", "text", (c) => c.notNull())
    .addColumn("text_en", "text", (c) => c.notNull())
    .addColumn("text_ko", "text", (c) => c.notNull())
    .addColumn("releasable_to", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("published_at", "text")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of tables) await db.schema.dropTable(table).ifExists().execute();
  await db.schema.alterTable("bodies").dropColumn("cadence").execute();
}
