// Writes accounts and roles from their events; sign-in events change no projection.
import { type Projection, project } from "../pipeline/command.ts";
import { RoleGranted, SignInEvent, TokenEvent, UserCreated } from "./model.ts";

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
    "auth.signed-in": recordedOnly,
    "auth.sign-in-failed": recordedOnly,
    "auth.signed-out": recordedOnly,
    "auth.token-created": project(TokenEvent, async () => undefined),
  },
};
