// In-app alerts carried by the stream: which alerts in an event are for this person, and which
// of theirs are still undelivered (raised while they had no stream open).
import type { Kysely } from "kysely";
import type { UserActor } from "../access/actor.ts";
import { canSee } from "../access/policy.ts";
import type { RecordedEvent } from "../record/event.ts";
import type { Database } from "../store/schema.ts";

export interface StreamAlert {
  consultationId: string;
  alertIds: string[];
}

interface AlertLike {
  id: string;
  userId: string;
  channel: string;
}

function alertsIn(body: unknown): AlertLike[] {
  if (typeof body !== "object" || body === null || !("alerts" in body) || !Array.isArray(body.alerts))
    return [];
  return body.alerts.filter(
    (a: unknown): a is AlertLike =>
      typeof a === "object" && a !== null && "id" in a && "userId" in a && "channel" in a,
  );
}

/** The in-app alerts an event raises for `userId`, grouped as one loud alert. */
export function inAppAlertsFor(event: RecordedEvent, userId: string): StreamAlert[] {
  if (event.subject.kind !== "consultation") return [];
  const mine = alertsIn(event.body).filter((a) => a.userId === userId && a.channel === "in-app");
  return mine.length === 0 ? [] : [{ consultationId: event.subject.id, alertIds: mine.map((a) => a.id) }];
}

export async function pendingInAppAlerts(db: Kysely<Database>, actor: UserActor): Promise<StreamAlert[]> {
  const rows = await db
    .selectFrom("deliveries")
    .select(["id", "consultation_id"])
    .where("user_id", "=", actor.userId)
    .where("channel", "=", "in-app")
    .where("status", "=", "pending")
    .orderBy("created_at")
    .execute();
  const byConsultation = new Map<string, string[]>();
  for (const row of rows)
    byConsultation.set(row.consultation_id, [...(byConsultation.get(row.consultation_id) ?? []), row.id]);
  const alerts: StreamAlert[] = [];
  for (const [consultationId, alertIds] of byConsultation) {
    const consultation = await db
      .selectFrom("consultations")
      .select(["classification", "releasable_to", "body_id"])
      .where("id", "=", consultationId)
      .executeTakeFirst();
    const marking = consultation && {
      classification: consultation.classification,
      releasableTo: JSON.parse(consultation.releasable_to),
    };
    if (marking && canSee(actor, { marking, bodyId: consultation.body_id }))
      alerts.push({ consultationId, alertIds });
  }
  return alerts;
}
