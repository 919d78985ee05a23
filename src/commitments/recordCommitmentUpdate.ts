// Command: a dated update on a commitment, with evidence; it sets the commitment's status.
import { randomUUID } from "node:crypto";
import { authorizeOn } from "../access/policy.ts";
import { invalid, notFound } from "../app/errors.ts";
import { guardOfRow, markingOfRow } from "../meetings/lookups.ts";
import { defineCommand } from "../pipeline/command.ts";
import { allianceZones, CommitmentUpdateInput, dateIn } from "./model.ts";
import { findCommitmentRow } from "./queries.ts";

export const recordCommitmentUpdate = defineCommand({
  name: "recordCommitmentUpdate",
  input: CommitmentUpdateInput,
  async decide({ trx, actor, now }, input) {
    const commitment = await findCommitmentRow(trx, input.commitmentId);
    if (!commitment) throw notFound("No commitment with that id.");
    authorizeOn(actor, "commitments.write", guardOfRow(commitment), "commitment");
    const latestToday =
      allianceZones
        .map((zone) => dateIn(now, zone))
        .sort()
        .at(-1) ?? "";
    if (input.onDate > latestToday) {
      throw invalid("An update cannot be dated in the future.", [
        { path: "/onDate", message: "is in the future" },
      ]);
    }
    if (input.onDate < commitment.agreed_on) {
      throw invalid(`An update cannot precede the commitment (agreed ${commitment.agreed_on}).`, [
        { path: "/onDate", message: `is before ${commitment.agreed_on}` },
      ]);
    }
    const update = { id: randomUUID(), ...input, nation: actor.nation };
    return {
      event: {
        type: "commitment.updated",
        subject: { kind: "commitment", id: commitment.id },
        body: update,
        marking: markingOfRow(commitment),
      },
      result: () => ({ id: update.id }),
    };
  },
});
