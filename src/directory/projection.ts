// Writes the directory's tables from its events; the same code serves commands and replay.
import { type Projection, project } from "../pipeline/command.ts";
import { Nation, Organization, Person } from "./model.ts";

export const directoryProjection: Projection = {
  tables: ["nations", "organizations", "people"],
  projectors: {
    "nation.added": project(Nation, (db, nation) =>
      db
        .insertInto("nations")
        .values({ code: nation.code, name_en: nation.nameEn, name_ko: nation.nameKo })
        .execute(),
    ),
    "organization.added": project(Organization, (db, o) =>
      db
        .insertInto("organizations")
        .values({ id: o.id, nation: o.nation, acronym: o.acronym, name_en: o.nameEn, name_ko: o.nameKo })
        .execute(),
    ),
    "person.added": project(Person, (db, p, event) =>
      db
        .insertInto("people")
        .values({
          id: p.id,
          nation: p.nation,
          organization_id: p.organizationId,
          name_en: p.nameEn,
          name_ko: p.nameKo,
          title_en: p.titleEn,
          title_ko: p.titleKo,
          time_zone: p.timeZone,
          email: p.email,
          created_at: event.at,
        })
        .execute(),
    ),
  },
};
