// Reads of readouts: published ones for everyone; drafts for those who may see their session.
import type { Kysely } from "kysely";
import type { Actor } from "../access/actor.ts";
import { publicMarking } from "../access/marking.ts";
import { canSee } from "../access/policy.ts";
import type { Database } from "../store/schema.ts";
import type { Readout } from "./model.ts";
import type { ReadoutRow } from "./tables.ts";

export const presentReadout = (row: ReadoutRow): Readout => ({
  id: row.id,
  meetingId: row.meeting_id,
  bodyId: row.body_id,
  titleEn: row.title_en,
  titleKo: row.title_ko,
  textEn: row.text_en,
  textKo: row.text_ko,
  version: row.version,
  status: row.published_at ? "published" : "draft",
  updatedAt: row.updated_at,
  publishedAt: row.published_at,
});

/** Published readouts, newest first: public to anyone. */
export async function publishedReadouts(db: Kysely<Database>, limit = 50): Promise<Readout[]> {
  const rows = await db
    .selectFrom("readouts")
    .selectAll()
    .where("published_at", "is not", null)
    .orderBy("published_at", "desc")
    .limit(limit)
    .execute();
  return rows.map(presentReadout);
}

/** Published readouts, or a draft when the actor is a member who may see it. */
export function mayRead(actor: Actor | null, row: ReadoutRow): boolean {
  if (row.published_at) return true;
  return (
    actor !== null &&
    canSee(actor, { bodyId: row.body_id, marking: publicMarking(JSON.parse(row.releasable_to)) })
  );
}

export async function draftsFor(db: Kysely<Database>, actor: Actor): Promise<Readout[]> {
  const rows = await db
    .selectFrom("readouts")
    .selectAll()
    .where("published_at", "is", null)
    .orderBy("updated_at", "desc")
    .execute();
  return rows.filter((row) => mayRead(actor, row)).map(presentReadout);
}

export async function readoutOfMeeting(db: Kysely<Database>, meetingId: string) {
  return db.selectFrom("readouts").selectAll().where("meeting_id", "=", meetingId).executeTakeFirst();
}

export async function findReadoutRow(db: Kysely<Database>, id: string) {
  return db.selectFrom("readouts").selectAll().where("id", "=", id).executeTakeFirst();
}
