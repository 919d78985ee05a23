// The directory's commands: add a nation, an organization, a person.
import { randomUUID } from "node:crypto";
import { publicMarking } from "../access/marking.ts";
import { authorize } from "../access/policy.ts";
import { conflict, invalid } from "../app/errors.ts";
import { defineCommand } from "../pipeline/command.ts";
import { isTimeZone, Nation, OrganizationInput, PersonInput } from "./model.ts";
import { findNation, findOrganization, findPerson, listNations } from "./queries.ts";

// Directory entries are public to every member nation.
async function directoryMarking(trx: Parameters<typeof listNations>[0], extra: string[] = []) {
  const nations = (await listNations(trx)).map((n) => n.code);
  return publicMarking([...new Set([...nations, ...extra])]);
}

export const addNation = defineCommand({
  name: "addNation",
  input: Nation,
  async decide({ trx, actor }, nation) {
    authorize(actor, "directory.write");
    if (await findNation(trx, nation.code))
      throw conflict(`Nation ${nation.code} is already in the directory.`);
    return {
      event: {
        type: "nation.added",
        subject: { kind: "nation", id: nation.code },
        body: nation,
        marking: await directoryMarking(trx, [nation.code]),
      },
      result: () => nation,
    };
  },
});

export const addOrganization = defineCommand({
  name: "addOrganization",
  input: OrganizationInput,
  async decide({ trx, actor }, input) {
    authorize(actor, "directory.write");
    if (!(await findNation(trx, input.nation))) {
      throw invalid(`Nation ${input.nation} is not in the directory.`, [
        { path: "/nation", message: "unknown nation" },
      ]);
    }
    const organization = { id: randomUUID(), ...input };
    return {
      event: {
        type: "organization.added",
        subject: { kind: "organization", id: organization.id },
        body: organization,
        marking: await directoryMarking(trx),
      },
      result: () => organization,
    };
  },
});

export const addPerson = defineCommand({
  name: "addPerson",
  input: PersonInput,
  async decide({ trx, actor }, input) {
    authorize(actor, "directory.write");
    const problems = [];
    if (!isTimeZone(input.timeZone)) {
      problems.push({
        path: "/timeZone",
        message: "not an IANA time zone (e.g. Asia/Seoul, America/New_York)",
      });
    }
    const organization = await findOrganization(trx, input.organizationId);
    if (!organization) problems.push({ path: "/organizationId", message: "unknown organization" });
    else if (organization.nation !== input.nation) {
      problems.push({
        path: "/organizationId",
        message: `the organization belongs to ${organization.nation}`,
      });
    }
    if (problems.length > 0) throw invalid("This person cannot be added as given.", problems);
    const person = { id: randomUUID(), ...input };
    return {
      event: {
        type: "person.added",
        subject: { kind: "person", id: person.id },
        body: person,
        marking: await directoryMarking(trx),
      },
      result: async (_event, t) => (await findPerson(t, person.id)) ?? person,
    };
  },
});
