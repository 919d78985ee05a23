// Writes the session tables from their events.
import { type Projection, project } from "../pipeline/command.ts";
import {
  AgendaItemAdded,
  MeetingHeld,
  MeetingScheduled,
  MinutesApproved,
  MinutesEdited,
  OutcomeRecorded,
} from "./events.ts";

export const meetingsProjection: Projection = {
  tables: ["meetings", "meeting_participants", "agenda_items", "meeting_outcomes", "minutes_approvals"],
  projectors: {
    "meeting.scheduled": project(MeetingScheduled, async (db, m, event) => {
      await db
        .insertInto("meetings")
        .values({
          id: m.id,
          body_id: m.bodyId,
          title_en: m.titleEn,
          title_ko: m.titleKo,
          starts_at: m.startsAt,
          ends_at: m.endsAt,
          time_zone: m.timeZone,
          place_en: m.placeEn,
          place_ko: m.placeKo,
          level: m.level,
          status: m.status,
          classification: m.marking.classification,
          releasable_to: JSON.stringify(m.marking.releasableTo),
          created_at: event.at,
          updated_at: event.at,
        })
        .execute();
      for (const [position, personId] of m.participantIds.entries()) {
        await db
          .insertInto("meeting_participants")
          .values({ meeting_id: m.id, person_id: personId, position })
          .execute();
      }
    }),
    "meeting.agenda-item-added": project(AgendaItemAdded, (db, item) =>
      db
        .insertInto("agenda_items")
        .values({
          id: item.id,
          meeting_id: item.meetingId,
          body_id: item.bodyId,
          position: item.position,
          title_en: item.titleEn,
          title_ko: item.titleKo,
          owner_person_id: item.ownerPersonId,
          classification: item.marking.classification,
          releasable_to: JSON.stringify(item.marking.releasableTo),
          minutes_en: "",
          minutes_ko: "",
          minutes_version: 0,
          minutes_updated_at: null,
        })
        .execute(),
    ),
    "meeting.minutes-edited": project(MinutesEdited, async (db, m, event) => {
      await db
        .updateTable("agenda_items")
        .set({
          minutes_en: m.minutesEn,
          minutes_ko: m.minutesKo,
          minutes_version: m.version,
          minutes_updated_at: event.at,
        })
        .where("id", "=", m.agendaItemId)
        .execute();
      // Approvals were given to the text as it stood; a changed text needs them again.
      await db.deleteFrom("minutes_approvals").where("meeting_id", "=", m.meetingId).execute();
      await db.updateTable("meetings").set({ updated_at: event.at }).where("id", "=", m.meetingId).execute();
    }),
    "meeting.outcome-recorded": project(OutcomeRecorded, (db, o, event) =>
      db
        .insertInto("meeting_outcomes")
        .values({
          id: o.id,
          meeting_id: o.meetingId,
          body_id: o.bodyId,
          agenda_item_id: o.agendaItemId,
          position: o.position,
          text_en: o.textEn,
          text_ko: o.textKo,
          classification: o.marking.classification,
          releasable_to: JSON.stringify(o.marking.releasableTo),
          created_at: event.at,
        })
        .execute(),
    ),
    "meeting.held": project(MeetingHeld, (db, m, event) =>
      db
        .updateTable("meetings")
        .set({ status: "held", updated_at: event.at })
        .where("id", "=", m.meetingId)
        .execute(),
    ),
    "meeting.minutes-approved": project(MinutesApproved, async (db, a, event) => {
      await db
        .insertInto("minutes_approvals")
        .values({
          meeting_id: a.meetingId,
          nation: a.nation,
          approved_by: a.approvedBy,
          approved_at: event.at,
        })
        .execute();
      if (a.complete) {
        await db
          .updateTable("meetings")
          .set({ status: "minutes-approved", updated_at: event.at })
          .where("id", "=", a.meetingId)
          .execute();
      }
    }),
  },
};
