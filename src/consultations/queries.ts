// Reads of consultations: the state commands decide on, and the presented view filtered by the policy.
import type { Kysely } from "kysely";
import type { Actor } from "../access/actor.ts";
import type { Marking } from "../access/marking.ts";
import { canSee } from "../access/policy.ts";
import { loadUserActor } from "../access/queries.ts";
import { readEventsAbout } from "../record/log.ts";
import { tierOf } from "../rosters/model.ts";
import type { Database } from "../store/schema.ts";
import type { EscalationPolicy } from "./escalation.ts";
import { type Consultation, channelOf, type Party, stanceOf, urgencyOf } from "./model.ts";
import type { ConsultationPartyRow, ConsultationRow } from "./tables.ts";

export interface ConsultationState {
  row: ConsultationRow;
  policy: EscalationPolicy;
  marking: Marking;
  /** What the access policy checks: the marking and the body. */
  guard: { marking: Marking; bodyId: string };
}

export async function findConsultation(
  db: Kysely<Database>,
  id: string,
): Promise<ConsultationState | undefined> {
  const row = await db.selectFrom("consultations").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) return undefined;
  const marking = { classification: row.classification, releasableTo: JSON.parse(row.releasable_to) };
  return { row, policy: JSON.parse(row.policy), marking, guard: { marking, bodyId: row.body_id } };
}

export async function findParty(db: Kysely<Database>, consultationId: string, nation: string) {
  return db
    .selectFrom("consultation_parties")
    .selectAll()
    .where("consultation_id", "=", consultationId)
    .where("nation", "=", nation)
    .executeTakeFirst();
}

export async function findEscalationPolicy(
  db: Kysely<Database>,
  bodyId: string,
): Promise<EscalationPolicy | undefined> {
  const row = await db
    .selectFrom("escalation_policies")
    .selectAll()
    .where("body_id", "=", bodyId)
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      bodyId: row.body_id,
      name: row.name,
      steps: JSON.parse(row.steps),
      repeatCount: row.repeat_count,
      fallback: JSON.parse(row.fallback),
    }
  );
}

function presentParty(row: ConsultationPartyRow): Party {
  return {
    nation: row.nation,
    position: row.position,
    tier: tierOf(row.tier),
    nextEscalationAt: row.next_escalation_at,
    acknowledgedAt: row.acknowledged_at,
    acknowledgedBy: row.acknowledged_by,
    stance: stanceOf(row.stance),
    comments: row.comments,
    statedAt: row.stated_at,
  };
}

async function displayNames(db: Kysely<Database>, userIds: string[]) {
  const names = new Map<string, string>();
  for (const id of new Set(userIds)) {
    const person = await loadUserActor(db, { id }, "cli");
    names.set(id, person?.displayName ?? id);
  }
  return names;
}

export async function presentConsultation(
  db: Kysely<Database>,
  state: ConsultationState,
): Promise<Consultation> {
  const { row } = state;
  const parties = await db
    .selectFrom("consultation_parties")
    .selectAll()
    .where("consultation_id", "=", row.id)
    .orderBy("nation")
    .execute();
  const alerts = await db
    .selectFrom("consultation_alerts")
    .leftJoin("deliveries", "deliveries.id", "consultation_alerts.id")
    .selectAll("consultation_alerts")
    .select(["deliveries.status as delivery_status", "deliveries.attempts", "deliveries.delivered_at"])
    .where("consultation_alerts.consultation_id", "=", row.id)
    .orderBy("consultation_alerts.alerted_at")
    .orderBy("consultation_alerts.nation")
    .orderBy("consultation_alerts.user_id")
    .orderBy("consultation_alerts.channel")
    .execute();
  const names = await displayNames(
    db,
    alerts.map((a) => a.user_id),
  );
  return {
    id: row.id,
    bodyId: row.body_id,
    subject: row.subject,
    brief: row.brief,
    marking: state.marking,
    urgency: urgencyOf(row.urgency),
    requesterNation: row.requester_nation,
    requesterUserId: row.requester_user_id,
    openedAt: row.opened_at,
    responseDeadline: row.response_deadline,
    status: row.status === "closed" ? "closed" : "open",
    outcome: row.outcome,
    closedAt: row.closed_at,
    parties: parties.map(presentParty),
    alerts: alerts.map((a) => ({
      id: a.id,
      nation: a.nation,
      userId: a.user_id,
      displayName: names.get(a.user_id) ?? a.user_id,
      channel: channelOf(a.channel),
      position: a.position,
      tier: tierOf(a.tier),
      alertedAt: a.alerted_at,
      deliveredAt: a.delivered_at ?? null,
      seenAt: a.seen_at,
      acknowledgedAt: a.acknowledged_at,
      deliveryStatus: a.delivery_status ?? "unknown",
      attempts: a.attempts ?? 0,
    })),
  };
}

/** Consultations the actor may see, newest first. */
export async function listConsultations(db: Kysely<Database>, actor: Actor) {
  const rows = await db
    .selectFrom("consultations")
    .selectAll()
    .orderBy("opened_at", "desc")
    .limit(200)
    .execute();
  const visible: ConsultationState[] = [];
  for (const row of rows) {
    const state = await findConsultation(db, row.id);
    if (state && canSee(actor, state.guard)) visible.push(state);
  }
  return visible;
}

/** The consultation's events from the record: its timeline, timed by the server. */
export async function timelineOf(db: Kysely<Database>, id: string) {
  const events = await readEventsAbout(db, { kind: "consultation", id });
  return events.map((event) => ({
    index: event.index,
    at: event.at,
    type: event.type,
    nation: event.actor.nation,
    user: event.actor.user,
    body: event.body,
  }));
}
