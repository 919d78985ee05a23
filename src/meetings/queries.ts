// Reads of sessions, each agenda item and outcome filtered by what the caller may see.
import type { Kysely } from "kysely";
import type { Actor } from "../access/actor.ts";
import { canSee } from "../access/policy.ts";
import type { Body } from "../bodies/model.ts";
import type { Database } from "../store/schema.ts";
import { guardOfRow, markingOfRow } from "./lookups.ts";
import {
  type AgendaItem,
  type Meeting,
  type MeetingDetail,
  nationsYetToApprove,
  type Outcome,
} from "./model.ts";
import type { AgendaItemRow, MeetingRow, OutcomeRow } from "./tables.ts";

export function presentMeeting(row: MeetingRow, participantIds: string[]): Meeting {
  return {
    id: row.id,
    bodyId: row.body_id,
    titleEn: row.title_en,
    titleKo: row.title_ko,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    timeZone: row.time_zone,
    placeEn: row.place_en,
    placeKo: row.place_ko,
    level: row.level,
    status: row.status,
    marking: markingOfRow(row),
    participantIds,
    updatedAt: row.updated_at,
  };
}

export const presentAgendaItem = (row: AgendaItemRow): AgendaItem => ({
  id: row.id,
  position: row.position,
  titleEn: row.title_en,
  titleKo: row.title_ko,
  ownerPersonId: row.owner_person_id,
  marking: markingOfRow(row),
  minutesEn: row.minutes_en,
  minutesKo: row.minutes_ko,
  minutesVersion: row.minutes_version,
  minutesUpdatedAt: row.minutes_updated_at,
});

export const presentOutcome = (row: OutcomeRow): Outcome => ({
  id: row.id,
  agendaItemId: row.agenda_item_id,
  position: row.position,
  textEn: row.text_en,
  textKo: row.text_ko,
  marking: markingOfRow(row),
});

async function participantsOf(db: Kysely<Database>, meetingIds: string[]) {
  if (meetingIds.length === 0) return new Map<string, string[]>();
  const rows = await db
    .selectFrom("meeting_participants")
    .selectAll()
    .where("meeting_id", "in", meetingIds)
    .orderBy("position")
    .execute();
  const byMeeting = new Map<string, string[]>();
  for (const row of rows)
    byMeeting.set(row.meeting_id, [...(byMeeting.get(row.meeting_id) ?? []), row.person_id]);
  return byMeeting;
}

/** Sessions the actor may see, of one body or of all, soonest first. */
export async function listMeetings(db: Kysely<Database>, actor: Actor, bodyId?: string): Promise<Meeting[]> {
  let query = db.selectFrom("meetings").selectAll().orderBy("starts_at");
  if (bodyId) query = query.where("body_id", "=", bodyId);
  const rows = (await query.execute()).filter((row) => canSee(actor, guardOfRow(row)));
  const participants = await participantsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => presentMeeting(row, participants.get(row.id) ?? []));
}

/** The session with the agenda items, minutes and outcomes the actor may see. */
export async function meetingDetail(
  db: Kysely<Database>,
  actor: Actor,
  body: Body,
  row: MeetingRow,
): Promise<MeetingDetail> {
  const participants = await participantsOf(db, [row.id]);
  const agenda = await db
    .selectFrom("agenda_items")
    .selectAll()
    .where("meeting_id", "=", row.id)
    .orderBy("position")
    .execute();
  const outcomes = await db
    .selectFrom("meeting_outcomes")
    .selectAll()
    .where("meeting_id", "=", row.id)
    .orderBy("position")
    .execute();
  const approvals = await db
    .selectFrom("minutes_approvals")
    .select("nation")
    .where("meeting_id", "=", row.id)
    .execute();
  const approvedBy = approvals.map((a) => a.nation).sort();
  return {
    ...presentMeeting(row, participants.get(row.id) ?? []),
    agenda: agenda.filter((item) => canSee(actor, guardOfRow(item))).map(presentAgendaItem),
    outcomes: outcomes.filter((o) => canSee(actor, guardOfRow(o))).map(presentOutcome),
    approvedBy,
    awaitingApprovalFrom: row.status === "held" ? nationsYetToApprove(body.memberNations, approvedBy) : [],
  };
}

/** The outcome, with its session, when it exists (no access check: callers check). */
export async function findOutcome(db: Kysely<Database>, outcomeId: string) {
  return db
    .selectFrom("meeting_outcomes")
    .innerJoin("meetings", "meetings.id", "meeting_outcomes.meeting_id")
    .selectAll("meeting_outcomes")
    .select([
      "meetings.starts_at",
      "meetings.time_zone",
      "meetings.title_en as meeting_title_en",
      "meetings.title_ko as meeting_title_ko",
    ])
    .where("meeting_outcomes.id", "=", outcomeId)
    .executeTakeFirst();
}

/** The body a session belongs to, or undefined (no access check: callers check). */
export async function bodyIdOfMeeting(db: Kysely<Database>, meetingId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("meetings")
    .select("body_id")
    .where("id", "=", meetingId)
    .executeTakeFirst();
  return row?.body_id;
}

/** Everything recorded in a session, unfiltered: for readout drafting, which applies its own PUBLIC-only rule. */
export async function sessionMaterial(db: Kysely<Database>, meetingId: string) {
  const agenda = await db
    .selectFrom("agenda_items")
    .selectAll()
    .where("meeting_id", "=", meetingId)
    .orderBy("position")
    .execute();
  const outcomes = await db
    .selectFrom("meeting_outcomes")
    .selectAll()
    .where("meeting_id", "=", meetingId)
    .orderBy("position")
    .execute();
  const participants = await participantsOf(db, [meetingId]);
  return {
    agenda: agenda.map(presentAgendaItem),
    outcomes: outcomes.map(presentOutcome),
    participantIds: participants.get(meetingId) ?? [],
  };
}
