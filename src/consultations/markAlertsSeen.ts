// Records that a person has seen their alerts on a consultation (the console shows it to them).
import { Type } from "typebox";
import { conflict } from "../app/errors.ts";
import { defineCommand } from "../pipeline/command.ts";
import { respondingParty } from "./guard.ts";

export const markAlertsSeen = defineCommand({
  name: "markAlertsSeen",
  input: Type.Object({ consultationId: Type.String() }, { additionalProperties: false }),
  async decide({ trx, actor }, { consultationId }) {
    const { state, user } = await respondingParty(trx, actor, consultationId);
    const unseen = await trx
      .selectFrom("consultation_alerts")
      .select("id")
      .where("consultation_id", "=", consultationId)
      .where("user_id", "=", user.userId)
      .where("seen_at", "is", null)
      .execute();
    if (unseen.length === 0) throw conflict("You have no unseen alerts on this consultation.");
    const seen = { consultationId, userId: user.userId, alertIds: unseen.map((a) => a.id) };
    return {
      event: {
        type: "consultation.alerts-seen",
        subject: { kind: "consultation", id: consultationId },
        body: seen,
        marking: state.marking,
      },
      result: (event) => ({ seenAt: event.at, alerts: seen.alertIds.length }),
    };
  },
});
