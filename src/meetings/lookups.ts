// Reads that commands share: a body, a session within it and an agenda item, each checked against the policy.
import type { Kysely, Transaction } from "kysely";
import type { Actor } from "../access/actor.ts";
import { publicMarking } from "../access/marking.ts";
import { type Action, authorizeOn, canSee } from "../access/policy.ts";
import { conflict, invalid, notFound } from "../app/errors.ts";
import type { Body } from "../bodies/model.ts";
import { findBody } from "../bodies/queries.ts";
import type { Database } from "../store/schema.ts";
import { allowedIn, isMeetingStatus } from "./model.ts";
import type { AgendaItemRow, MeetingRow } from "./tables.ts";

type Db = Kysely<Database> | Transaction<Database>;

export const markingOfRow = (row: { classification: string; releasable_to: string }) => ({
  classification: row.classification,
  releasableTo: JSON.parse(row.releasable_to) as string[],
});

export const guardOfRow = (row: { body_id: string; classification: string; releasable_to: string }) => ({
  bodyId: row.body_id,
  marking: markingOfRow(row),
});

/** The body, when the actor may take `action` in it; 404 otherwise (or 403 when seen but refused). */
export async function bodyFor(db: Db, actor: Actor, bodyId: string, action: Action): Promise<Body> {
  const body = await findBody(db, bodyId);
  if (!body) throw notFound("No body with that id.");
  authorizeOn(actor, action, { bodyId: body.id, marking: publicMarking(body.memberNations) }, "body");
  return body;
}

/** The session of `bodyId`, when the actor may see it and take `action`. */
export async function meetingFor(
  db: Db,
  actor: Actor,
  ref: { bodyId: string; meetingId: string },
  action: Action,
): Promise<{ body: Body; meeting: MeetingRow }> {
  const body = await bodyFor(db, actor, ref.bodyId, action);
  const meeting = await db
    .selectFrom("meetings")
    .selectAll()
    .where("id", "=", ref.meetingId)
    .where("body_id", "=", body.id)
    .executeTakeFirst();
  if (!meeting) throw notFound("No session with that id in this body.");
  authorizeOn(actor, action, guardOfRow(meeting), "session");
  return { body, meeting };
}

/** Throws 409 when the session's status does not allow `step`. */
export function requireStep(meeting: MeetingRow, step: string) {
  const allowed = isMeetingStatus(meeting.status) ? allowedIn[meeting.status] : [];
  if (!allowed.includes(step)) {
    throw conflict(
      `A session whose status is "${meeting.status}" does not allow ${step.replaceAll("-", " ")}.`,
      {
        sessionStatus: meeting.status,
      },
    );
  }
}

/** The agenda item of this very session; an item of another session or body is a 400 naming the field. */
export async function agendaItemOf(
  db: Db,
  actor: Actor,
  meeting: MeetingRow,
  agendaItemId: string,
  action: Action,
): Promise<AgendaItemRow> {
  const item = await db
    .selectFrom("agenda_items")
    .selectAll()
    .where("id", "=", agendaItemId)
    .executeTakeFirst();
  const known = item !== undefined && canSee(actor, guardOfRow(item));
  if (!item || !known || item.meeting_id !== meeting.id) {
    const where = item && item.body_id !== meeting.body_id ? "another body" : "another session";
    throw invalid(
      known ? `That agenda item belongs to ${where}.` : "No agenda item with that id in this session.",
      [{ path: "/agendaItemId", message: known ? `belongs to ${where}` : "not in this session" }],
    );
  }
  authorizeOn(actor, action, guardOfRow(item), "agenda item");
  return item;
}

/** Refuses a marking its own author could not read: a record nobody on the author's side could open again. */
export function requireAuthorCanSee(
  actor: Actor,
  bodyId: string,
  marking: { classification: string; releasableTo: string[] },
) {
  if (!canSee(actor, { bodyId, marking })) {
    throw invalid(
      "With this marking you could not read what you are recording: include your nation and stay within your clearance.",
      [{ path: "/marking", message: "excludes its author" }],
    );
  }
}
