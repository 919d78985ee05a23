// Command: record a commitment, from a session's outcome or from another agreed text.
import { randomUUID } from "node:crypto";
import type { Transaction } from "kysely";
import type { Actor } from "../access/actor.ts";
import { classificationRank, type Marking } from "../access/marking.ts";
import { canSee } from "../access/policy.ts";
import { invalid } from "../app/errors.ts";
import type { Body } from "../bodies/model.ts";
import { markingWithinBody } from "../bodies/model.ts";
import { findOrganization } from "../directory/queries.ts";
import { bodyFor, guardOfRow, markingOfRow, requireAuthorCanSee } from "../meetings/lookups.ts";
import { bodyIdOfMeeting, findOutcome } from "../meetings/queries.ts";
import { defineCommand } from "../pipeline/command.ts";
import type { Database } from "../store/schema.ts";
import type { CommitmentCreated } from "./events.ts";
import { CommitmentInput, checkCommitmentDates, dateIn, type CommitmentInput as Input } from "./model.ts";

/** Where the commitment comes from: an outcome of this body's session, or a named text with its date. */
async function sourceOf(trx: Transaction<Database>, actor: Actor, body: Body, input: Input) {
  if (input.sourceOutcomeId) {
    const outcome = await findOutcome(trx, input.sourceOutcomeId);
    if (!outcome || !canSee(actor, guardOfRow(outcome))) {
      throw invalid("No outcome with that id.", [{ path: "/sourceOutcomeId", message: "unknown outcome" }]);
    }
    if (outcome.body_id !== body.id) {
      throw invalid("That outcome belongs to another body.", [
        { path: "/sourceOutcomeId", message: "belongs to another body" },
      ]);
    }
    return {
      sourceEn: input.sourceEn ?? outcome.meeting_title_en,
      sourceKo: input.sourceKo ?? outcome.meeting_title_ko,
      agreedOn: dateIn(new Date(outcome.starts_at), outcome.time_zone),
      outcomeMarking: markingOfRow(outcome),
    };
  }
  if (!input.sourceEn || !input.sourceKo || !input.agreedOn) {
    throw invalid("Name the source: an outcome, or sourceEn, sourceKo and agreedOn.", [
      { path: "/sourceOutcomeId", message: "or sourceEn, sourceKo and agreedOn are required" },
    ]);
  }
  return {
    sourceEn: input.sourceEn,
    sourceKo: input.sourceKo,
    agreedOn: input.agreedOn,
    outcomeMarking: null,
  };
}

/** A commitment restating an outcome cannot be marked lower or released wider than the outcome. */
function checkNotBelow(marking: Marking, outcome: Marking | null) {
  if (!outcome) return;
  const wider = marking.releasableTo.filter((n) => !outcome.releasableTo.includes(n));
  if (
    classificationRank(marking.classification) < classificationRank(outcome.classification) ||
    wider.length > 0
  ) {
    throw invalid("A commitment cannot be marked below the outcome it comes from.", [
      {
        path: "/marking",
        message: `must be at least ${outcome.classification}, releasable to no more than ${outcome.releasableTo.join(", ")}`,
      },
    ]);
  }
}

export const createCommitment = defineCommand({
  name: "createCommitment",
  input: CommitmentInput,
  async decide({ trx, actor, now }, input) {
    const body = await bodyFor(trx, actor, input.bodyId, "commitments.write");
    const source = await sourceOf(trx, actor, body, input);
    const marking = markingWithinBody(body, input.marking ?? source.outcomeMarking ?? undefined);
    checkNotBelow(marking, source.outcomeMarking);
    requireAuthorCanSee(actor, body.id, marking);
    checkCommitmentDates({ agreedOn: source.agreedOn, dueOn: input.dueOn, cadence: input.cadence }, now);
    for (const [i, nation] of input.ownerNations.entries()) {
      if (!body.memberNations.includes(nation)) {
        throw invalid(`${nation} is not a member of ${body.acronym}.`, [
          { path: `/ownerNations/${i}`, message: "not a member" },
        ]);
      }
    }
    if (input.ownerOrganizationId) {
      const organization = await findOrganization(trx, input.ownerOrganizationId);
      if (!organization || !input.ownerNations.includes(organization.nation)) {
        throw invalid("The owner organization must belong to an owner nation.", [
          {
            path: "/ownerOrganizationId",
            message: organization ? "not of an owner nation" : "unknown organization",
          },
        ]);
      }
    }
    if (input.reviewMeetingId) {
      const reviewBodyId = await bodyIdOfMeeting(trx, input.reviewMeetingId);
      if (reviewBodyId !== body.id) {
        throw invalid("The reviewing session must be a session of the same body.", [
          { path: "/reviewMeetingId", message: reviewBodyId ? "belongs to another body" : "unknown session" },
        ]);
      }
    }
    const commitment: CommitmentCreated = {
      id: randomUUID(),
      bodyId: body.id,
      sourceOutcomeId: input.sourceOutcomeId ?? null,
      sourceEn: source.sourceEn,
      sourceKo: source.sourceKo,
      agreedOn: source.agreedOn,
      statementEn: input.statementEn,
      statementKo: input.statementKo,
      ownerNations: [...input.ownerNations].sort(),
      ownerOrganizationId: input.ownerOrganizationId ?? null,
      dueOn: input.dueOn ?? null,
      cadence: input.cadence ?? null,
      reviewMeetingId: input.reviewMeetingId ?? null,
      marking,
    };
    return {
      event: {
        type: "commitment.created",
        subject: { kind: "commitment", id: commitment.id },
        body: commitment,
        marking,
      },
      result: () => ({ id: commitment.id }),
    };
  },
});
