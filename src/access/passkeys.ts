// Passkeys (WebAuthn) through @simplewebauthn/server: options with a stored one-time challenge,
// verification that spends the challenge (a replayed response finds none), and the stored credentials.
import {
  type AuthenticationResponseJSON,
  type AuthenticatorTransport,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from "@simplewebauthn/server";
import type { FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import type { Config } from "../app/config.ts";
import type { Database } from "../store/schema.ts";
import type { UserActor } from "./actor.ts";

const challengeMinutes = 5;
const transportNames: readonly AuthenticatorTransport[] = ["ble", "hybrid", "internal", "nfc", "usb"];

export interface RelyingParty {
  id: string;
  origin: string;
}

/** Where passkeys are bound: the configured public URL, else (development) the request's own host. */
export function relyingParty(config: Config, request: FastifyRequest): RelyingParty {
  const url = new URL(config.publicUrl ?? `${request.protocol}://${request.headers.host ?? "localhost"}`);
  return { id: url.hostname, origin: url.origin };
}

async function storeChallenge(
  db: Kysely<Database>,
  challenge: string,
  purpose: "register" | "authenticate",
  userId: string | null,
  now: Date,
) {
  const expiresAt = new Date(now.getTime() + challengeMinutes * 60_000).toISOString();
  await db.deleteFrom("webauthn_challenges").where("expires_at", "<", now.toISOString()).execute();
  await db
    .insertInto("webauthn_challenges")
    .values({ challenge, purpose, user_id: userId, expires_at: expiresAt })
    .execute();
}

/** Spends a stored challenge: true once, for a live challenge of that purpose (and user). */
function spendChallenge(db: Kysely<Database>, purpose: string, userId: string | null, now: Date) {
  return async (challenge: string): Promise<boolean> => {
    let query = db
      .deleteFrom("webauthn_challenges")
      .where("challenge", "=", challenge)
      .where("purpose", "=", purpose)
      .where("expires_at", ">", now.toISOString());
    query = userId === null ? query.where("user_id", "is", null) : query.where("user_id", "=", userId);
    const deleted = await query.executeTakeFirst();
    return deleted.numDeletedRows === 1n;
  };
}

const transportsOf = (json: string): AuthenticatorTransport[] => {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? transportNames.filter((t) => parsed.includes(t)) : [];
};

export async function registrationOptions(
  db: Kysely<Database>,
  rp: RelyingParty,
  actor: UserActor,
  now: Date,
) {
  const existing = await db
    .selectFrom("passkeys")
    .select(["id", "transports"])
    .where("user_id", "=", actor.userId)
    .execute();
  const options = await generateRegistrationOptions({
    rpName: "Entente",
    rpID: rp.id,
    userName: actor.username,
    userID: new TextEncoder().encode(actor.userId),
    userDisplayName: actor.displayName,
    attestationType: "none",
    excludeCredentials: existing.map((p) => ({ id: p.id, transports: transportsOf(p.transports) })),
    authenticatorSelection: { residentKey: "required", userVerification: "required" },
  });
  await storeChallenge(db, options.challenge, "register", actor.userId, now);
  return options;
}

/** The new credential when the response answers a live challenge of this user; undefined otherwise. */
export async function verifiedRegistration(
  db: Kysely<Database>,
  rp: RelyingParty,
  userId: string,
  response: RegistrationResponseJSON,
  now: Date,
) {
  const verification = await verifyRegistrationResponse({
    response,
    expectedChallenge: spendChallenge(db, "register", userId, now),
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    requireUserVerification: true,
  }).catch(() => undefined);
  if (!verification?.verified) return undefined;
  const { credential } = verification.registrationInfo;
  return {
    id: credential.id,
    publicKey: Buffer.from(credential.publicKey).toString("base64url"),
    counter: credential.counter,
    transports: credential.transports ?? [],
  };
}

export async function authenticationOptions(db: Kysely<Database>, rp: RelyingParty, now: Date) {
  // Discoverable credentials: the browser offers the user's passkeys, no username is asked first.
  const options = await generateAuthenticationOptions({ rpID: rp.id, userVerification: "required" });
  await storeChallenge(db, options.challenge, "authenticate", null, now);
  return options;
}

/** The user id whose passkey signed a live challenge; the passkey's counter is moved on. */
export async function verifiedAuthentication(
  db: Kysely<Database>,
  rp: RelyingParty,
  response: AuthenticationResponseJSON,
  now: Date,
): Promise<string | undefined> {
  const passkey = await db
    .selectFrom("passkeys")
    .selectAll()
    .where("id", "=", response.id)
    .executeTakeFirst();
  if (!passkey) return undefined;
  const verification = await verifyAuthenticationResponse({
    response,
    expectedChallenge: spendChallenge(db, "authenticate", null, now),
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    credential: {
      id: passkey.id,
      publicKey: new Uint8Array(Buffer.from(passkey.public_key, "base64url")),
      counter: passkey.counter,
      transports: transportsOf(passkey.transports),
    },
    requireUserVerification: true,
  }).catch(() => undefined);
  if (!verification?.verified) return undefined;
  await db
    .updateTable("passkeys")
    .set({ counter: verification.authenticationInfo.newCounter, last_used_at: now.toISOString() })
    .where("id", "=", passkey.id)
    .execute();
  return passkey.user_id;
}
