// Accounts' types and their event bodies.
import { type Static, Type } from "typebox";
import { NationCode, TimeZone } from "../directory/model.ts";
import { roles } from "./actor.ts";

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
