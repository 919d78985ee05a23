// The authorization matrix: every route in the OpenAPI document × every role × own or other nation ×
// every clearance on the ladder gets the answer this small table expects; anonymous calls to every
// non-public route get 401. The table is test/authorization-table.ts; a route missing from it fails here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { roles } from "../src/access/actor.ts";
import { defaultClassificationLadder } from "../src/access/marking.ts";
import { type RunningServer, startServer } from "../src/app/server.ts";
import {
  type Caller,
  expected,
  fill,
  isLast,
  type Nation,
  other,
  type Target,
  table,
} from "./authorization-table.ts";
import { testPassword, user } from "./factories.ts";
import { client } from "./http.ts";
import { exampleOf, type JsonSchema } from "./schema-example.ts";
import { storages } from "./stores.ts";

describe.each(storages())("the authorization matrix on $name", (storage) => {
  let server: RunningServer;
  let routes: { method: string; path: string; key: string; bodySchema: JsonSchema }[] = [];
  const callers: Caller[] = [];
  const accounts: Record<Nation, string> = { KOR: "", USA: "" };
  let mofaId = "";
  let ncgId = "";

  beforeAll(async () => {
    server = await startServer({
      ...storage.fresh(),
      port: 0,
      demo: true,
      logLevel: "silent",
      webDir: "/nonexistent",
      // No timers or deliveries: the matrix opens consultations and registers webhooks.
      workerPollMs: 0,
    });
    type Operation = { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } };
    const doc: { paths: Record<string, Record<string, Operation>> } = await (
      await fetch(`${server.url}/api/openapi.json`)
    ).json();
    routes = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.entries(operations).map(([m, operation]) => ({
        method: m.toUpperCase(),
        path,
        key: `${m.toUpperCase()} ${path}`,
        bodySchema: operation.requestBody?.content?.["application/json"]?.schema ?? { type: "object" },
      })),
    );
  });

  /** One signed-in caller per role × nation × clearance, and one account of each nation to act on. */
  async function signInCallers() {
    for (const nation of ["KOR", "USA"] as const)
      accounts[nation] = (await user(server.pipeline, { nation })).id;
    for (const role of roles)
      for (const nation of ["KOR", "USA"] as const)
        for (const clearance of defaultClassificationLadder) {
          const account = await user(server.pipeline, { role, nation, clearance });
          const http = client(server.url);
          expect((await http.signIn(account.username, testPassword)).status).toBe(200);
          callers.push({ role, nation, clearance, http });
        }
    const orgs = await callers[0]?.http.json<{ items: { id: string; acronym: string }[] }>(
      "GET",
      "/api/v1/organizations?nation=KOR",
    );
    mofaId = orgs?.body.items.find((o) => o.acronym === "MOFA")?.id ?? "";
    const bodies = await callers[0]?.http.json<{ items: { id: string; acronym: string }[] }>(
      "GET",
      "/api/v1/bodies",
    );
    ncgId = bodies?.body.items.find((b) => b.acronym === "NCG")?.id ?? "";
  }
  afterAll(async () => {
    await server.close();
    await storage.cleanup();
  });

  it("has an expectation for every route in the OpenAPI document", () => {
    const missing = routes.filter((r) => !(r.key in table)).map((r) => r.key);
    expect(missing, "add these routes to test/authorization-table.ts").toEqual([]);
  });

  it("answers 401 to anonymous calls of every non-public route", async () => {
    const answers: string[] = [];
    for (const route of routes) {
      if (table[route.key] === "public") continue;
      const response = await fetch(server.url + fill(route.path, "x", "x"), { method: route.method });
      if (response.status !== 401 || !response.headers.get("content-type")?.includes("problem+json"))
        answers.push(`${route.key} → ${response.status}`);
    }
    expect(answers).toEqual([]);
  });

  // Authorization does not depend on the storage, and the full matrix takes a while: SQLite only.
  if (storage.name === "sqlite")
    it("gives each role, nation and clearance the expected answer on every route", async () => {
      await signInCallers();
      const wrong: string[] = [];
      let n = 0;
      const ordered = [...routes].sort((a, b) => Number(isLast(a.key)) - Number(isLast(b.key)));
      for (const route of ordered) {
        const rule = table[route.key];
        if (rule === undefined || rule === "public") continue;
        const targets: (Target | null)[] = rule.targets ? ["own-nation", "other-nation"] : [null];
        for (const caller of callers)
          for (const target of targets) {
            n += 1;
            const targetNation = target === "other-nation" ? other(caller.nation) : caller.nation;
            const ctx = {
              caller,
              accountId: accounts[targetNation],
              targetNation,
              unique: `${n}x${Date.now() % 1e6}`,
              mofaId,
              ncgId,
            };
            const id = rule.targets ? ctx.accountId : `missing-${n}`;
            const hints = { bodyId: ncgId, nation: caller.nation, timeZone: "Asia/Seoul" };
            const body = rule.body === "example" ? exampleOf(route.bodySchema, hints) : rule.body?.(ctx);
            const response = await caller.http.request(
              route.method,
              fill(route.path, id, ncgId) + (rule.query ?? ""),
              body,
            );
            const want = expected(rule, caller, target);
            const fine = Array.isArray(want)
              ? want.includes(response.status)
              : want === "not-refused"
                ? ![401, 403, 404].includes(response.status)
                : want === "not-forbidden"
                  ? ![401, 403].includes(response.status)
                  : response.status === want;
            if (!fine)
              wrong.push(
                `${route.key} as ${caller.role}/${caller.nation}/${caller.clearance}${target ? ` on ${target}` : ""}: ${response.status}, expected ${want}`,
              );
          }
      }
      expect(wrong).toEqual([]);
    });
});
