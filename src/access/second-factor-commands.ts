// Commands that change a user's second factors: confirm TOTP, turn it off, issue new recovery codes.
// Secrets and code hashes are written by `result` into local-secret tables, never into the record.

import type { Transaction } from "kysely";
import { Type } from "typebox";
import { conflict, invalid, notFound } from "../app/errors.ts";
import { defineCommand } from "../pipeline/command.ts";
import type { Database } from "../store/schema.ts";
import type { Actor } from "./actor.ts";
import { accountMarking } from "./marking.ts";
import { mustUseSecondFactor, type SecondFactorChanged } from "./model.ts";
import { verifyPassword } from "./passwords.ts";
import { actingId, authorizeAccount, authorizeSelf } from "./policy.ts";
import { secondFactorsOf, storeRecoveryCodes } from "./second-factors.ts";
import { acceptedTotpStep, newRecoveryCodes } from "./totp.ts";

/** The account, or undefined; commands authorize before they say whether it exists. */
export async function findAccount(trx: Transaction<Database>, userId: string) {
  const user = await trx
    .selectFrom("users")
    .select(["id", "nation", "clearance", "demo", "username"])
    .where("id", "=", userId)
    .executeTakeFirst();
  return user ? { ...user, demo: user.demo === 1 } : undefined;
}

/** The account `actor` may act on (itself, or one it manages); 404 when it may not know of it. */
export async function accountFor(trx: Transaction<Database>, actor: Actor, userId: string) {
  const user = await findAccount(trx, userId);
  authorizeAccount(actor, userId, user?.nation);
  if (!user) throw notFound("No user with that id.");
  return user;
}

/** Checks the user's current password inside a command; a wrong one is an invalid input. */
export async function requireCurrentPassword(trx: Transaction<Database>, userId: string, password: string) {
  const credential = await trx
    .selectFrom("user_credentials")
    .select("password_hash")
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (!credential || !(await verifyPassword(password, credential.password_hash)))
    throw invalid("The current password is not right.", [{ path: "/password", message: "not right" }]);
}

function factorEvent(user: { id: string; nation: string }, body: SecondFactorChanged) {
  return {
    type: "auth.second-factor-changed",
    subject: { kind: "user", id: user.id },
    body,
    marking: accountMarking(user.nation),
  };
}

export const confirmTotp = defineCommand({
  name: "confirmTotp",
  input: Type.Object(
    { userId: Type.String(), code: Type.String({ maxLength: 32 }) },
    { additionalProperties: false },
  ),
  async decide({ trx, actor, now }, input) {
    authorizeSelf(actor, input.userId);
    const user = await accountFor(trx, actor, input.userId);
    const pending = await trx
      .selectFrom("totp_credentials")
      .selectAll()
      .where("user_id", "=", user.id)
      .executeTakeFirst();
    if (!pending) throw conflict("Start TOTP enrolment first.");
    if (pending.confirmed_at) throw conflict("TOTP is already on for this account.");
    const step = await acceptedTotpStep(pending.secret, input.code, now, null);
    if (step === null)
      throw invalid("That code is not right. Check the time on your device and try the current code.", [
        { path: "/code", message: "not right" },
      ]);
    return {
      event: factorEvent(user, { userId: user.id, factor: "totp", change: "enabled", by: actingId(actor) }),
      result: async (_event, t) => {
        await t
          .updateTable("totp_credentials")
          .set({ confirmed_at: now.toISOString(), last_used_step: step })
          .where("user_id", "=", user.id)
          .execute();
        const recoveryCodes = newRecoveryCodes();
        await storeRecoveryCodes(t, user.id, recoveryCodes, now);
        return { recoveryCodes };
      },
    };
  },
});

export const disableTotp = defineCommand({
  name: "disableTotp",
  input: Type.Object(
    { userId: Type.String(), password: Type.Optional(Type.String({ maxLength: 1024 })) },
    { additionalProperties: false },
  ),
  async decide({ trx, actor }, input) {
    const user = await accountFor(trx, actor, input.userId);
    const self = actor.kind === "user" && actor.userId === user.id;
    const factors = await secondFactorsOf(trx, user.id);
    if (!factors.totp && !factors.totpPending) throw conflict("TOTP is not on for this account.");
    if (self) {
      await requireCurrentPassword(trx, user.id, input.password ?? "");
      // An administrator may reset a lost device; the user may not leave a cleared account bare.
      if (mustUseSecondFactor(user) && factors.passkeys === 0)
        throw conflict("This account must keep a second factor. Add a passkey before turning TOTP off.");
    }
    return {
      event: factorEvent(user, { userId: user.id, factor: "totp", change: "disabled", by: actingId(actor) }),
      result: async (_event, t) => {
        await t.deleteFrom("totp_credentials").where("user_id", "=", user.id).execute();
        await t.deleteFrom("recovery_codes").where("user_id", "=", user.id).execute();
        return { disabled: true };
      },
    };
  },
});

export const issueRecoveryCodes = defineCommand({
  name: "issueRecoveryCodes",
  input: Type.Object(
    { userId: Type.String(), password: Type.String({ maxLength: 1024 }) },
    { additionalProperties: false },
  ),
  async decide({ trx, actor, now }, input) {
    authorizeSelf(actor, input.userId);
    const user = await accountFor(trx, actor, input.userId);
    if (!(await secondFactorsOf(trx, user.id)).totp) throw conflict("Turn TOTP on first.");
    await requireCurrentPassword(trx, user.id, input.password);
    const by = actingId(actor);
    return {
      event: factorEvent(user, { userId: user.id, factor: "recovery-codes", change: "issued", by }),
      result: async (_event, t) => {
        const recoveryCodes = newRecoveryCodes();
        await storeRecoveryCodes(t, user.id, recoveryCodes, now);
        return { recoveryCodes };
      },
    };
  },
});
