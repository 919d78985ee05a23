// The consultation's durable timers and outbox entries, written beside its events.
import type { Transaction } from "kysely";
import { enqueueDeliveries } from "../notify/outbox.ts";
import type { Database } from "../store/schema.ts";
import { cancelTimers, scheduleTimer } from "../timers/schedule.ts";
import type { Alert } from "./model.ts";

export const ackTimeout = "consultation.ack-timeout";
export const deadlineTimer = "consultation.deadline";

/** Subject of a party's ack timeout: cancelled when that party acknowledges. */
export const partySubject = (consultationId: string, nation: string) => `${consultationId}/${nation}`;

export interface AckTimeoutPayload {
  consultationId: string;
  nation: string;
  /** The rung that times out; a timer for an older rung does nothing. */
  fromPosition: number;
}

export async function scheduleAckTimeout(
  trx: Transaction<Database>,
  payload: AckTimeoutPayload,
  dueAt: string | null,
  now: Date,
) {
  if (dueAt === null) return;
  const subjectId = partySubject(payload.consultationId, payload.nation);
  await scheduleTimer(trx, { kind: ackTimeout, subjectId, dueAt, payload }, now);
}

export async function scheduleDeadline(
  trx: Transaction<Database>,
  consultationId: string,
  responseDeadline: string,
  now: Date,
) {
  await cancelTimers(trx, deadlineTimer, consultationId);
  await scheduleTimer(
    trx,
    {
      kind: deadlineTimer,
      subjectId: consultationId,
      dueAt: responseDeadline,
      payload: { consultationId, responseDeadline },
    },
    now,
  );
}

export async function sendAlerts(
  trx: Transaction<Database>,
  consultationId: string,
  alerts: Alert[],
  now: Date,
) {
  await enqueueDeliveries(trx, consultationId, alerts, now);
}

export async function cancelConsultationTimers(
  trx: Transaction<Database>,
  consultationId: string,
  nations: string[],
) {
  await cancelTimers(trx, deadlineTimer, consultationId);
  for (const nation of nations) await cancelTimers(trx, ackTimeout, partySubject(consultationId, nation));
}
