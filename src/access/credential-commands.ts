// Commands on a user's credentials: change the password, end sessions, revoke an API token.
import { Type } from "typebox";
import { invalid, notFound } from "../app/errors.ts";
import { defineCommand } from "../pipeline/command.ts";
import { accountMarking } from "./marking.ts";
import { mustUseSecondFactor } from "./model.ts";
import { passwordProblems } from "./password-rules.ts";
import { hashPassword } from "./passwords.ts";
import { actingId } from "./policy.ts";
import { accountFor, requireCurrentPassword } from "./second-factor-commands.ts";

export const changePassword = defineCommand({
  name: "changePassword",
  input: Type.Object(
    {
      userId: Type.String(),
      currentPassword: Type.Optional(Type.String({ maxLength: 1024 })),
      newPassword: Type.String({ maxLength: 1024 }),
      /** The session to keep signed in (the one making the change); every other one ends. */
      keepSessionId: Type.Optional(Type.String()),
    },
    { additionalProperties: false },
  ),
  async decide({ trx, actor, now }, input) {
    const user = await accountFor(trx, actor, input.userId);
    if (actor.kind === "user" && actor.userId === user.id)
      await requireCurrentPassword(trx, user.id, input.currentPassword ?? "");
    const weak = passwordProblems(input.newPassword, {
      username: user.username,
      secondFactorRequired: mustUseSecondFactor(user),
      path: "/newPassword",
    });
    if (weak.length > 0) throw invalid("Choose a different password.", weak);
    const passwordHash = await hashPassword(input.newPassword);
    return {
      event: {
        type: "auth.password-changed",
        subject: { kind: "user", id: user.id },
        body: { userId: user.id, by: actingId(actor) },
        marking: accountMarking(user.nation),
      },
      result: async (_event, t) => {
        await t
          .updateTable("user_credentials")
          .set({ password_hash: passwordHash, updated_at: now.toISOString() })
          .where("user_id", "=", user.id)
          .execute();
        await t
          .updateTable("sessions")
          .set({ revoked_at: now.toISOString() })
          .where("user_id", "=", user.id)
          .where("revoked_at", "is", null)
          .where("id", "!=", input.keepSessionId ?? "")
          .execute();
        return { changed: true };
      },
    };
  },
});

export const revokeSessions = defineCommand({
  name: "revokeSessions",
  input: Type.Object(
    {
      userId: Type.String(),
      /** One session to end, or null for every session of the user. */
      sessionId: Type.Union([Type.String(), Type.Null()]),
    },
    { additionalProperties: false },
  ),
  async decide({ trx, actor, now }, input) {
    const user = await accountFor(trx, actor, input.userId);
    let live = trx
      .selectFrom("sessions")
      .select("id")
      .where("user_id", "=", user.id)
      .where("revoked_at", "is", null)
      .where("expires_at", ">", now.toISOString());
    if (input.sessionId !== null) live = live.where("id", "=", input.sessionId);
    const sessionIds = (await live.execute()).map((row) => row.id);
    if (input.sessionId !== null && sessionIds.length === 0) throw notFound("No live session with that id.");
    return {
      event: {
        type: "auth.sessions-revoked",
        subject: { kind: "user", id: user.id },
        body: { userId: user.id, sessionIds, all: input.sessionId === null, by: actingId(actor) },
        marking: accountMarking(user.nation),
      },
      result: async (_event, t) => {
        if (sessionIds.length > 0)
          await t
            .updateTable("sessions")
            .set({ revoked_at: now.toISOString() })
            .where("id", "in", sessionIds)
            .execute();
        return { revoked: sessionIds.length };
      },
    };
  },
});

export const revokeApiToken = defineCommand({
  name: "revokeApiToken",
  input: Type.Object({ userId: Type.String(), tokenId: Type.String() }, { additionalProperties: false }),
  async decide({ trx, actor, now }, input) {
    const user = await accountFor(trx, actor, input.userId);
    const token = await trx
      .selectFrom("api_tokens")
      .select(["id", "revoked_at"])
      .where("id", "=", input.tokenId)
      .where("user_id", "=", user.id)
      .executeTakeFirst();
    if (!token || token.revoked_at !== null) throw notFound("No live API token with that id.");
    return {
      event: {
        type: "auth.token-revoked",
        subject: { kind: "user", id: user.id },
        body: { tokenId: token.id, userId: user.id, by: actingId(actor) },
        marking: accountMarking(user.nation),
      },
      result: async (_event, t) => {
        await t
          .updateTable("api_tokens")
          .set({ revoked_at: now.toISOString() })
          .where("id", "=", token.id)
          .execute();
        return { revoked: true };
      },
    };
  },
});
