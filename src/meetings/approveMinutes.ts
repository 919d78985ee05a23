// Command: one member nation's secretariat approves a held session's minutes; the last one approves them.
import { conflict, forbidden } from "../app/errors.ts";
import { defineCommand } from "../pipeline/command.ts";
import { markingOfRow, meetingFor, requireStep } from "./lookups.ts";
import { MeetingRef, minutesApprovedByAll, nationsYetToApprove } from "./model.ts";

export const approveMinutes = defineCommand({
  name: "approveMinutes",
  input: MeetingRef,
  async decide({ trx, actor }, input) {
    const { body, meeting } = await meetingFor(trx, actor, input, "minutes.approve");
    requireStep(meeting, "approve-minutes");
    const nation = actor.nation;
    if (!nation || !body.memberNations.includes(nation)) {
      throw forbidden(`Only a member nation's secretariat may approve the minutes of ${body.acronym}.`);
    }
    const rows = await trx
      .selectFrom("minutes_approvals")
      .select("nation")
      .where("meeting_id", "=", meeting.id)
      .execute();
    const approvedBy = rows.map((r) => r.nation);
    if (approvedBy.includes(nation)) {
      throw conflict(`${nation} has already approved these minutes.`, {
        awaitingApprovalFrom: nationsYetToApprove(body.memberNations, approvedBy),
      });
    }
    const complete = minutesApprovedByAll(body.memberNations, [...approvedBy, nation]);
    const approval = {
      meetingId: meeting.id,
      bodyId: body.id,
      nation,
      approvedBy: actor.kind === "user" ? actor.userId : null,
      complete,
    };
    return {
      event: {
        type: "meeting.minutes-approved",
        subject: { kind: "meeting", id: meeting.id },
        body: approval,
        marking: markingOfRow(meeting),
      },
      result: () => ({
        status: complete ? "minutes-approved" : meeting.status,
        awaitingApprovalFrom: nationsYetToApprove(body.memberNations, [...approvedBy, nation]),
      }),
    };
  },
});
