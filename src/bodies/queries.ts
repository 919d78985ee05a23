// Reads of bodies, filtered by what the caller may see.
import type { Kysely } from "kysely";
import type { Actor } from "../access/actor.ts";
import { canSee } from "../access/policy.ts";
import type { Database } from "../store/schema.ts";
import { type Body, type BodyMember, memberRoles } from "./model.ts";
import type { BodyRow } from "./tables.ts";

export function presentBody(row: BodyRow): Body {
  return {
    id: row.id,
    acronym: row.acronym,
    nameEn: row.name_en,
    nameKo: row.name_ko,
    memberNations: JSON.parse(row.member_nations),
    classification: row.classification,
    cadence: row.cadence,
  };
}

/** The body as a guarded object: members' nations may know of it, the body itself is its scope. */
export const guardOf = (body: Body) => ({
  bodyId: null,
  marking: { classification: "PUBLIC", releasableTo: body.memberNations },
});

export async function listBodies(db: Kysely<Database>, actor: Actor): Promise<Body[]> {
  const rows = await db.selectFrom("bodies").selectAll().orderBy("acronym").execute();
  return rows.map(presentBody).filter((body) => canSee(actor, guardOf(body)));
}

export async function findBody(db: Kysely<Database>, id: string): Promise<Body | undefined> {
  const row = await db.selectFrom("bodies").selectAll().where("id", "=", id).executeTakeFirst();
  return row && presentBody(row);
}

/** The body's members with their roles, co-chairs first. */
export async function membersOf(db: Kysely<Database>, bodyId: string): Promise<BodyMember[]> {
  const rows = await db.selectFrom("body_members").selectAll().where("body_id", "=", bodyId).execute();
  const order = (role: string) => (memberRoles as readonly string[]).indexOf(role);
  return rows
    .sort((a, b) => order(a.role) - order(b.role))
    .flatMap((row) => {
      const role = memberRoles.find((r) => r === row.role);
      return role ? [{ personId: row.person_id, role }] : [];
    });
}
