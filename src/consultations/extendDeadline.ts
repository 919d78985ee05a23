// The requesting nation moves the response deadline later.
import { Type } from "typebox";
import { invalid } from "../app/errors.ts";
import { defineCommand } from "../pipeline/command.ts";
import { requester } from "./guard.ts";
import { deadlineProblem, ExtendDeadlineInput } from "./model.ts";
import { scheduleDeadline } from "./schedule.ts";

export const extendDeadline = defineCommand({
  name: "extendDeadline",
  input: Type.Object(
    { consultationId: Type.String(), ...ExtendDeadlineInput.properties },
    { additionalProperties: false },
  ),
  async decide({ trx, actor, now }, { consultationId, responseDeadline, reason }) {
    const { state } = await requester(trx, actor, consultationId);
    const problem = deadlineProblem(state.row.response_deadline, responseDeadline, now);
    if (problem) throw invalid(problem, [{ path: "/responseDeadline", message: problem }]);
    const extended = {
      consultationId,
      responseDeadline,
      previousDeadline: state.row.response_deadline,
      reason,
    };
    return {
      event: {
        type: "consultation.deadline-extended",
        subject: { kind: "consultation", id: consultationId },
        body: extended,
        marking: state.marking,
      },
      result: async (event, trx) => {
        await scheduleDeadline(trx, consultationId, responseDeadline, new Date(event.at));
        return { responseDeadline };
      },
    };
  },
});
