// Accounts as administrators see them: profile, roles, clearance, status and second factors.
import type { Kysely } from "kysely";
import { type Static, Type } from "typebox";
import type { Database } from "../store/schema.ts";
import type { Actor } from "./actor.ts";
import { accountMarking } from "./marking.ts";
import { canSee } from "./policy.ts";

export const AccountView = Type.Object(
  {
    id: Type.String(),
    username: Type.String(),
    displayName: Type.String(),
    nation: Type.String(),
    organizationId: Type.Union([Type.String(), Type.Null()]),
    clearance: Type.String(),
    timeZone: Type.String(),
    demo: Type.Boolean(),
    disabled: Type.Boolean(),
    createdAt: Type.String(),
    roles: Type.Array(Type.Object({ role: Type.String(), bodyId: Type.Union([Type.String(), Type.Null()]) })),
    totp: Type.Boolean(),
    passkeys: Type.Integer(),
  },
  { $id: "Account" },
);
export type AccountView = Static<typeof AccountView>;

/** Accounts `actor` may know exist, by username; `userId` narrows to one. */
export async function listAccounts(
  db: Kysely<Database>,
  actor: Actor,
  userId?: string,
): Promise<AccountView[]> {
  let query = db.selectFrom("users").selectAll().orderBy("username");
  if (userId !== undefined) query = query.where("id", "=", userId);
  const users = (await query.execute()).filter((u) => canSee(actor, { marking: accountMarking(u.nation) }));
  if (users.length === 0) return [];
  const ids = users.map((u) => u.id);
  const roles = await db.selectFrom("user_roles").selectAll().where("user_id", "in", ids).execute();
  const totp = await db
    .selectFrom("totp_credentials")
    .select("user_id")
    .where("user_id", "in", ids)
    .where("confirmed_at", "is not", null)
    .execute();
  const passkeys = await db.selectFrom("passkeys").select("user_id").where("user_id", "in", ids).execute();
  return users.map((u) => ({
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    nation: u.nation,
    organizationId: u.organization_id,
    clearance: u.clearance,
    timeZone: u.time_zone,
    demo: u.demo === 1,
    disabled: u.disabled === 1,
    createdAt: u.created_at,
    roles: roles
      .filter((r) => r.user_id === u.id)
      .map((r) => ({ role: r.role, bodyId: r.body_id === "*" ? null : r.body_id })),
    totp: totp.some((t) => t.user_id === u.id),
    passkeys: passkeys.filter((p) => p.user_id === u.id).length,
  }));
}
