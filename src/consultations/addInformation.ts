// The requesting nation adds information to an open consultation, under its marking.
import { randomUUID } from "node:crypto";
import { Type } from "typebox";
import { defineCommand } from "../pipeline/command.ts";
import { requester } from "./guard.ts";
import { AddInformationInput } from "./model.ts";

export const addInformation = defineCommand({
  name: "addInformation",
  input: Type.Object(
    { consultationId: Type.String(), ...AddInformationInput.properties },
    { additionalProperties: false },
  ),
  async decide({ trx, actor }, { consultationId, text }) {
    const { state } = await requester(trx, actor, consultationId);
    const added = { consultationId, id: randomUUID(), text };
    return {
      event: {
        type: "consultation.information-added",
        subject: { kind: "consultation", id: consultationId },
        body: added,
        marking: state.marking,
      },
      result: (event) => ({ id: added.id, addedAt: event.at }),
    };
  },
});
