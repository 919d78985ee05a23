// Command: add an item, with its owner and marking, at the end of a session's agenda.
import { randomUUID } from "node:crypto";
import { invalid } from "../app/errors.ts";
import { markingWithinBody } from "../bodies/model.ts";
import { findPerson } from "../directory/queries.ts";
import { defineCommand } from "../pipeline/command.ts";
import { meetingFor, requireAuthorCanSee, requireStep } from "./lookups.ts";
import { AgendaItemInput } from "./model.ts";

export const addAgendaItem = defineCommand({
  name: "addAgendaItem",
  input: AgendaItemInput,
  async decide({ trx, actor }, input) {
    const { body, meeting } = await meetingFor(trx, actor, input, "sessions.write");
    requireStep(meeting, "edit-agenda");
    const marking = markingWithinBody(body, input.marking);
    requireAuthorCanSee(actor, body.id, marking);
    if (!(await findPerson(trx, input.ownerPersonId))) {
      throw invalid("The owner is not in the directory.", [
        { path: "/ownerPersonId", message: "unknown person" },
      ]);
    }
    const last = await trx
      .selectFrom("agenda_items")
      .select((eb) => eb.fn.max("position").as("position"))
      .where("meeting_id", "=", meeting.id)
      .executeTakeFirst();
    const item = {
      id: randomUUID(),
      meetingId: meeting.id,
      bodyId: body.id,
      position: Number(last?.position ?? 0) + 1,
      titleEn: input.titleEn,
      titleKo: input.titleKo,
      ownerPersonId: input.ownerPersonId,
      marking,
    };
    return {
      event: {
        type: "meeting.agenda-item-added",
        subject: { kind: "meeting", id: meeting.id },
        body: item,
        marking,
      },
      result: () => ({ id: item.id, position: item.position }),
    };
  },
});
