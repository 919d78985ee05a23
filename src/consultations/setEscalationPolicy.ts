// Sets a body's escalation policy (replacing the one before): the ladder every new consultation walks.
import { randomUUID } from "node:crypto";
import { publicMarking } from "../access/marking.ts";
import { authorize } from "../access/policy.ts";
import { invalid } from "../app/errors.ts";
import { findBody } from "../bodies/queries.ts";
import { defineCommand } from "../pipeline/command.ts";
import { type EscalationPolicy, EscalationPolicyInput } from "./escalation.ts";

export const setEscalationPolicy = defineCommand({
  name: "setEscalationPolicy",
  input: EscalationPolicyInput,
  async decide({ trx, actor }, input) {
    const body = await findBody(trx, input.bodyId);
    if (!body) throw invalid("No body with that id.", [{ path: "/bodyId", message: "unknown body" }]);
    authorize(actor, "rosters.manage", body.id);
    const policy: EscalationPolicy = { id: randomUUID(), ...input };
    return {
      event: {
        type: "escalation-policy.set",
        subject: { kind: "body", id: body.id },
        body: policy,
        marking: { ...publicMarking(body.memberNations), classification: "OFFICIAL" },
      },
      result: () => policy,
    };
  },
});
