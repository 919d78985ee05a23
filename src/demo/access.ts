// Demo accounts beyond the alliance's officials: an administrator for each nation, since accounts
// are marked for their own nation and an administrator manages only those it may read.

import { systemActor } from "../access/actor.ts";
import { createUser, grantRole } from "../access/commands.ts";
import type { Pipeline } from "../pipeline/run-command.ts";
import { runCommand } from "../pipeline/run-command.ts";

export async function loadDemoAccess(pipeline: Pipeline, demoPassword: string): Promise<void> {
  const loader = systemActor("demo-loader");
  const { result } = await runCommand(pipeline, loader, createUser, {
    username: "usa.admin",
    displayName: "Entente Administrator (U.S.)",
    nation: "USA",
    organizationId: null,
    personId: null,
    clearance: "SECRET",
    timeZone: "America/New_York",
    password: demoPassword,
    demo: true,
  });
  await runCommand(pipeline, loader, grantRole, { userId: result.id, role: "admin", bodyId: null });
}
