// Who is acting: a signed-in user (with roles and clearance) or the system itself.
export type Role =
  | "admin"
  | "secretariat"
  | "principal"
  | "delegate"
  | "duty-officer"
  | "exercise-controller"
  | "auditor"
  | "observer";

export const roles: readonly Role[] = [
  "admin",
  "secretariat",
  "principal",
  "delegate",
  "duty-officer",
  "exercise-controller",
  "auditor",
  "observer",
];

export interface RoleGrant {
  role: Role;
  /** A body's id, or null for an alliance-wide role. */
  bodyId: string | null;
}

export interface UserActor {
  kind: "user";
  userId: string;
  username: string;
  displayName: string;
  nation: string;
  organizationId: string | null;
  clearance: string;
  timeZone: string;
  demo: boolean;
  roles: RoleGrant[];
  /** How the request was authenticated; tokens may be narrower than sessions. */
  via: "session" | "token" | "cli";
  sessionId?: string;
}

export interface SystemActor {
  kind: "system";
  /** What acts: "demo-loader", "timer", "sign-in"… */
  name: string;
  nation: string | null;
}

export type Actor = UserActor | SystemActor;

export const systemActor = (name: string, nation: string | null = null): SystemActor => ({
  kind: "system",
  name,
  nation,
});

/** The `actor` of an event in the record. */
export function eventActorOf(actor: Actor): { user: string | null; nation: string | null } {
  return actor.kind === "user"
    ? { user: actor.userId, nation: actor.nation }
    : { user: null, nation: actor.nation };
}

/** A stable key for idempotency: one namespace per acting user or system part. */
export function actorKey(actor: Actor): string {
  return actor.kind === "user" ? `user:${actor.userId}` : `system:${actor.name}`;
}
