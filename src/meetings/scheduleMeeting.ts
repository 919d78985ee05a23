// Command: schedule a session of a body (or record one already held).
import { randomUUID } from "node:crypto";
import { invalid } from "../app/errors.ts";
import { markingWithinBody } from "../bodies/model.ts";
import { isTimeZone } from "../directory/model.ts";
import { findPerson } from "../directory/queries.ts";
import { defineCommand } from "../pipeline/command.ts";
import type { MeetingScheduled } from "./events.ts";
import { bodyFor, requireAuthorCanSee } from "./lookups.ts";
import { checkSchedule, ScheduleMeetingInput } from "./model.ts";

export const scheduleMeeting = defineCommand({
  name: "scheduleMeeting",
  input: ScheduleMeetingInput,
  async decide({ trx, actor, now }, input) {
    const body = await bodyFor(trx, actor, input.bodyId, "sessions.write");
    checkSchedule(input, now);
    if (!isTimeZone(input.timeZone)) {
      throw invalid(`${input.timeZone} is not an IANA time zone.`, [
        { path: "/timeZone", message: "unknown zone" },
      ]);
    }
    const marking = markingWithinBody(body, input.marking);
    requireAuthorCanSee(actor, body.id, marking);
    for (const [i, personId] of input.participantIds.entries()) {
      if (!(await findPerson(trx, personId))) {
        throw invalid("A participant is not in the directory.", [
          { path: `/participantIds/${i}`, message: "unknown person" },
        ]);
      }
    }
    const meeting: MeetingScheduled = {
      id: randomUUID(),
      bodyId: body.id,
      titleEn: input.titleEn,
      titleKo: input.titleKo,
      startsAt: new Date(input.startsAt).toISOString(),
      endsAt: new Date(input.endsAt).toISOString(),
      timeZone: input.timeZone,
      placeEn: input.placeEn,
      placeKo: input.placeKo,
      level: input.level,
      status: input.held ? "held" : "planned",
      marking,
      participantIds: input.participantIds,
    };
    return {
      event: {
        type: "meeting.scheduled",
        subject: { kind: "meeting", id: meeting.id },
        body: meeting,
        marking,
      },
      result: () => ({ id: meeting.id }),
    };
  },
});
