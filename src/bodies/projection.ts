// Writes the bodies table from its events.
import { type Projection, project } from "../pipeline/command.ts";
import { BodyCreated, BodyDetailsInput } from "./model.ts";

export const bodiesProjection: Projection = {
  tables: ["bodies", "body_members"],
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
    "body.details-set": project(BodyDetailsInput, async (db, details) => {
      await db
        .updateTable("bodies")
        .set({ cadence: details.cadence })
        .where("id", "=", details.bodyId)
        .execute();
      await db.deleteFrom("body_members").where("body_id", "=", details.bodyId).execute();
      for (const member of details.members) {
        await db
          .insertInto("body_members")
          .values({ body_id: details.bodyId, person_id: member.personId, role: member.role })
          .execute();
      }
    }),
  },
};
