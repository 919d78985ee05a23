// What an alert says on channels outside the app. E-mail and webhooks leave the accredited system, so they
// carry the marking, urgency and deadline but never the subject or the brief: the reader opens Entente.
import type { Kysely } from "kysely";
import { formatMarking, type Marking } from "../access/marking.ts";
import { findBody } from "../bodies/queries.ts";
import type { Database } from "../store/schema.ts";
import { findConsultation } from "./queries.ts";

export interface AlertMessage {
  alertId: string;
  consultationId: string;
  nation: string;
  userId: string;
  tier: string;
  position: number;
  urgency: string;
  bodyAcronym: string;
  marking: Marking;
  banner: string;
  responseDeadline: string;
  /** Path of the consultation in the web app. */
  path: string;
}

export async function alertMessage(db: Kysely<Database>, alertId: string): Promise<AlertMessage | undefined> {
  const alert = await db
    .selectFrom("consultation_alerts")
    .selectAll()
    .where("id", "=", alertId)
    .executeTakeFirst();
  if (!alert) return undefined;
  const state = await findConsultation(db, alert.consultation_id);
  if (!state) return undefined;
  const body = await findBody(db, state.row.body_id);
  return {
    alertId,
    consultationId: state.row.id,
    nation: alert.nation,
    userId: alert.user_id,
    tier: alert.tier,
    position: alert.position,
    urgency: state.row.urgency,
    bodyAcronym: body?.acronym ?? "",
    marking: state.marking,
    banner: formatMarking(state.marking),
    responseDeadline: state.row.response_deadline,
    path: `/consultations/${state.row.id}`,
  };
}
