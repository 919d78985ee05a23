// Moves a party that has not acknowledged in time to the next rung of the ladder (run by the timer).
import { Type } from "typebox";
import { authorize } from "../access/policy.ts";
import { conflict, notFound } from "../app/errors.ts";
import { defineCommand } from "../pipeline/command.ts";
import { rungAfter } from "./escalation.ts";
import { findConsultation, findParty } from "./queries.ts";
import { reachRung } from "./recipients.ts";
import { scheduleAckTimeout, sendAlerts } from "./schedule.ts";

export const EscalateInput = Type.Object(
  { consultationId: Type.String(), nation: Type.String(), fromPosition: Type.Integer({ minimum: 0 }) },
  { additionalProperties: false },
);

export const escalateConsultation = defineCommand({
  name: "escalateConsultation",
  input: EscalateInput,
  async decide({ trx, actor, now }, input) {
    authorize(actor, "consultations.escalate");
    const state = await findConsultation(trx, input.consultationId);
    if (!state) throw notFound("No consultation with that id.");
    const party = await findParty(trx, input.consultationId, input.nation);
    if (!party) throw notFound(`${input.nation} is not consulted here.`);
    if (state.row.status !== "open") throw conflict("Closed: nothing to escalate.");
    if (party.acknowledged_at !== null)
      throw conflict(`${input.nation} has acknowledged: nothing to escalate.`);
    if (party.position !== input.fromPosition) throw conflict("Already escalated past that step.");
    if (party.next_escalation_at === null || Date.parse(party.next_escalation_at) > now.getTime())
      throw conflict("The acknowledgement time has not run out yet.");
    const rung = rungAfter(state.policy, party.position);
    if (!rung) throw conflict("The fallback has been reached: there is no further step.");
    const reach = await reachRung(
      trx,
      { bodyId: state.row.body_id, nation: input.nation, marking: state.marking, at: now },
      rung,
    );
    const nextEscalationAt =
      rung.ackTimeoutMinutes === null
        ? null
        : new Date(now.getTime() + rung.ackTimeoutMinutes * 60_000).toISOString();
    const escalated = {
      consultationId: input.consultationId,
      nation: input.nation,
      position: rung.position,
      tier: rung.tier,
      nextEscalationAt,
      ...reach,
    };
    return {
      event: {
        type: "consultation.escalated",
        subject: { kind: "consultation", id: input.consultationId },
        body: escalated,
        marking: state.marking,
      },
      result: async (event, trx) => {
        const at = new Date(event.at);
        const payload = {
          consultationId: input.consultationId,
          nation: input.nation,
          fromPosition: rung.position,
        };
        await scheduleAckTimeout(trx, payload, nextEscalationAt, at);
        await sendAlerts(trx, input.consultationId, reach.alerts, at);
        return { position: rung.position, tier: rung.tier, alerts: reach.alerts.length };
      },
    };
  },
});
