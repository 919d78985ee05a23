// Commands on duty rosters: create one, add a cover or a swap.
import { randomUUID } from "node:crypto";
import { Type } from "typebox";
import { publicMarking } from "../access/marking.ts";
import { authorize } from "../access/policy.ts";
import { loadUserActor } from "../access/queries.ts";
import { invalid, notFound } from "../app/errors.ts";
import { findBody } from "../bodies/queries.ts";
import { isTimeZone } from "../directory/model.ts";
import { defineCommand } from "../pipeline/command.ts";
import { type DutyRoster, OverrideInput, overrideProblems, RosterInput } from "./model.ts";
import { findRoster } from "./queries.ts";

export const createRoster = defineCommand({
  name: "createRoster",
  input: RosterInput,
  async decide({ trx, actor }, input) {
    const body = await findBody(trx, input.bodyId);
    if (!body) throw invalid("No body with that id.", [{ path: "/bodyId", message: "unknown body" }]);
    authorize(actor, "rosters.manage", body.id);
    if (!body.memberNations.includes(input.nation))
      throw invalid(`${input.nation} is not a member of ${body.acronym}.`, [
        { path: "/nation", message: "not a member nation" },
      ]);
    if (!isTimeZone(input.timeZone))
      throw invalid("Unknown time zone.", [
        { path: "/timeZone", message: "use an IANA zone, e.g. Asia/Seoul" },
      ]);
    for (const [i, userId] of input.rotation.entries()) {
      const person = await loadUserActor(trx, { id: userId }, "cli");
      if (!person || person.nation !== input.nation)
        throw invalid("Everyone on a roster must be an active user of its nation.", [
          { path: `/rotation/${i}`, message: `no active ${input.nation} user with that id` },
        ]);
    }
    const roster: DutyRoster = { id: randomUUID(), ...input, overrides: [] };
    return {
      event: {
        type: "roster.created",
        subject: { kind: "roster", id: roster.id },
        body: roster,
        marking: { ...publicMarking(body.memberNations), classification: "OFFICIAL" },
      },
      result: () => roster,
    };
  },
});

export const AddOverrideInput = Type.Object(
  { rosterId: Type.String({ minLength: 1 }), ...OverrideInput.properties },
  { additionalProperties: false },
);

export const addRosterOverride = defineCommand({
  name: "addRosterOverride",
  input: AddOverrideInput,
  async decide({ trx, actor }, { rosterId, ...override }) {
    const roster = await findRoster(trx, rosterId);
    if (!roster) throw notFound("No roster with that id.");
    authorize(actor, "rosters.manage", roster.bodyId);
    const problems = overrideProblems(roster, override);
    const person = await loadUserActor(trx, { id: override.userId }, "cli");
    if (!person || person.nation !== roster.nation)
      problems.push({ path: "/userId", message: `no active ${roster.nation} user with that id` });
    if (problems.length > 0) throw invalid("This override cannot be applied.", problems);
    const body = await findBody(trx, roster.bodyId);
    const added = { id: randomUUID(), rosterId, ...override };
    return {
      event: {
        type: "roster.override-added",
        subject: { kind: "roster", id: rosterId },
        body: added,
        marking: { ...publicMarking(body?.memberNations ?? [roster.nation]), classification: "OFFICIAL" },
      },
      result: () => added,
    };
  },
});
