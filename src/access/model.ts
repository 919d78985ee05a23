// Accounts' types and their event bodies.
import { type Static, Type } from "typebox";
import { NationCode, TimeZone } from "../directory/model.ts";
import { roles } from "./actor.ts";
import { classificationRank } from "./marking.ts";

export const RoleName = Type.Union(roles.map((role) => Type.Literal(role)));

export const UserCreated = Type.Object(
  {
    id: Type.String(),
    username: Type.String({ pattern: "^[a-z0-9][a-z0-9._-]{1,62}$" }),
    displayName: Type.String({ minLength: 1, maxLength: 200 }),
    nation: NationCode,
    organizationId: Type.Union([Type.String(), Type.Null()]),
    personId: Type.Union([Type.String(), Type.Null()]),
    clearance: Type.String({ minLength: 1 }),
    timeZone: TimeZone,
    demo: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type UserCreated = Static<typeof UserCreated>;

export const RoleGranted = Type.Object(
  { userId: Type.String(), role: RoleName, bodyId: Type.Union([Type.String(), Type.Null()]) },
  { additionalProperties: false },
);
export type RoleGranted = Static<typeof RoleGranted>;

export const SignInEvent = Type.Object({
  userId: Type.Union([Type.String(), Type.Null()]),
  via: Type.String(),
  address: Type.Union([Type.String(), Type.Null()]),
  reason: Type.Optional(Type.String()),
});

export const TokenEvent = Type.Object({
  tokenId: Type.String(),
  userId: Type.String(),
  name: Type.String(),
  expiresAt: Type.String(),
  scopes: Type.Optional(Type.Array(Type.String())),
});

export const PublicUser = Type.Object(
  {
    id: Type.String(),
    username: Type.String(),
    displayName: Type.String(),
    nation: Type.String(),
    organizationId: Type.Union([Type.String(), Type.Null()]),
    clearance: Type.String(),
    timeZone: Type.String(),
    demo: Type.Boolean(),
    roles: Type.Array(Type.Object({ role: Type.String(), bodyId: Type.Union([Type.String(), Type.Null()]) })),
    permissions: Type.Array(Type.String()),
  },
  { $id: "User" },
);
export type PublicUser = Static<typeof PublicUser>;

/** Accounts cleared above PUBLIC must use a second factor; demo accounts (refused in production) need not. */
export function mustUseSecondFactor(user: { clearance: string; demo: boolean }): boolean {
  return !user.demo && classificationRank(user.clearance) > classificationRank("PUBLIC");
}

export const TokenScope = Type.Union([Type.Literal("read"), Type.Literal("write")]);
export type TokenScope = Static<typeof TokenScope>;

/** Second-factor changes on the record: which factor, and who changed it. Secrets never appear. */
export const SecondFactorChanged = Type.Object(
  {
    userId: Type.String(),
    factor: Type.Union([Type.Literal("totp"), Type.Literal("recovery-codes"), Type.Literal("passkey")]),
    change: Type.Union([Type.Literal("enabled"), Type.Literal("disabled"), Type.Literal("issued")]),
    by: Type.Union([Type.String(), Type.Null()]),
    credentialId: Type.Optional(Type.String()),
    name: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);
export type SecondFactorChanged = Static<typeof SecondFactorChanged>;

export const LockedOut = Type.Object(
  {
    userId: Type.Union([Type.String(), Type.Null()]),
    scope: Type.Union([Type.Literal("account"), Type.Literal("address")]),
    address: Type.Union([Type.String(), Type.Null()]),
    until: Type.String(),
  },
  { additionalProperties: false },
);

export const PasswordChanged = Type.Object(
  { userId: Type.String(), by: Type.Union([Type.String(), Type.Null()]) },
  { additionalProperties: false },
);

export const SessionsRevoked = Type.Object(
  {
    userId: Type.String(),
    /** Session ids revoked; empty with `all` when every session of the user ended. */
    sessionIds: Type.Array(Type.String()),
    all: Type.Boolean(),
    by: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);

export const TokenRevoked = Type.Object(
  { tokenId: Type.String(), userId: Type.String(), by: Type.Union([Type.String(), Type.Null()]) },
  { additionalProperties: false },
);

export const RoleRevoked = RoleGranted;

export const ClearanceSet = Type.Object(
  { userId: Type.String(), clearance: Type.String({ minLength: 1 }) },
  { additionalProperties: false },
);

export const AccountStatusSet = Type.Object(
  { userId: Type.String(), disabled: Type.Boolean() },
  { additionalProperties: false },
);
