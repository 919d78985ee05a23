// Reads of accounts: the acting user with roles, and what the API shows of them.
import type { Kysely } from "kysely";
import type { Database } from "../store/schema.ts";
import type { RoleGrant, UserActor } from "./actor.ts";
import { roles } from "./actor.ts";
import type { PublicUser } from "./model.ts";
import { permissionsOf } from "./policy.ts";

function asRoleGrant(row: { role: string; body_id: string }): RoleGrant[] {
  const role = roles.find((r) => r === row.role);
  return role ? [{ role, bodyId: row.body_id === "*" ? null : row.body_id }] : [];
}

/** The user as an actor, or undefined when unknown or disabled. */
export async function loadUserActor(
  db: Kysely<Database>,
  where: { id: string } | { username: string },
  via: UserActor["via"],
): Promise<UserActor | undefined> {
  let query = db.selectFrom("users").selectAll().where("disabled", "=", 0);
  query = "id" in where ? query.where("id", "=", where.id) : query.where("username", "=", where.username);
  const user = await query.executeTakeFirst();
  if (!user) return undefined;
  const grants = await db.selectFrom("user_roles").selectAll().where("user_id", "=", user.id).execute();
  return {
    kind: "user",
    userId: user.id,
    username: user.username,
    displayName: user.display_name,
    nation: user.nation,
    organizationId: user.organization_id,
    clearance: user.clearance,
    timeZone: user.time_zone,
    demo: user.demo === 1,
    roles: grants.flatMap(asRoleGrant),
    via,
  };
}

export function presentUser(actor: UserActor): PublicUser {
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    nation: actor.nation,
    organizationId: actor.organizationId,
    clearance: actor.clearance,
    timeZone: actor.timeZone,
    demo: actor.demo,
    roles: actor.roles.map((grant) => ({ role: grant.role, bodyId: grant.bodyId })),
    permissions: permissionsOf(actor),
  };
}

export async function findUserIdByUsername(
  db: Kysely<Database>,
  username: string,
): Promise<string | undefined> {
  const row = await db.selectFrom("users").select("id").where("username", "=", username).executeTakeFirst();
  return row?.id;
}

/** Whether the user holds `role` on the body (or alliance-wide when `bodyId` is null). */
export async function holdsRole(
  db: Kysely<Database>,
  userId: string,
  grant: { role: string; bodyId: string | null },
): Promise<boolean> {
  const row = await db
    .selectFrom("user_roles")
    .select("role")
    .where("user_id", "=", userId)
    .where("role", "=", grant.role)
    .where("body_id", "=", grant.bodyId ?? "*")
    .executeTakeFirst();
  return row !== undefined;
}
