// What a readout is made from, read inside a command: the session's outcomes, agenda and participants,
// and the restricted texts an edit must not carry.
import type { Transaction } from "kysely";
import type { Body } from "../bodies/model.ts";
import { findPerson } from "../directory/queries.ts";
import { markingOfRow } from "../meetings/lookups.ts";
import type { MeetingRow } from "../meetings/tables.ts";
import type { Database } from "../store/schema.ts";
import { type DraftSource, isPublic } from "./model.ts";

export async function draftSourceOf(
  trx: Transaction<Database>,
  body: Body,
  meeting: MeetingRow,
): Promise<DraftSource> {
  const agenda = await trx
    .selectFrom("agenda_items")
    .selectAll()
    .where("meeting_id", "=", meeting.id)
    .orderBy("position")
    .execute();
  const outcomes = await trx
    .selectFrom("meeting_outcomes")
    .selectAll()
    .where("meeting_id", "=", meeting.id)
    .orderBy("position")
    .execute();
  const participantRows = await trx
    .selectFrom("meeting_participants")
    .select("person_id")
    .where("meeting_id", "=", meeting.id)
    .orderBy("position")
    .execute();
  const participants: DraftSource["participants"] = [];
  for (const row of participantRows) {
    const person = await findPerson(trx, row.person_id);
    if (person) participants.push(person);
  }
  return {
    body,
    meeting: {
      startsAt: meeting.starts_at,
      timeZone: meeting.time_zone,
      placeEn: meeting.place_en,
      placeKo: meeting.place_ko,
      marking: markingOfRow(meeting),
    },
    participants,
    agenda: agenda.map((item) => ({
      id: item.id,
      titleEn: item.title_en,
      titleKo: item.title_ko,
      marking: markingOfRow(item),
    })),
    outcomes: outcomes.map((o) => ({
      agendaItemId: o.agenda_item_id,
      textEn: o.text_en,
      textKo: o.text_ko,
      marking: markingOfRow(o),
    })),
  };
}

/** Every text of the session that is not public: outcomes, agenda titles and their minutes. */
export async function restrictedTextsOf(
  trx: Transaction<Database>,
  body: Body,
  meetingId: string,
): Promise<string[]> {
  const agenda = await trx
    .selectFrom("agenda_items")
    .selectAll()
    .where("meeting_id", "=", meetingId)
    .execute();
  const outcomes = await trx
    .selectFrom("meeting_outcomes")
    .selectAll()
    .where("meeting_id", "=", meetingId)
    .execute();
  const closed = <T extends { classification: string; releasable_to: string }>(rows: T[]) =>
    rows.filter((row) => !isPublic(markingOfRow(row), body.memberNations));
  return [
    ...closed(outcomes).flatMap((o) => [o.text_en, o.text_ko]),
    ...closed(agenda).flatMap((i) => [i.title_en, i.title_ko, i.minutes_en, i.minutes_ko]),
  ].filter((text) => text.trim().length > 0);
}
