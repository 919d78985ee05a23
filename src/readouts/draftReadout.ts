// Command: draft the public readout of a held session from its PUBLIC outcomes only.
import { randomUUID } from "node:crypto";
import { publicMarking } from "../access/marking.ts";
import { conflict } from "../app/errors.ts";
import { meetingFor, requireStep } from "../meetings/lookups.ts";
import { MeetingRef } from "../meetings/model.ts";
import { defineCommand } from "../pipeline/command.ts";
import { draftReadout as draft } from "./model.ts";
import { draftSourceOf } from "./sources.ts";

export const draftReadout = defineCommand({
  name: "draftReadout",
  input: MeetingRef,
  async decide({ trx, actor }, input) {
    const { body, meeting } = await meetingFor(trx, actor, input, "readouts.write");
    requireStep(meeting, "draft-readout");
    const existing = await trx
      .selectFrom("readouts")
      .select("id")
      .where("meeting_id", "=", meeting.id)
      .executeTakeFirst();
    if (existing)
      throw conflict("This session already has a readout; edit it instead.", { readoutId: existing.id });
    const text = draft(await draftSourceOf(trx, body, meeting));
    const readout = {
      id: randomUUID(),
      meetingId: meeting.id,
      bodyId: body.id,
      ...text,
      releasableTo: [...body.memberNations].sort(),
    };
    return {
      event: {
        type: "readout.drafted",
        subject: { kind: "readout", id: readout.id },
        body: readout,
        marking: publicMarking(body.memberNations),
      },
      result: () => ({ id: readout.id }),
    };
  },
});
