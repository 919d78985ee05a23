// Loads the demo alliance into an empty database, through the same commands a user would run.
import type { TSchema } from "typebox";
import { systemActor } from "../access/actor.ts";
import { createUser, grantRole } from "../access/commands.ts";
import { createBody } from "../bodies/commands.ts";
import { addNation, addOrganization, addPerson } from "../directory/commands.ts";
import type { Command } from "../pipeline/command.ts";
import { type Pipeline, runCommand } from "../pipeline/run-command.ts";
import { loadDemoAccess } from "./access.ts";
import { demoAccounts, demoBodies, demoNations, demoOrganizations, demoPeople } from "./alliance.ts";
import { loadDemoConsultations } from "./consultations.ts";
import { loadDemoMeetings } from "./meetings.ts";

export async function loadDemoAlliance(pipeline: Pipeline, demoPassword: string): Promise<void> {
  const loader = systemActor("demo-loader");
  const run = <I extends TSchema, R>(command: Command<I, R>, input: unknown) =>
    runCommand(pipeline, loader, command, input).then((outcome) => outcome.result);

  for (const nation of demoNations) await run(addNation, nation);
  const organizations = new Map<string, string>();
  for (const { key, ...organization } of demoOrganizations) {
    organizations.set(key, (await run(addOrganization, organization)).id);
  }
  const people = new Map<string, string>();
  for (const { key, organization, ...person } of demoPeople) {
    const added = await run(addPerson, { ...person, organizationId: organizations.get(organization) });
    people.set(key, added.id);
  }
  const members = demoNations.map((n) => n.code);
  const bodies = new Map<string, string>();
  for (const body of demoBodies) {
    bodies.set(body.acronym, (await run(createBody, { ...body, memberNations: members })).id);
  }
  for (const account of demoAccounts) {
    const user = await run(createUser, {
      username: account.username,
      displayName: account.displayName,
      nation: account.nation,
      organizationId: organizations.get(account.organization) ?? null,
      personId: (account.person && people.get(account.person)) ?? null,
      clearance: "SECRET",
      timeZone: account.nation === "KOR" ? "Asia/Seoul" : "America/New_York",
      password: demoPassword,
      demo: true,
    });
    await run(grantRole, { userId: user.id, role: account.role, bodyId: null });
  }
  await loadDemoMeetings(pipeline, { bodies, people, organizations });
  await loadDemoConsultations(pipeline);
  await loadDemoAccess(pipeline, demoPassword);
}
