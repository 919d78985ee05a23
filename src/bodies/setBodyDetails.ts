// Command: set a body's cadence and its members with their roles (co-chairs among them).
import { publicMarking } from "../access/marking.ts";
import { authorizeOn } from "../access/policy.ts";
import { invalid, notFound } from "../app/errors.ts";
import { findPerson } from "../directory/queries.ts";
import { defineCommand } from "../pipeline/command.ts";
import { BodyDetailsInput } from "./model.ts";
import { findBody } from "./queries.ts";

export const setBodyDetails = defineCommand({
  name: "setBodyDetails",
  input: BodyDetailsInput,
  async decide({ trx, actor }, input) {
    const body = await findBody(trx, input.bodyId);
    if (!body) throw notFound("No body with that id.");
    authorizeOn(
      actor,
      "bodies.write",
      { bodyId: body.id, marking: publicMarking(body.memberNations) },
      "body",
    );
    const seen = new Set<string>();
    for (const [i, member] of input.members.entries()) {
      const person = await findPerson(trx, member.personId);
      const problem = !person
        ? "unknown person"
        : !body.memberNations.includes(person.nation)
          ? `${person.nation} is not a member of ${body.acronym}`
          : seen.has(member.personId)
            ? "listed twice"
            : null;
      if (problem)
        throw invalid(`Member ${i + 1}: ${problem}.`, [{ path: `/members/${i}/personId`, message: problem }]);
      seen.add(member.personId);
    }
    return {
      event: {
        type: "body.details-set",
        subject: { kind: "body", id: body.id },
        body: input,
        marking: publicMarking(body.memberNations),
      },
      result: () => ({ ...body, cadence: input.cadence, members: input.members }),
    };
  },
});
