// Account commands: create a user (with a password), grant a role, record sign-in events.
import { randomUUID } from "node:crypto";
import { Type } from "typebox";
import { conflict, forbidden, invalid } from "../app/errors.ts";
import { findBody } from "../bodies/queries.ts";
import { isTimeZone, NationCode, TimeZone } from "../directory/model.ts";
import { findNation, findOrganization } from "../directory/queries.ts";
import { defineCommand } from "../pipeline/command.ts";
import { managedAccount } from "./account-commands.ts";
import { accountMarking, classificationLadder, onLadder } from "./marking.ts";
import { LockedOut, mustUseSecondFactor, RoleName, TokenScope } from "./model.ts";
import { passwordProblems } from "./password-rules.ts";
import { hashPassword } from "./passwords.ts";
import { authorize, canSee } from "./policy.ts";
import { findUserIdByUsername, holdsRole } from "./queries.ts";
import { accountFor } from "./second-factor-commands.ts";
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

export const createUser = defineCommand({
  name: "createUser",
  input: CreateUserInput,
  async decide({ trx, actor, now }, input) {
    authorize(actor, "users.manage");
    if (!canSee(actor, { marking: accountMarking(input.nation) }))
      throw forbidden("You may create accounts only for your own nation.");
    if (!isTimeZone(input.timeZone))
      throw invalid("Unknown time zone.", [{ path: "/timeZone", message: "not an IANA zone" }]);
    if (!onLadder(input.clearance))
      throw invalid(`Clearance must be one of ${classificationLadder().join(", ")}.`, [
        { path: "/clearance", message: "not on the classification ladder" },
      ]);
    if (!(await findNation(trx, input.nation)))
      throw invalid("Unknown nation.", [{ path: "/nation", message: "unknown" }]);
    if (input.organizationId !== null) {
      const organization = await findOrganization(trx, input.organizationId);
      if (organization?.nation !== input.nation)
        throw invalid("The organization is not one of that nation's.", [
          { path: "/organizationId", message: "unknown for this nation" },
        ]);
    }
    if (await findUserIdByUsername(trx, input.username))
      throw conflict(`The username ${input.username} is taken.`);
    const secondFactorRequired = mustUseSecondFactor({
      clearance: input.clearance,
      demo: input.demo ?? false,
    });
    const weak = passwordProblems(input.password, { username: input.username, secondFactorRequired });
    if (weak.length > 0) throw invalid("Choose a different password.", weak);
    const { password, ...profile } = input;
    const user = { id: randomUUID(), ...profile, demo: input.demo ?? false };
    const passwordHash = await hashPassword(password);
    return {
      event: {
        type: "user.created",
        subject: { kind: "user", id: user.id },
        body: user,
        marking: accountMarking(user.nation),
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
    const user = await managedAccount(trx, actor, grant.userId);
    const held = await holdsRole(trx, user.id, grant);
    if (held) throw conflict("The user already holds that role.");
    if (grant.bodyId !== null && !(await findBody(trx, grant.bodyId)))
      throw invalid("Unknown body.", [{ path: "/bodyId", message: "no body with that id" }]);
    return {
      event: {
        type: "user.role-granted",
        subject: { kind: "user", id: grant.userId },
        body: grant,
        marking: accountMarking(user.nation),
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
    scopes: Type.Optional(Type.Array(TokenScope, { minItems: 1, maxItems: 2, uniqueItems: true })),
  },
  { additionalProperties: false },
);

/** Records the token's creation; the secret itself is issued beside the record and shown once. */
export const createApiToken = defineCommand({
  name: "createApiToken",
  input: CreateTokenInput,
  async decide({ trx, actor, now }, input) {
    const user = await accountFor(trx, actor, input.userId);
    if (actor.kind === "user" && actor.userId === user.id) authorize(actor, "tokens.create");
    const tokenId = randomUUID();
    const expiresAt = new Date(now.getTime() + input.days * 86400_000).toISOString();
    const scopes = [...(input.scopes ?? ["read", "write"])].sort();
    return {
      event: {
        type: "auth.token-created",
        subject: { kind: "user", id: user.id },
        body: { tokenId, userId: user.id, name: input.name, expiresAt, scopes },
        marking: accountMarking(user.nation),
      },
      result: async (_event, t) =>
        issueApiToken(t, { id: tokenId, userId: user.id, name: input.name, now, expiresAt, scopes }),
    };
  },
});

/** A key (account or client address) was locked after too many failed sign-ins. */
export const recordLockout = defineCommand({
  name: "recordLockout",
  input: Type.Object(
    { nation: Type.Union([Type.String(), Type.Null()]), lockout: LockedOut },
    { additionalProperties: false },
  ),
  async decide(_ctx, { nation, lockout }) {
    return {
      event: {
        type: "auth.locked-out",
        subject: { kind: "user", id: lockout.userId ?? "unknown" },
        body: lockout,
        marking: { classification: "OFFICIAL", releasableTo: nation ? [nation] : [] },
      },
      result: () => lockout,
    };
  },
});
