// Demo duty rosters (each capital's duty officer and principal) and an escalation policy on every body.
import { systemActor } from "../access/actor.ts";
import { findUserIdByUsername } from "../access/queries.ts";
import { listBodies } from "../bodies/queries.ts";
import { setEscalationPolicy } from "../consultations/setEscalationPolicy.ts";
import { type Pipeline, runCommand } from "../pipeline/run-command.ts";
import { createRoster } from "../rosters/commands.ts";

const capitals = [
  {
    nation: "KOR",
    timeZone: "Asia/Seoul",
    handoverTime: "08:00",
    duty: "kor.duty",
    principal: "kor.principal",
  },
  {
    nation: "USA",
    timeZone: "America/New_York",
    handoverTime: "07:00",
    duty: "usa.duty",
    principal: "usa.principal",
  },
];

export async function loadDemoConsultations(pipeline: Pipeline): Promise<void> {
  const loader = systemActor("demo-loader");
  const db = pipeline.store.db;
  for (const body of await listBodies(db, loader)) {
    for (const capital of capitals) {
      for (const [tier, username] of [
        ["duty-officer", capital.duty],
        ["principal", capital.principal],
      ] as const) {
        const userId = await findUserIdByUsername(db, username);
        if (!userId) continue;
        await runCommand(pipeline, loader, createRoster, {
          nation: capital.nation,
          bodyId: body.id,
          tier,
          name: `${body.acronym} ${capital.nation} ${tier}`,
          timeZone: capital.timeZone,
          handoverTime: capital.handoverTime,
          shiftDays: 1,
          rotationStart: "2026-01-05",
          rotation: [userId],
        });
      }
    }
    await runCommand(pipeline, loader, setEscalationPolicy, {
      bodyId: body.id,
      name: `${body.acronym} urgent consultation`,
      steps: [
        { tier: "duty-officer", ackTimeoutMinutes: 10, channels: ["in-app", "email"] },
        { tier: "principal", ackTimeoutMinutes: 15, channels: ["in-app", "email"] },
      ],
      repeatCount: 1,
      fallback: { tier: "principal", channels: ["in-app", "email", "webhook"] },
    });
  }
}
