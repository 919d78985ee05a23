// Opens an urgent consultation on a body and alerts each other member nation's first rung.
import { randomUUID } from "node:crypto";
import type { Static } from "typebox";
import { classificationRank } from "../access/marking.ts";
import { authorize } from "../access/policy.ts";
import { conflict, invalid } from "../app/errors.ts";
import { findBody } from "../bodies/queries.ts";
import { defineCommand } from "../pipeline/command.ts";
import { ladderOf } from "./escalation.ts";
import type { PartyOpened } from "./events.ts";
import { type Alert, consultedNations, OpenConsultationInput } from "./model.ts";
import { findEscalationPolicy } from "./queries.ts";
import { reachRung } from "./recipients.ts";
import { scheduleAckTimeout, scheduleDeadline, sendAlerts } from "./schedule.ts";

export const openConsultation = defineCommand({
  name: "openConsultation",
  input: OpenConsultationInput,
  async decide({ trx, actor, now }, input) {
    const body = await findBody(trx, input.bodyId);
    if (!body) throw invalid("No body with that id.", [{ path: "/bodyId", message: "unknown body" }]);
    authorize(actor, "consultations.open", body.id);
    const requesterNation = actor.kind === "user" ? actor.nation : null;
    if (!requesterNation || !body.memberNations.includes(requesterNation))
      throw invalid(`Only a member nation of ${body.acronym} can open a consultation on it.`);
    if (classificationRank(input.classification) > classificationRank(body.classification))
      throw invalid(`${body.acronym} material may be marked up to ${body.classification}.`, [
        { path: "/classification", message: `at most ${body.classification}` },
      ]);
    if (
      actor.kind === "user" &&
      classificationRank(input.classification) > classificationRank(actor.clearance)
    )
      throw invalid("You cannot mark a brief above your own clearance.", [
        { path: "/classification", message: `at most ${actor.clearance}` },
      ]);
    if (Date.parse(input.responseDeadline) <= now.getTime())
      throw invalid("The response deadline must be in the future.", [
        { path: "/responseDeadline", message: "in the past" },
      ]);
    const policy = await findEscalationPolicy(trx, body.id);
    if (!policy) throw conflict(`${body.acronym} has no escalation policy yet; set one first.`);
    const first = ladderOf(policy)[0];
    if (!first) throw conflict("The escalation policy has no steps.");
    const id = randomUUID();
    const marking = { classification: input.classification, releasableTo: [...body.memberNations].sort() };
    const nextEscalationAt =
      first.ackTimeoutMinutes === null
        ? null
        : new Date(now.getTime() + first.ackTimeoutMinutes * 60_000).toISOString();
    const parties: Static<typeof PartyOpened>[] = [];
    const alerts: Alert[] = [];
    const withheld: string[] = [];
    for (const nation of consultedNations(body.memberNations, requesterNation)) {
      const reach = await reachRung(trx, { bodyId: body.id, nation, marking, at: now }, first);
      alerts.push(...reach.alerts);
      withheld.push(...reach.withheld);
      parties.push({ nation, position: first.position, tier: first.tier, nextEscalationAt });
    }
    const opened = {
      id,
      ...input,
      requesterNation,
      requesterUserId: actor.kind === "user" ? actor.userId : null,
      policy,
      parties,
      alerts,
      withheld,
    };
    return {
      event: { type: "consultation.opened", subject: { kind: "consultation", id }, body: opened, marking },
      result: async (event, trx) => {
        const at = new Date(event.at);
        for (const party of parties) {
          const payload = { consultationId: id, nation: party.nation, fromPosition: party.position };
          await scheduleAckTimeout(trx, payload, party.nextEscalationAt, at);
        }
        await scheduleDeadline(trx, id, input.responseDeadline, at);
        await sendAlerts(trx, id, alerts, at);
        return { id };
      },
    };
  },
});
