// What a user may see of their own security: live sessions, API tokens, recent security events.
import type { Kysely } from "kysely";
import { type Static, Type } from "typebox";
import { readEventsAbout } from "../record/log.ts";
import type { Database } from "../store/schema.ts";

export const SessionView = Type.Object({
  id: Type.String(),
  createdAt: Type.String(),
  lastSeenAt: Type.String(),
  expiresAt: Type.String(),
  address: Type.Union([Type.String(), Type.Null()]),
  userAgent: Type.Union([Type.String(), Type.Null()]),
  current: Type.Boolean(),
});

export const TokenView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  scopes: Type.Array(Type.String()),
  createdAt: Type.String(),
  expiresAt: Type.String(),
  revokedAt: Type.Union([Type.String(), Type.Null()]),
  lastUsedAt: Type.Union([Type.String(), Type.Null()]),
});

export const SecurityEventView = Type.Object({
  index: Type.Integer(),
  at: Type.String(),
  type: Type.String(),
  body: Type.Record(Type.String(), Type.Unknown()),
});

export async function listLiveSessions(
  db: Kysely<Database>,
  userId: string,
  now: Date,
  currentSessionId: string | undefined,
): Promise<Static<typeof SessionView>[]> {
  const rows = await db
    .selectFrom("sessions")
    .selectAll()
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .where("expires_at", ">", now.toISOString())
    .orderBy("created_at", "desc")
    .execute();
  return rows.map((s) => ({
    id: s.id,
    createdAt: s.created_at,
    lastSeenAt: s.last_seen_at,
    expiresAt: s.expires_at,
    address: s.address,
    userAgent: s.user_agent,
    current: s.id === currentSessionId,
  }));
}

export async function listApiTokens(
  db: Kysely<Database>,
  userId: string,
): Promise<Static<typeof TokenView>[]> {
  const rows = await db
    .selectFrom("api_tokens")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("created_at", "desc")
    .execute();
  return rows.map((t) => ({
    id: t.id,
    name: t.name,
    scopes: t.scopes.split(" "),
    createdAt: t.created_at,
    expiresAt: t.expires_at,
    revokedAt: t.revoked_at,
    lastUsedAt: t.last_used_at,
  }));
}

/** Recent events about the user's account: sign-ins, failures, lockouts, second-factor and token changes. */
export async function securityActivity(
  db: Kysely<Database>,
  userId: string,
  limit = 50,
): Promise<Static<typeof SecurityEventView>[]> {
  const events = (await readEventsAbout(db, { kind: "user", id: userId })).slice(-limit).reverse();
  return events.map((e) => ({
    index: e.index,
    at: e.at,
    type: e.type,
    body: typeof e.body === "object" && e.body !== null ? { ...e.body } : {},
  }));
}
