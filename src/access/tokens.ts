// Personal API tokens for scripts: shown once, stored hashed, expiring, revocable.
import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../store/schema.ts";
import { sha256Hex } from "./sessions.ts";

export const tokenPrefix = "ent_";

export interface IssuedToken {
  id: string;
  token: string;
  expiresAt: string;
}

/** Stores a new token; the plain token is returned once and never stored. */
export async function issueApiToken(
  db: Kysely<Database>,
  spec: { id: string; userId: string; name: string; now: Date; expiresAt: string; scopes: string[] },
): Promise<IssuedToken> {
  const token = tokenPrefix + randomBytes(32).toString("base64url");
  await db
    .insertInto("api_tokens")
    .values({
      id: spec.id,
      user_id: spec.userId,
      name: spec.name,
      token_hash: sha256Hex(token),
      created_at: spec.now.toISOString(),
      expires_at: spec.expiresAt,
      revoked_at: null,
      scopes: spec.scopes.join(" "),
      last_used_at: null,
    })
    .execute();
  return { id: spec.id, token, expiresAt: spec.expiresAt };
}

/** The user id and scopes behind a live token, or undefined. */
export async function resolveApiToken(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<{ userId: string; scopes: string[] } | undefined> {
  if (!token.startsWith(tokenPrefix)) return undefined;
  const row = await db
    .selectFrom("api_tokens")
    .selectAll()
    .where("token_hash", "=", sha256Hex(token))
    .executeTakeFirst();
  if (!row || row.revoked_at !== null || Date.parse(row.expires_at) < now.getTime()) return undefined;
  // Note use at most once an hour, so reads stay cheap.
  if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) > 3600_000)
    await db
      .updateTable("api_tokens")
      .set({ last_used_at: now.toISOString() })
      .where("id", "=", row.id)
      .execute();
  return { userId: row.user_id, scopes: row.scopes.split(" ") };
}
