// Commands that add or remove a user's passkey; the credential itself is stored by `result`.
import { Type } from "typebox";
import { conflict, notFound } from "../app/errors.ts";
import { defineCommand } from "../pipeline/command.ts";
import { accountMarking } from "./marking.ts";
import { mustUseSecondFactor } from "./model.ts";
import { actingId, authorizeSelf } from "./policy.ts";
import { accountFor } from "./second-factor-commands.ts";
import { secondFactorsOf } from "./second-factors.ts";

export const registerPasskey = defineCommand({
  name: "registerPasskey",
  input: Type.Object(
    {
      userId: Type.String(),
      name: Type.String({ minLength: 1, maxLength: 100 }),
      credential: Type.Object({
        id: Type.String(),
        publicKey: Type.String(),
        counter: Type.Integer({ minimum: 0 }),
        transports: Type.Array(Type.String()),
      }),
    },
    { additionalProperties: false },
  ),
  async decide({ trx, actor, now }, input) {
    authorizeSelf(actor, input.userId);
    const user = await accountFor(trx, actor, input.userId);
    const taken = await trx
      .selectFrom("passkeys")
      .select("id")
      .where("id", "=", input.credential.id)
      .executeTakeFirst();
    if (taken) throw conflict("This passkey is already registered.");
    const { credential, name } = input;
    return {
      event: {
        type: "auth.second-factor-changed",
        subject: { kind: "user", id: user.id },
        body: {
          userId: user.id,
          factor: "passkey",
          change: "enabled",
          by: actingId(actor),
          credentialId: credential.id,
          name,
        },
        marking: accountMarking(user.nation),
      },
      result: async (_event, t) => {
        await t
          .insertInto("passkeys")
          .values({
            id: credential.id,
            user_id: user.id,
            name,
            public_key: credential.publicKey,
            counter: credential.counter,
            transports: JSON.stringify(credential.transports),
            created_at: now.toISOString(),
            last_used_at: null,
          })
          .execute();
        return { id: credential.id, name, createdAt: now.toISOString(), lastUsedAt: null };
      },
    };
  },
});

export const removePasskey = defineCommand({
  name: "removePasskey",
  input: Type.Object({ userId: Type.String(), passkeyId: Type.String() }, { additionalProperties: false }),
  async decide({ trx, actor }, input) {
    const user = await accountFor(trx, actor, input.userId);
    const passkey = await trx
      .selectFrom("passkeys")
      .select(["id", "name"])
      .where("id", "=", input.passkeyId)
      .where("user_id", "=", user.id)
      .executeTakeFirst();
    if (!passkey) throw notFound("No passkey with that id.");
    const factors = await secondFactorsOf(trx, user.id);
    const self = actor.kind === "user" && actor.userId === user.id;
    if (self && mustUseSecondFactor(user) && !factors.totp && factors.passkeys <= 1)
      throw conflict("This account must keep a second factor. Turn on TOTP or add another passkey first.");
    return {
      event: {
        type: "auth.second-factor-changed",
        subject: { kind: "user", id: user.id },
        body: {
          userId: user.id,
          factor: "passkey",
          change: "disabled",
          by: actingId(actor),
          credentialId: passkey.id,
          name: passkey.name,
        },
        marking: accountMarking(user.nation),
      },
      result: async (_event, t) => {
        await t.deleteFrom("passkeys").where("id", "=", passkey.id).execute();
        return { removed: true };
      },
    };
  },
});
