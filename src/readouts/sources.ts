// What a readout is made from, read inside a command: the session's outcomes, agenda and participants,
// and the restricted texts an edit must not carry.
import type { Transaction } from "kysely";
import type { Body } from "../bodies/model.ts";
import { findPerson } from "../directory/queries.ts";
import { markingOfRow } from "../meetings/lookups.ts";
import { sessionMaterial } from "../meetings/queries.ts";
import type { MeetingRow } from "../meetings/tables.ts";
import type { Database } from "../store/schema.ts";
import { type DraftSource, isPublic } from "./model.ts";

export async function draftSourceOf(
  trx: Transaction<Database>,
  body: Body,
  meeting: MeetingRow,
): Promise<DraftSource> {
  const material = await sessionMaterial(trx, meeting.id);
  const participants: DraftSource["participants"] = [];
  for (const id of material.participantIds) {
    const person = await findPerson(trx, id);
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
    agenda: material.agenda,
    outcomes: material.outcomes,
  };
}

/** Every text of the session that is not public: outcomes, agenda titles and their minutes. */
export async function restrictedTextsOf(
  trx: Transaction<Database>,
  body: Body,
  meetingId: string,
): Promise<string[]> {
  const { agenda, outcomes } = await sessionMaterial(trx, meetingId);
  const closed = <T extends { marking: { classification: string; releasableTo: string[] } }>(items: T[]) =>
    items.filter((item) => !isPublic(item.marking, body.memberNations));
  return [
    ...closed(outcomes).flatMap((o) => [o.textEn, o.textKo]),
    ...closed(agenda).flatMap((i) => [i.titleEn, i.titleKo, i.minutesEn, i.minutesKo]),
  ].filter((text) => text.trim().length > 0);
}
