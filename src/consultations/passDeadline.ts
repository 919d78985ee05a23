// Records that the response deadline passed, naming the parties that had stated no position (run by the timer).
import { Type } from "typebox";
import { authorize } from "../access/policy.ts";
import { conflict, notFound } from "../app/errors.ts";
import { defineCommand } from "../pipeline/command.ts";
import { findConsultation } from "./queries.ts";

export const passDeadline = defineCommand({
  name: "passDeadline",
  input: Type.Object(
    { consultationId: Type.String(), responseDeadline: Type.String() },
    { additionalProperties: false },
  ),
  async decide({ trx, actor, now }, { consultationId, responseDeadline }) {
    authorize(actor, "consultations.escalate");
    const state = await findConsultation(trx, consultationId);
    if (!state) throw notFound("No consultation with that id.");
    if (state.row.status !== "open") throw conflict("Closed: no deadline to pass.");
    if (state.row.response_deadline !== responseDeadline) throw conflict("The deadline was extended.");
    if (Date.parse(responseDeadline) > now.getTime()) throw conflict("The deadline has not passed yet.");
    const silent = await trx
      .selectFrom("consultation_parties")
      .select("nation")
      .where("consultation_id", "=", consultationId)
      .where("stance", "is", null)
      .orderBy("nation")
      .execute();
    const passed = { consultationId, responseDeadline, silentNations: silent.map((p) => p.nation) };
    return {
      event: {
        type: "consultation.deadline-passed",
        subject: { kind: "consultation", id: consultationId },
        body: passed,
        marking: state.marking,
      },
      result: () => passed,
    };
  },
});
