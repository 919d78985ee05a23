// Command: edit a draft readout; a stale version gets 409, and restricted text pasted in gets 400.
import { publicMarking } from "../access/marking.ts";
import { conflict, invalid, notFound } from "../app/errors.ts";
import { meetingFor } from "../meetings/lookups.ts";
import { defineCommand } from "../pipeline/command.ts";
import { leakedFragment, ReadoutEditInput } from "./model.ts";
import { findReadoutRow } from "./queries.ts";
import { restrictedTextsOf } from "./sources.ts";

export const editReadout = defineCommand({
  name: "editReadout",
  input: ReadoutEditInput,
  async decide({ trx, actor }, input) {
    const readout = await findReadoutRow(trx, input.readoutId);
    if (!readout) throw notFound("No readout with that id.");
    const { body } = await meetingFor(
      trx,
      actor,
      { bodyId: readout.body_id, meetingId: readout.meeting_id },
      "readouts.write",
    );
    if (readout.published_at) throw conflict("This readout is published and can no longer be edited.");
    if (input.version !== readout.version) {
      throw conflict("Someone else saved this readout since you opened it.", {
        current: {
          version: readout.version,
          titleEn: readout.title_en,
          titleKo: readout.title_ko,
          textEn: readout.text_en,
          textKo: readout.text_ko,
        },
      });
    }
    const restricted = await restrictedTextsOf(trx, body, readout.meeting_id);
    for (const field of ["titleEn", "titleKo", "textEn", "textKo"] as const) {
      const leaked = leakedFragment(input[field], restricted);
      if (leaked) {
        throw invalid("The readout would carry material that is not PUBLIC. Remove it before saving.", [
          { path: `/${field}`, message: "contains text of a session item not marked PUBLIC" },
        ]);
      }
    }
    const edited = {
      readoutId: readout.id,
      titleEn: input.titleEn,
      titleKo: input.titleKo,
      textEn: input.textEn,
      textKo: input.textKo,
      version: readout.version + 1,
    };
    return {
      event: {
        type: "readout.edited",
        subject: { kind: "readout", id: readout.id },
        body: edited,
        marking: publicMarking(body.memberNations),
      },
      result: () => ({ version: edited.version }),
    };
  },
});
