// Loads a consultation for a command and applies the policy: who may see it, respond to it, steer it.
import type { Transaction } from "kysely";
import type { Actor, UserActor } from "../access/actor.ts";
import { type Action, authorizeOn } from "../access/policy.ts";
import { conflict, forbidden, notFound } from "../app/errors.ts";
import type { Database } from "../store/schema.ts";
import { type ConsultationState, findConsultation, findParty } from "./queries.ts";

export async function openConsultationFor(
  trx: Transaction<Database>,
  actor: Actor,
  action: Action,
  id: string,
): Promise<ConsultationState> {
  const state = await findConsultation(trx, id);
  if (!state) throw notFound("No consultation with that id.");
  authorizeOn(actor, action, state.guard, "consultation");
  if (state.row.status !== "open") throw conflict("This consultation is closed.");
  return state;
}

/** A consulted party's user: their nation is consulted and they may respond on the body. */
export async function respondingParty(trx: Transaction<Database>, actor: Actor, id: string) {
  const state = await openConsultationFor(trx, actor, "consultations.respond", id);
  if (actor.kind !== "user") throw forbidden("Only a person responds for a nation.");
  const party = await findParty(trx, id, actor.nation);
  if (!party) throw forbidden(`${actor.nation} is the requesting nation here, not a consulted party.`);
  return { state, party, user: actor };
}

/** The requesting nation's user with the right to open consultations steers it. */
export async function requester(trx: Transaction<Database>, actor: Actor, id: string) {
  const state = await openConsultationFor(trx, actor, "consultations.open", id);
  const user: UserActor | null = actor.kind === "user" ? actor : null;
  if (!user || user.nation !== state.row.requester_nation)
    throw forbidden(`Only ${state.row.requester_nation}, which asked for this consultation, can do that.`);
  return { state, user };
}
