// A consulted party's official acknowledges the consultation: the ladder stops for their nation.
import { Type } from "typebox";
import { conflict } from "../app/errors.ts";
import { defineCommand } from "../pipeline/command.ts";
import { cancelTimers } from "../timers/schedule.ts";
import { respondingParty } from "./guard.ts";
import { ackTimeout, partySubject } from "./schedule.ts";

export const acknowledgeAlert = defineCommand({
  name: "acknowledgeAlert",
  input: Type.Object({ consultationId: Type.String() }, { additionalProperties: false }),
  async decide({ trx, actor }, { consultationId }) {
    const { state, party, user } = await respondingParty(trx, actor, consultationId);
    if (party.acknowledged_at !== null) throw conflict(`${party.nation} has already acknowledged.`);
    const mine = await trx
      .selectFrom("consultation_alerts")
      .select("id")
      .where("consultation_id", "=", consultationId)
      .where("user_id", "=", user.userId)
      .execute();
    const ack = {
      consultationId,
      nation: party.nation,
      userId: user.userId,
      alertIds: mine.map((a) => a.id),
    };
    return {
      event: {
        type: "consultation.acknowledged",
        subject: { kind: "consultation", id: consultationId },
        body: ack,
        marking: state.marking,
      },
      result: async (event, trx) => {
        await cancelTimers(trx, ackTimeout, partySubject(consultationId, party.nation));
        return { acknowledgedAt: event.at };
      },
    };
  },
});
