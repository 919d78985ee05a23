// Writes escalation policies and consultations (parties, alerts, positions) from their events.
// JSON columns hold canonical JSON, so a replay from the record's canonical leaves writes the same bytes.
import type { Kysely, Transaction } from "kysely";
import { type Projection, project } from "../pipeline/command.ts";
import { canonicalJsonText } from "../record/canonical.ts";
import type { Database } from "../store/schema.ts";
import { EscalationPolicy } from "./escalation.ts";
import {
  AlertsSeen,
  ConsultationAcknowledged,
  ConsultationClosed,
  ConsultationEscalated,
  ConsultationOpened,
  DeadlineExtended,
  DeadlinePassed,
  InformationAdded,
  PositionStated,
} from "./events.ts";
import type { Alert } from "./model.ts";

type Db = Transaction<Database> | Kysely<Database>;

async function insertAlerts(db: Db, consultationId: string, alerts: Alert[], at: string) {
  if (alerts.length === 0) return;
  await db
    .insertInto("consultation_alerts")
    .values(
      alerts.map((alert) => ({
        id: alert.id,
        consultation_id: consultationId,
        nation: alert.nation,
        user_id: alert.userId,
        channel: alert.channel,
        position: alert.position,
        tier: alert.tier,
        alerted_at: at,
        seen_at: null,
        acknowledged_at: null,
      })),
    )
    .execute();
}

const noop = async () => undefined;

export const consultationsProjection: Projection = {
  tables: ["escalation_policies", "consultations", "consultation_parties", "consultation_alerts"],
  projectors: {
    "escalation-policy.set": project(EscalationPolicy, async (db, policy, event) => {
      await db.deleteFrom("escalation_policies").where("body_id", "=", policy.bodyId).execute();
      await db
        .insertInto("escalation_policies")
        .values({
          id: policy.id,
          body_id: policy.bodyId,
          name: policy.name,
          steps: canonicalJsonText(policy.steps),
          repeat_count: policy.repeatCount,
          fallback: canonicalJsonText(policy.fallback),
          created_at: event.at,
        })
        .execute();
    }),
    "consultation.opened": project(ConsultationOpened, async (db, opened, event) => {
      await db
        .insertInto("consultations")
        .values({
          id: opened.id,
          body_id: opened.bodyId,
          policy: canonicalJsonText(opened.policy),
          subject: opened.subject,
          brief: opened.brief,
          classification: event.marking.classification,
          releasable_to: JSON.stringify(event.marking.releasableTo),
          urgency: opened.urgency,
          requester_nation: opened.requesterNation,
          requester_user_id: opened.requesterUserId,
          opened_at: event.at,
          response_deadline: opened.responseDeadline,
          status: "open",
          outcome: null,
          closed_at: null,
        })
        .execute();
      for (const party of opened.parties) {
        await db
          .insertInto("consultation_parties")
          .values({
            consultation_id: opened.id,
            nation: party.nation,
            position: party.position,
            tier: party.tier,
            rung_started_at: event.at,
            next_escalation_at: party.nextEscalationAt,
            acknowledged_at: null,
            acknowledged_by: null,
            stance: null,
            comments: null,
            stated_at: null,
          })
          .execute();
      }
      await insertAlerts(db, opened.id, opened.alerts, event.at);
    }),
    "consultation.escalated": project(ConsultationEscalated, async (db, escalated, event) => {
      await db
        .updateTable("consultation_parties")
        .set({
          position: escalated.position,
          tier: escalated.tier,
          rung_started_at: event.at,
          next_escalation_at: escalated.nextEscalationAt,
        })
        .where("consultation_id", "=", escalated.consultationId)
        .where("nation", "=", escalated.nation)
        .execute();
      await insertAlerts(db, escalated.consultationId, escalated.alerts, event.at);
    }),
    "consultation.alerts-seen": project(AlertsSeen, async (db, seen, event) => {
      if (seen.alertIds.length === 0) return;
      await db
        .updateTable("consultation_alerts")
        .set({ seen_at: event.at })
        .where("id", "in", seen.alertIds)
        .where("seen_at", "is", null)
        .execute();
    }),
    "consultation.acknowledged": project(ConsultationAcknowledged, async (db, ack, event) => {
      await acknowledge(db, ack, event.at);
    }),
    "consultation.position-stated": project(PositionStated, async (db, stated, event) => {
      // Stating a position also acknowledges, for a party that had not yet done so.
      await acknowledge(db, { ...stated, alertIds: [] }, event.at);
      await db
        .updateTable("consultation_parties")
        .set({ stance: stated.position, comments: stated.comments, stated_at: event.at })
        .where("consultation_id", "=", stated.consultationId)
        .where("nation", "=", stated.nation)
        .execute();
    }),
    "consultation.deadline-extended": project(DeadlineExtended, (db, extended) =>
      db
        .updateTable("consultations")
        .set({ response_deadline: extended.responseDeadline })
        .where("id", "=", extended.consultationId)
        .execute(),
    ),
    "consultation.information-added": project(InformationAdded, noop),
    "consultation.deadline-passed": project(DeadlinePassed, noop),
    "consultation.closed": project(ConsultationClosed, (db, closed, event) =>
      db
        .updateTable("consultations")
        .set({ status: "closed", outcome: closed.outcome, closed_at: event.at })
        .where("id", "=", closed.consultationId)
        .execute(),
    ),
  },
};

async function acknowledge(
  db: Db,
  ack: { consultationId: string; nation: string; userId: string; alertIds: string[] },
  at: string,
) {
  await db
    .updateTable("consultation_parties")
    .set({ acknowledged_at: at, acknowledged_by: ack.userId, next_escalation_at: null })
    .where("consultation_id", "=", ack.consultationId)
    .where("nation", "=", ack.nation)
    .where("acknowledged_at", "is", null)
    .execute();
  if (ack.alertIds.length > 0) {
    await db
      .updateTable("consultation_alerts")
      .set({ acknowledged_at: at })
      .where("id", "in", ack.alertIds)
      .where("acknowledged_at", "is", null)
      .execute();
  }
}
