// Commands on bodies: create one.
import { randomUUID } from "node:crypto";
import { publicMarking } from "../access/marking.ts";
import { authorize } from "../access/policy.ts";
import { invalid } from "../app/errors.ts";
import { findNation } from "../directory/queries.ts";
import { defineCommand } from "../pipeline/command.ts";
import { BodyInput } from "./model.ts";

export const createBody = defineCommand({
  name: "createBody",
  input: BodyInput,
  async decide({ trx, actor }, input) {
    authorize(actor, "bodies.write");
    for (const [i, nation] of input.memberNations.entries()) {
      if (!(await findNation(trx, nation))) {
        throw invalid(`Nation ${nation} is not in the directory.`, [
          { path: `/memberNations/${i}`, message: "unknown nation" },
        ]);
      }
    }
    const body = { id: randomUUID(), ...input, memberNations: [...input.memberNations].sort() };
    return {
      event: {
        type: "body.created",
        subject: { kind: "body", id: body.id },
        body,
        marking: publicMarking(body.memberNations),
      },
      result: () => ({ ...body, cadence: null }),
    };
  },
});
