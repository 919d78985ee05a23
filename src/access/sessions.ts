// Browser sessions: a random secret in an HttpOnly cookie, only its SHA-256 stored; idle and absolute expiry.
import { createHash, randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../store/schema.ts";

export const sessionCookie = "entente_session";

export const sha256Hex = (value: string) => createHash("sha256").update(value).digest("hex");

export interface SessionLimits {
  idleMinutes: number;
  maxHours: number;
}

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function createSession(
  db: Kysely<Database>,
  userId: string,
  now: Date,
  limits: SessionLimits,
  client: { address: string | null; userAgent: string | null },
): Promise<NewSession> {
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  const expiresAt = new Date(now.getTime() + limits.maxHours * 3600_000);
  await db
    .insertInto("sessions")
    .values({
      id: sha256Hex(token),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
      revoked_at: null,
      address: client.address,
      user_agent: client.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { token, csrfToken, expiresAt };
}

/** The live session behind `token`, touched; undefined when unknown, revoked, idle too long or expired. */
export async function resolveSession(db: Kysely<Database>, token: string, now: Date, limits: SessionLimits) {
  const session = await db
    .selectFrom("sessions")
    .selectAll()
    .where("id", "=", sha256Hex(token))
    .executeTakeFirst();
  if (!session || session.revoked_at !== null) return undefined;
  const idleSince = now.getTime() - Date.parse(session.last_seen_at);
  if (idleSince > limits.idleMinutes * 60_000 || now.getTime() > Date.parse(session.expires_at))
    return undefined;
  // Touch at most once a minute so reads stay cheap.
  if (idleSince > 60_000) {
    await db
      .updateTable("sessions")
      .set({ last_seen_at: now.toISOString() })
      .where("id", "=", session.id)
      .execute();
  }
  return session;
}

export async function revokeSession(db: Kysely<Database>, sessionId: string, now: Date): Promise<void> {
  await db
    .updateTable("sessions")
    .set({ revoked_at: now.toISOString() })
    .where("id", "=", sessionId)
    .where("revoked_at", "is", null)
    .execute();
}
