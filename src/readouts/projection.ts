// Writes the readouts table from its events.
import { type Projection, project } from "../pipeline/command.ts";
import { ReadoutDrafted, ReadoutEdited, ReadoutPublished } from "./events.ts";

export const readoutsProjection: Projection = {
  tables: ["readouts"],
  projectors: {
    "readout.drafted": project(ReadoutDrafted, (db, r, event) =>
      db
        .insertInto("readouts")
        .values({
          id: r.id,
          meeting_id: r.meetingId,
          body_id: r.bodyId,
          title_en: r.titleEn,
          title_ko: r.titleKo,
          text_en: r.textEn,
          text_ko: r.textKo,
          releasable_to: JSON.stringify(r.releasableTo),
          version: 1,
          created_at: event.at,
          updated_at: event.at,
          published_at: null,
        })
        .execute(),
    ),
    "readout.edited": project(ReadoutEdited, (db, r, event) =>
      db
        .updateTable("readouts")
        .set({
          title_en: r.titleEn,
          title_ko: r.titleKo,
          text_en: r.textEn,
          text_ko: r.textKo,
          version: r.version,
          updated_at: event.at,
        })
        .where("id", "=", r.readoutId)
        .execute(),
    ),
    "readout.published": project(ReadoutPublished, (db, r, event) =>
      db
        .updateTable("readouts")
        .set({ published_at: event.at, updated_at: event.at })
        .where("id", "=", r.readoutId)
        .execute(),
    ),
  },
};
