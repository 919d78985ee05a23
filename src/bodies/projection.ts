// Writes the bodies table from its events.
import { type Projection, project } from "../pipeline/command.ts";
import { BodyCreated } from "./model.ts";

export const bodiesProjection: Projection = {
  tables: ["bodies"],
  projectors: {
    "body.created": project(BodyCreated, (db, body, event) =>
      db
        .insertInto("bodies")
        .values({
          id: body.id,
          acronym: body.acronym,
          name_en: body.nameEn,
          name_ko: body.nameKo,
          member_nations: JSON.stringify(body.memberNations),
          classification: body.classification,
          cadence: null,
          created_at: event.at,
        })
        .execute(),
    ),
  },
};
