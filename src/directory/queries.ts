// Reads of the directory, shaped for the API (presenters keep table columns out of responses).
import type { Kysely } from "kysely";
import type { Database } from "../store/schema.ts";
import type { Nation, Organization, Person } from "./model.ts";
import type { NationRow, OrganizationRow, PersonRow } from "./tables.ts";

export const presentNation = (r: NationRow): Nation => ({
  code: r.code,
  nameEn: r.name_en,
  nameKo: r.name_ko,
});
export const presentOrganization = (r: OrganizationRow): Organization => ({
  id: r.id,
  nation: r.nation,
  acronym: r.acronym,
  nameEn: r.name_en,
  nameKo: r.name_ko,
});
export const presentPerson = (r: PersonRow): Person => ({
  id: r.id,
  nameEn: r.name_en,
  nameKo: r.name_ko,
  titleEn: r.title_en,
  titleKo: r.title_ko,
  organizationId: r.organization_id,
  nation: r.nation,
  timeZone: r.time_zone,
  email: r.email,
});

export async function listNations(db: Kysely<Database>): Promise<Nation[]> {
  const rows = await db.selectFrom("nations").selectAll().orderBy("code").execute();
  return rows.map(presentNation);
}

export async function findNation(db: Kysely<Database>, code: string): Promise<Nation | undefined> {
  const row = await db.selectFrom("nations").selectAll().where("code", "=", code).executeTakeFirst();
  return row && presentNation(row);
}

export async function listOrganizations(db: Kysely<Database>, nation?: string): Promise<Organization[]> {
  let query = db.selectFrom("organizations").selectAll().orderBy("nation").orderBy("name_en");
  if (nation) query = query.where("nation", "=", nation);
  return (await query.execute()).map(presentOrganization);
}

export async function findOrganization(db: Kysely<Database>, id: string): Promise<Organization | undefined> {
  const row = await db.selectFrom("organizations").selectAll().where("id", "=", id).executeTakeFirst();
  return row && presentOrganization(row);
}

export async function listPeople(db: Kysely<Database>, nation?: string): Promise<Person[]> {
  let query = db.selectFrom("people").selectAll().orderBy("nation").orderBy("name_en");
  if (nation) query = query.where("nation", "=", nation);
  return (await query.execute()).map(presentPerson);
}

export async function findPerson(db: Kysely<Database>, id: string): Promise<Person | undefined> {
  const row = await db.selectFrom("people").selectAll().where("id", "=", id).executeTakeFirst();
  return row && presentPerson(row);
}
