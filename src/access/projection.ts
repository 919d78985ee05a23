// Writes accounts and roles from their events. Sign-in, second-factor, session and token events
// change no projection: their effects live in local-secret tables, written beside the record.
import { type Projection, project } from "../pipeline/command.ts";
import {
  AccountStatusSet,
  ClearanceSet,
  LockedOut,
  PasswordChanged,
  RoleGranted,
  RoleRevoked,
  SecondFactorChanged,
  SessionsRevoked,
  SignInEvent,
  TokenEvent,
  TokenRevoked,
  UserCreated,
} from "./model.ts";

const recordedOnly = project(SignInEvent, async () => undefined);

export const accessProjection: Projection = {
  tables: ["users", "user_roles"],
  projectors: {
    "user.created": project(UserCreated, (db, u, event) =>
      db
        .insertInto("users")
        .values({
          id: u.id,
          username: u.username,
          display_name: u.displayName,
          nation: u.nation,
          organization_id: u.organizationId,
          person_id: u.personId,
          clearance: u.clearance,
          time_zone: u.timeZone,
          demo: u.demo ? 1 : 0,
          disabled: 0,
          created_at: event.at,
        })
        .execute(),
    ),
    "user.role-granted": project(RoleGranted, (db, g) =>
      db
        .insertInto("user_roles")
        .values({ user_id: g.userId, role: g.role, body_id: g.bodyId ?? "*" })
        .execute(),
    ),
    "user.role-revoked": project(RoleRevoked, (db, g) =>
      db
        .deleteFrom("user_roles")
        .where("user_id", "=", g.userId)
        .where("role", "=", g.role)
        .where("body_id", "=", g.bodyId ?? "*")
        .execute(),
    ),
    "user.clearance-set": project(ClearanceSet, (db, c) =>
      db.updateTable("users").set({ clearance: c.clearance }).where("id", "=", c.userId).execute(),
    ),
    "user.status-set": project(AccountStatusSet, (db, s) =>
      db
        .updateTable("users")
        .set({ disabled: s.disabled ? 1 : 0 })
        .where("id", "=", s.userId)
        .execute(),
    ),
    "auth.signed-in": recordedOnly,
    "auth.sign-in-failed": recordedOnly,
    "auth.signed-out": recordedOnly,
    "auth.locked-out": project(LockedOut, async () => undefined),
    "auth.second-factor-changed": project(SecondFactorChanged, async () => undefined),
    "auth.password-changed": project(PasswordChanged, async () => undefined),
    "auth.sessions-revoked": project(SessionsRevoked, async () => undefined),
    "auth.token-created": project(TokenEvent, async () => undefined),
    "auth.token-revoked": project(TokenRevoked, async () => undefined),
  },
};
