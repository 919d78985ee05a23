// The one place that decides who may read or do what. Handlers ask; they never compare roles.
import { forbidden, notFound, unauthorized } from "../app/errors.ts";
import type { Actor, Role, UserActor } from "./actor.ts";
import { accountMarking, classificationRank, type Marking } from "./marking.ts";

/** Every action the policy knows. Reads of marked objects also go through `canSee`. */
export type Action =
  | "directory.read"
  | "directory.write"
  | "bodies.read"
  | "bodies.write"
  | "users.manage"
  | "record.read"
  | "record.audit"
  | "tokens.create"
  | "rosters.read"
  | "rosters.manage"
  | "consultations.read"
  | "consultations.open"
  | "consultations.respond"
  /** Timers only: no role carries it, the system may do anything. */
  | "consultations.escalate"
  | "webhooks.manage"
  | "sessions.read"
  | "sessions.write"
  | "minutes.approve"
  | "commitments.read"
  | "commitments.write"
  | "readouts.write"
  | "readouts.publish";

/** Reading sessions and commitments: every role that reads bodies. */
const meetingReader: readonly Action[] = ["sessions.read", "commitments.read"];
/** Running bodies: sessions, minutes, commitments and readouts. */
const meetingRunner: readonly Action[] = [
  ...meetingReader,
  "sessions.write",
  "minutes.approve",
  "commitments.write",
  "readouts.write",
  "readouts.publish",
];

const actionsByRole: Record<Role, readonly Action[]> = {
  admin: [
    "directory.read",
    "directory.write",
    "bodies.read",
    "bodies.write",
    "users.manage",
    "record.read",
    "tokens.create",
    "rosters.read",
    "rosters.manage",
    "consultations.read",
    "webhooks.manage",
    // Approving minutes is each nation's secretariat's act, not an administrator's.
    ...meetingRunner.filter((action) => action !== "minutes.approve"),
  ],
  secretariat: [
    "directory.read",
    "directory.write",
    "bodies.read",
    "bodies.write",
    "record.read",
    "tokens.create",
    "rosters.read",
    "rosters.manage",
    "consultations.read",
    "consultations.open",
    "consultations.respond",
    "webhooks.manage",
    ...meetingRunner,
  ],
  principal: [
    "directory.read",
    "bodies.read",
    "record.read",
    "rosters.read",
    "consultations.read",
    "consultations.open",
    "consultations.respond",
    ...meetingReader,
  ],
  delegate: [
    "directory.read",
    "bodies.read",
    "record.read",
    "consultations.read",
    ...meetingReader,
    "commitments.write",
  ],
  "duty-officer": [
    "directory.read",
    "bodies.read",
    "record.read",
    "rosters.read",
    "consultations.read",
    "consultations.respond",
    ...meetingReader,
  ],
  "exercise-controller": ["directory.read", "bodies.read", "record.read", ...meetingReader],
  auditor: [
    "directory.read",
    "bodies.read",
    "record.read",
    "record.audit",
    "tokens.create",
    "rosters.read",
    "consultations.read",
    ...meetingReader,
  ],
  observer: ["directory.read", "bodies.read", "sessions.read"],
};

/** An object under access control: its marking and, when it belongs to one, its body. */
export interface Guarded {
  marking: Marking;
  bodyId?: string | null;
}

function grantsFor(user: UserActor, bodyId: string | null | undefined) {
  return user.roles.filter((grant) => grant.bodyId === null || (bodyId != null && grant.bodyId === bodyId));
}

/** May `actor` take `action` (on an object of `bodyId`, when given)? The system may do anything. */
export function can(actor: Actor, action: Action, bodyId?: string | null): boolean {
  if (actor.kind === "system") return true;
  return grantsFor(actor, bodyId).some((grant) => actionsByRole[grant.role].includes(action));
}

/** May `actor` know that `object` exists: membership, clearance and releasability. */
export function canSee(actor: Actor, object: Guarded): boolean {
  if (actor.kind === "system") return true;
  if (object.bodyId != null && grantsFor(actor, object.bodyId).length === 0) return false;
  if (classificationRank(actor.clearance) < classificationRank(object.marking.classification)) return false;
  return object.marking.releasableTo.includes(actor.nation);
}

/** Throws 401 for no actor, 403 when the action is not allowed. */
export function authorize(
  actor: Actor | null,
  action: Action,
  bodyId?: string | null,
): asserts actor is Actor {
  if (actor === null) throw unauthorized();
  if (!can(actor, action, bodyId)) throw forbidden(`Your roles do not allow "${action}".`);
}

/** Throws 404 when the actor may not know the object exists, 403 when it may but the action is refused. */
export function authorizeOn(
  actor: Actor | null,
  action: Action,
  object: Guarded,
  what: string,
): asserts actor is Actor {
  if (actor === null) throw unauthorized();
  if (!canSee(actor, object)) throw notFound(`No ${what} with that id.`);
  if (!can(actor, action, object.bodyId))
    throw forbidden(`Your roles do not allow "${action}" on this ${what}.`);
}

/** The actions `actor` holds alliance-wide, for the UI to show what it may offer. */
export function permissionsOf(actor: UserActor): Action[] {
  const all = new Set<Action>();
  for (const grant of actor.roles) for (const action of actionsByRole[grant.role]) all.add(action);
  return [...all].sort();
}

/** Who acted, for event bodies: the user's id, or "system:<name>". */
export const actingId = (actor: Actor): string =>
  actor.kind === "user" ? actor.userId : `system:${actor.name}`;

/**
 * Changes to one's own credentials (second factors, password, tokens): only the user, signed in
 * with a session, may make them; an API token never changes the credentials that stand behind it.
 */
export function authorizeSelf(actor: Actor | null, userId: string): asserts actor is UserActor {
  if (actor === null) throw unauthorized();
  if (actor.kind !== "user" || actor.userId !== userId)
    throw forbidden("Only the account's own user may change this.");
  if (actor.via === "token") throw forbidden("API tokens cannot change sign-in credentials; use a session.");
}

/**
 * Manages another account: needs "users.manage", and the account must be one the manager may know
 * exists (accounts are marked for their own nation), else 404. `nation` is undefined when no such user.
 */
export function authorizeAccountManagement(
  actor: Actor | null,
  nation: string | undefined,
): asserts actor is Actor {
  authorize(actor, "users.manage");
  if (nation === undefined || !canSee(actor, { marking: accountMarking(nation) }))
    throw notFound("No user with that id.");
}

/** Acts on an account: the user themself (not through a token), or a manager of that account. */
export function authorizeAccount(
  actor: Actor | null,
  userId: string,
  nation: string | undefined,
): asserts actor is Actor {
  if (actor === null) throw unauthorized();
  const self = actor.kind === "user" && actor.userId === userId && actor.via !== "token";
  if (!self) authorizeAccountManagement(actor, nation);
}
