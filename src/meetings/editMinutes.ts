// Command: save the minutes of one agenda item; a save from a stale version gets 409 with the current text.
import { conflict } from "../app/errors.ts";
import { defineCommand } from "../pipeline/command.ts";
import { agendaItemOf, markingOfRow, meetingFor, requireStep } from "./lookups.ts";
import { MinutesInput } from "./model.ts";

export const editMinutes = defineCommand({
  name: "editMinutes",
  input: MinutesInput,
  async decide({ trx, actor }, input) {
    const { meeting } = await meetingFor(trx, actor, input, "sessions.write");
    requireStep(meeting, "edit-minutes");
    const item = await agendaItemOf(trx, actor, meeting, input.agendaItemId, "sessions.write");
    if (input.version !== item.minutes_version) {
      throw conflict(
        "Someone else saved these minutes since you opened them. Merge your changes into the current version.",
        {
          current: {
            version: item.minutes_version,
            minutesEn: item.minutes_en,
            minutesKo: item.minutes_ko,
            updatedAt: item.minutes_updated_at,
          },
        },
      );
    }
    const saved = {
      meetingId: meeting.id,
      agendaItemId: item.id,
      minutesEn: input.minutesEn,
      minutesKo: input.minutesKo,
      version: item.minutes_version + 1,
    };
    return {
      event: {
        type: "meeting.minutes-edited",
        subject: { kind: "meeting", id: meeting.id },
        body: saved,
        marking: markingOfRow(item),
      },
      result: () => ({ version: saved.version }),
    };
  },
});
