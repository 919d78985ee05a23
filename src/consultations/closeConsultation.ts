// The requesting nation closes the consultation with its outcome; pending timers are cancelled.
import { Type } from "typebox";
import { defineCommand } from "../pipeline/command.ts";
import { requester } from "./guard.ts";
import { CloseInput } from "./model.ts";
import { cancelConsultationTimers } from "./schedule.ts";

export const closeConsultation = defineCommand({
  name: "closeConsultation",
  input: Type.Object(
    { consultationId: Type.String(), ...CloseInput.properties },
    { additionalProperties: false },
  ),
  async decide({ trx, actor }, { consultationId, outcome }) {
    const { state } = await requester(trx, actor, consultationId);
    const parties = await trx
      .selectFrom("consultation_parties")
      .select("nation")
      .where("consultation_id", "=", consultationId)
      .execute();
    return {
      event: {
        type: "consultation.closed",
        subject: { kind: "consultation", id: consultationId },
        body: { consultationId, outcome },
        marking: state.marking,
      },
      result: async (event, trx) => {
        await cancelConsultationTimers(
          trx,
          consultationId,
          parties.map((p) => p.nation),
        );
        return { closedAt: event.at };
      },
    };
  },
});
