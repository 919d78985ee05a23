// The local-secret side of second factors: pending and confirmed TOTP secrets, recovery codes, and
// consuming a code exactly once (a conditional update, so two racing sign-ins cannot both use it).
import type { Kysely } from "kysely";
import type { Database } from "../store/schema.ts";
import { acceptedTotpStep, newTotpSecret, recoveryCodeHash } from "./totp.ts";

export interface SecondFactorSummary {
  totp: boolean;
  totpPending: boolean;
  recoveryCodesLeft: number;
  passkeys: number;
}

export async function secondFactorsOf(db: Kysely<Database>, userId: string): Promise<SecondFactorSummary> {
  const totp = await db
    .selectFrom("totp_credentials")
    .select("confirmed_at")
    .where("user_id", "=", userId)
    .executeTakeFirst();
  const codes = await db
    .selectFrom("recovery_codes")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("user_id", "=", userId)
    .where("used_at", "is", null)
    .executeTakeFirst();
  const passkeys = await db
    .selectFrom("passkeys")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return {
    totp: totp?.confirmed_at != null,
    totpPending: totp !== undefined && totp.confirmed_at === null,
    recoveryCodesLeft: Number(codes?.n ?? 0),
    passkeys: Number(passkeys?.n ?? 0),
  };
}

export const hasSecondFactor = (summary: SecondFactorSummary) => summary.totp || summary.passkeys > 0;

/** Whether the user has a confirmed TOTP or a passkey: the cheap check made on every request. */
export async function hasSecondFactorEnrolled(db: Kysely<Database>, userId: string): Promise<boolean> {
  const totp = await db
    .selectFrom("totp_credentials")
    .select("user_id")
    .where("user_id", "=", userId)
    .where("confirmed_at", "is not", null)
    .executeTakeFirst();
  if (totp) return true;
  const passkey = await db
    .selectFrom("passkeys")
    .select("id")
    .where("user_id", "=", userId)
    .limit(1)
    .executeTakeFirst();
  return passkey !== undefined;
}

/** A new pending secret, replacing any earlier pending one; undefined when TOTP is already on. */
export async function startTotpEnrolment(
  db: Kysely<Database>,
  userId: string,
  now: Date,
): Promise<string | undefined> {
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom("totp_credentials")
      .select("confirmed_at")
      .where("user_id", "=", userId)
      .executeTakeFirst();
    if (existing?.confirmed_at) return undefined;
    const secret = newTotpSecret();
    await trx.deleteFrom("totp_credentials").where("user_id", "=", userId).execute();
    await trx
      .insertInto("totp_credentials")
      .values({
        user_id: userId,
        secret,
        created_at: now.toISOString(),
        confirmed_at: null,
        last_used_step: null,
      })
      .execute();
    return secret;
  });
}

/** The user's TOTP secret row, confirmed or pending. */
export function totpCredentialOf(db: Kysely<Database>, userId: string) {
  return db.selectFrom("totp_credentials").selectAll().where("user_id", "=", userId).executeTakeFirst();
}

/** Accepts a confirmed TOTP code once: true when valid, newer than the last one used, and now spent. */
export async function consumeTotpCode(
  db: Kysely<Database>,
  userId: string,
  code: string,
  now: Date,
): Promise<boolean> {
  const credential = await totpCredentialOf(db, userId);
  if (!credential?.confirmed_at) return false;
  const step = await acceptedTotpStep(credential.secret, code, now, credential.last_used_step);
  if (step === null) return false;
  const updated = await db
    .updateTable("totp_credentials")
    .set({ last_used_step: step })
    .where("user_id", "=", userId)
    .where((eb) => eb.or([eb("last_used_step", "is", null), eb("last_used_step", "<", step)]))
    .executeTakeFirst();
  return updated.numUpdatedRows === 1n;
}

/** Spends one unused recovery code; true when it was one. */
export async function consumeRecoveryCode(
  db: Kysely<Database>,
  userId: string,
  code: string,
  now: Date,
): Promise<boolean> {
  const updated = await db
    .updateTable("recovery_codes")
    .set({ used_at: now.toISOString() })
    .where("user_id", "=", userId)
    .where("code_hash", "=", recoveryCodeHash(code))
    .where("used_at", "is", null)
    .executeTakeFirst();
  return updated.numUpdatedRows === 1n;
}

/** Replaces the user's recovery codes with the hashes of `codes`. */
export async function storeRecoveryCodes(db: Kysely<Database>, userId: string, codes: string[], now: Date) {
  await db.deleteFrom("recovery_codes").where("user_id", "=", userId).execute();
  await db
    .insertInto("recovery_codes")
    .values(
      codes.map((code) => ({
        user_id: userId,
        code_hash: recoveryCodeHash(code),
        created_at: now.toISOString(),
        used_at: null,
      })),
    )
    .execute();
}
