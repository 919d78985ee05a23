// Command: publish a readout; from then on anyone may read it, without signing in.

import { Type } from "typebox";
import { publicMarking } from "../access/marking.ts";
import { conflict, notFound } from "../app/errors.ts";
import { meetingFor } from "../meetings/lookups.ts";
import { defineCommand } from "../pipeline/command.ts";
import { findReadoutRow } from "./queries.ts";

export const publishReadout = defineCommand({
  name: "publishReadout",
  input: Type.Object({ readoutId: Type.String({ minLength: 1 }) }, { additionalProperties: false }),
  async decide({ trx, actor }, input) {
    const readout = await findReadoutRow(trx, input.readoutId);
    if (!readout) throw notFound("No readout with that id.");
    const { body } = await meetingFor(
      trx,
      actor,
      { bodyId: readout.body_id, meetingId: readout.meeting_id },
      "readouts.publish",
    );
    if (readout.published_at) throw conflict("This readout is already published.");
    return {
      event: {
        type: "readout.published",
        subject: { kind: "readout", id: readout.id },
        body: { readoutId: readout.id, meetingId: readout.meeting_id },
        marking: publicMarking(body.memberNations),
      },
      result: (event) => ({ publishedAt: event.at }),
    };
  },
});
