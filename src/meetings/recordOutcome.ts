// Command: record an agreed point of a held session, under one of its agenda items, with its marking.
import { randomUUID } from "node:crypto";
import { markingWithinBody } from "../bodies/model.ts";
import { defineCommand } from "../pipeline/command.ts";
import { agendaItemOf, meetingFor, requireAuthorCanSee, requireStep } from "./lookups.ts";
import { OutcomeInput } from "./model.ts";

export const recordOutcome = defineCommand({
  name: "recordOutcome",
  input: OutcomeInput,
  async decide({ trx, actor }, input) {
    const { body, meeting } = await meetingFor(trx, actor, input, "sessions.write");
    requireStep(meeting, "record-outcome");
    const item = await agendaItemOf(trx, actor, meeting, input.agendaItemId, "sessions.write");
    const marking = markingWithinBody(body, input.marking);
    requireAuthorCanSee(actor, body.id, marking);
    const last = await trx
      .selectFrom("meeting_outcomes")
      .select((eb) => eb.fn.max("position").as("position"))
      .where("meeting_id", "=", meeting.id)
      .executeTakeFirst();
    const outcome = {
      id: randomUUID(),
      meetingId: meeting.id,
      bodyId: body.id,
      agendaItemId: item.id,
      position: Number(last?.position ?? 0) + 1,
      textEn: input.textEn,
      textKo: input.textKo,
      marking,
    };
    return {
      event: {
        type: "meeting.outcome-recorded",
        subject: { kind: "meeting", id: meeting.id },
        body: outcome,
        marking,
      },
      result: () => ({ id: outcome.id }),
    };
  },
});
