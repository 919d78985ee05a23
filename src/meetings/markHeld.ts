// Command: a planned session has taken place.
import { invalid } from "../app/errors.ts";
import { defineCommand } from "../pipeline/command.ts";
import { markingOfRow, meetingFor, requireStep } from "./lookups.ts";
import { MeetingRef } from "./model.ts";

export const markHeld = defineCommand({
  name: "markHeld",
  input: MeetingRef,
  async decide({ trx, actor, now }, input) {
    const { meeting } = await meetingFor(trx, actor, input, "sessions.write");
    requireStep(meeting, "mark-held");
    if (Date.parse(meeting.starts_at) > now.getTime()) {
      throw invalid("This session has not started yet, so it cannot be marked as held.", [
        { path: "/startsAt", message: "is in the future" },
      ]);
    }
    return {
      event: {
        type: "meeting.held",
        subject: { kind: "meeting", id: meeting.id },
        body: { meetingId: meeting.id, bodyId: meeting.body_id },
        marking: markingOfRow(meeting),
      },
      result: () => ({ status: "held" }),
    };
  },
});
