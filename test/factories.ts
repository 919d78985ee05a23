// Test data made on demand, through the same commands users run.
import { randomUUID } from "node:crypto";
import type { Role } from "../src/access/actor.ts";
import { systemActor } from "../src/access/actor.ts";
import { createUser, grantRole } from "../src/access/commands.ts";
import { type ConfigOverrides, loadConfig } from "../src/app/config.ts";
import { openPlatform } from "../src/app/server.ts";
import { addNation, addOrganization } from "../src/directory/commands.ts";
import { type Pipeline, runCommand } from "../src/pipeline/run-command.ts";

export const testPassword = "correct horse battery staple";

/** A migrated, empty platform on the given storage. */
export async function emptyPlatform(overrides: ConfigOverrides) {
  return openPlatform(loadConfig({}, { ...overrides, demo: false }));
}

const loader = systemActor("test");

export async function nation(pipeline: Pipeline, code = "KOR") {
  const names: Record<string, [string, string]> = {
    KOR: ["Republic of Korea", "대한민국"],
    USA: ["United States", "미국"],
  };
  const [nameEn, nameKo] = names[code] ?? [`Nation ${code}`, `국가 ${code}`];
  return (await runCommand(pipeline, loader, addNation, { code, nameEn, nameKo })).result;
}

export async function organization(pipeline: Pipeline, nationCode = "KOR") {
  const input = {
    nation: nationCode,
    acronym: "MOFA",
    nameEn: "Ministry of Foreign Affairs",
    nameKo: "외교부",
  };
  return (await runCommand(pipeline, loader, addOrganization, input)).result;
}

export async function user(
  pipeline: Pipeline,
  spec: { nation?: string; role?: Role; clearance?: string; demo?: boolean } = {},
) {
  const nationCode = spec.nation ?? "KOR";
  const created = (
    await runCommand(pipeline, loader, createUser, {
      username: `u${randomUUID().slice(0, 8)}`,
      displayName: "Test User",
      nation: nationCode,
      organizationId: null,
      personId: null,
      clearance: spec.clearance ?? "SECRET",
      timeZone: nationCode === "KOR" ? "Asia/Seoul" : "America/New_York",
      password: testPassword,
      // Demo accounts may sign in with a password alone outside production; pass `demo: false` to test
      // an account that must set up a second factor.
      demo: spec.demo ?? true,
    })
  ).result;
  await runCommand(pipeline, loader, grantRole, {
    userId: created.id,
    role: spec.role ?? "secretariat",
    bodyId: null,
  });
  return created;
}

export function personInput(organizationId: string, nationCode = "KOR") {
  return {
    nameEn: "Ham Sang-wook",
    nameKo: "함상욱",
    titleEn: "Deputy Foreign Minister for Multilateral and Global Affairs",
    titleKo: "다자외교조정관",
    organizationId,
    nation: nationCode,
    timeZone: "Asia/Seoul",
    email: "ham@example.kr",
  };
}
