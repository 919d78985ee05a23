// Account commands: create a user (with a password), grant a role, record sign-in events.
import { randomUUID } from "node:crypto";
import { Type } from "typebox";
import { conflict, invalid } from "../app/errors.ts";
import { isTimeZone, NationCode, TimeZone } from "../directory/model.ts";
import { findNation } from "../directory/queries.ts";
import { defineCommand } from "../pipeline/command.ts";
import type { Marking } from "./marking.ts";
import { RoleName } from "./model.ts";
import { hashPassword } from "./passwords.ts";
import { authorize } from "./policy.ts";
import { findUserIdByUsername } from "./queries.ts";
import { issueApiToken } from "./tokens.ts";

export const CreateUserInput = Type.Object(
  {
    username: Type.String({ pattern: "^[a-z0-9][a-z0-9._-]{1,62}$" }),
    displayName: Type.String({ minLength: 1, maxLength: 200 }),
    nation: NationCode,
    organizationId: Type.Union([Type.String(), Type.Null()]),
    personId: Type.Union([Type.String(), Type.Null()]),
    clearance: Type.String({ minLength: 1 }),
    timeZone: TimeZone,
    password: Type.String({ minLength: 12, maxLength: 256 }),
    demo: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

/** Account events are read by the account's own nation only. */
const ownNation = (nation: string): Marking => ({ classification: "OFFICIAL", releasableTo: [nation] });

export const createUser = defineCommand({
  name: "createUser",
  input: CreateUserInput,
  async decide({ trx, actor, now }, input) {
    authorize(actor, "users.manage");
    if (!isTimeZone(input.timeZone))
      throw invalid("Unknown time zone.", [{ path: "/timeZone", message: "not an IANA zone" }]);
    if (!(await findNation(trx, input.nation)))
      throw invalid("Unknown nation.", [{ path: "/nation", message: "unknown" }]);
    if (await findUserIdByUsername(trx, input.username))
      throw conflict(`The username ${input.username} is taken.`);
    const { password, ...profile } = input;
    const user = { id: randomUUID(), ...profile, demo: input.demo ?? false };
    const passwordHash = await hashPassword(password);
    return {
      event: {
        type: "user.created",
        subject: { kind: "user", id: user.id },
        body: user,
        marking: ownNation(user.nation),
      },
      // The password hash is a local secret: stored beside the projection, never in the shared record.
      result: async (_event, t) => {
        await t
          .insertInto("user_credentials")
          .values({ user_id: user.id, password_hash: passwordHash, updated_at: now.toISOString() })
          .execute();
        return user;
      },
    };
  },
});

export const grantRole = defineCommand({
  name: "grantRole",
  input: Type.Object(
    { userId: Type.String(), role: RoleName, bodyId: Type.Union([Type.String(), Type.Null()]) },
    { additionalProperties: false },
  ),
  async decide({ trx, actor }, grant) {
    authorize(actor, "users.manage");
    const user = await trx
      .selectFrom("users")
      .select(["id", "nation"])
      .where("id", "=", grant.userId)
      .executeTakeFirst();
    if (!user) throw invalid("Unknown user.", [{ path: "/userId", message: "unknown user" }]);
    return {
      event: {
        type: "user.role-granted",
        subject: { kind: "user", id: grant.userId },
        body: grant,
        marking: ownNation(user.nation),
      },
      result: () => grant,
    };
  },
});

const SignInInput = Type.Object({
  userId: Type.Union([Type.String(), Type.Null()]),
  nation: Type.Union([Type.String(), Type.Null()]),
  via: Type.String(),
  address: Type.Union([Type.String(), Type.Null()]),
  reason: Type.Optional(Type.String()),
});

function authEvent(type: string) {
  return defineCommand({
    name: type,
    input: SignInInput,
    async decide(_ctx, input) {
      const { nation, ...body } = input;
      return {
        event: {
          type,
          subject: { kind: "user", id: input.userId ?? "unknown" },
          body,
          marking: { classification: "OFFICIAL", releasableTo: nation ? [nation] : [] },
        },
        result: () => body,
      };
    },
  });
}

export const recordSignIn = authEvent("auth.signed-in");
export const recordSignInFailure = authEvent("auth.sign-in-failed");
export const recordSignOut = authEvent("auth.signed-out");

export const CreateTokenInput = Type.Object(
  {
    userId: Type.String(),
    name: Type.String({ minLength: 1, maxLength: 100 }),
    days: Type.Integer({ minimum: 1, maximum: 366 }),
  },
  { additionalProperties: false },
);

/** Records the token's creation; the secret itself is issued beside the record and shown once. */
export const createApiToken = defineCommand({
  name: "createApiToken",
  input: CreateTokenInput,
  async decide({ trx, actor, now }, input) {
    const self = actor.kind === "user" && actor.userId === input.userId;
    if (!self) authorize(actor, "users.manage");
    else authorize(actor, "tokens.create");
    const user = await trx
      .selectFrom("users")
      .select(["id", "nation"])
      .where("id", "=", input.userId)
      .executeTakeFirst();
    if (!user) throw invalid("Unknown user.", [{ path: "/userId", message: "unknown user" }]);
    const tokenId = randomUUID();
    const expiresAt = new Date(now.getTime() + input.days * 86400_000).toISOString();
    return {
      event: {
        type: "auth.token-created",
        subject: { kind: "user", id: user.id },
        body: { tokenId, userId: user.id, name: input.name, expiresAt },
        marking: ownNation(user.nation),
      },
      result: async (_event, t) =>
        issueApiToken(t, { id: tokenId, userId: user.id, name: input.name, now, expiresAt }),
    };
  },
});
