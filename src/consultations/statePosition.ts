// A consulted party states its nation's position: concur, concur with conditions, do not concur, need more time.
import { Type } from "typebox";
import { defineCommand } from "../pipeline/command.ts";
import { cancelTimers } from "../timers/schedule.ts";
import { respondingParty } from "./guard.ts";
import { PositionInput } from "./model.ts";
import { ackTimeout, partySubject } from "./schedule.ts";

export const statePosition = defineCommand({
  name: "statePosition",
  input: Type.Object(
    { consultationId: Type.String(), ...PositionInput.properties },
    { additionalProperties: false },
  ),
  async decide({ trx, actor }, { consultationId, position, comments }) {
    const { state, party, user } = await respondingParty(trx, actor, consultationId);
    const stated = { consultationId, nation: party.nation, userId: user.userId, position, comments };
    return {
      event: {
        type: "consultation.position-stated",
        subject: { kind: "consultation", id: consultationId },
        body: stated,
        marking: state.marking,
      },
      result: async (event, trx) => {
        await cancelTimers(trx, ackTimeout, partySubject(consultationId, party.nation));
        return { statedAt: event.at };
      },
    };
  },
});
