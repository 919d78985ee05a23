// The authorization matrix: every route in the OpenAPI document × every role × own or other nation ×
// every clearance on the ladder gets the answer this small table expects; anonymous calls to every
// non-public route get 401. A route missing from the table fails the suite until it is added here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Role, roles } from "../src/access/actor.ts";
import { defaultClassificationLadder } from "../src/access/marking.ts";
import { type RunningServer, startServer } from "../src/app/server.ts";
import { testPassword, user } from "./factories.ts";
import { type Client, client } from "./http.ts";
import { storages } from "./stores.ts";

type Nation = "KOR" | "USA";
interface Caller {
  role: Role;
  nation: Nation;
  clearance: string;
  http: Client;
}
/** Whose account a call is about, for routes that act on another account. */
type Target = "own-nation" | "other-nation";
interface Context {
  caller: Caller;
  /** An account id in the target nation (when the route has a target). */
  accountId: string;
  targetNation: Nation;
  unique: string;
  mofaId: string;
  /** The demo NCG's id: a real body for commands that look their body up before authorizing. */
  ncgId: string;
}
interface Expectation {
  /** Roles that may; "any" is every signed-in user (their own account's routes). */
  roles: readonly Role[] | "any";
  /**
   * The answer when allowed: a status; "not-refused" (anything but 401/403/404); or "not-forbidden"
   * (anything but 401/403: the role passed and the request failed later, e.g. on a made-up id).
   */
  ok: number | "not-refused" | "not-forbidden";
  /** A query string for the call. */
  query?: string;
  /** The route acts on another account: run it on one of each nation; unseen answers `unseen`. */
  targets?: { unseen: 403 | 404 };
  body?: (ctx: Context) => unknown;
  /** Runs after every other route (it ends the caller's session). */
  last?: boolean;
}

const managers = ["admin"] as const;
const writers = ["admin", "secretariat"] as const;
const tokenHolders = ["admin", "secretariat", "auditor"] as const;
const readersOfDirectory = roles;
const other = (nation: Nation): Nation => (nation === "KOR" ? "USA" : "KOR");
const grant = () => ({ role: "observer", bodyId: null });
const recordReaders = roles.filter((role) => role !== "observer");
const rosterReaders = ["admin", "secretariat", "principal", "duty-officer", "auditor"] as const;
const rosterManagers = ["admin", "secretariat"] as const;
const consultationReaders = [
  "admin",
  "secretariat",
  "principal",
  "delegate",
  "duty-officer",
  "auditor",
] as const;
const consultationOpeners = ["secretariat", "principal"] as const;
const auditors = ["auditor"] as const;
const inAWeek = () => new Date(Date.now() + 7 * 86400_000).toISOString();
/** Consultations are looked up before the policy is asked, so a made-up id is 404 for everyone. */
const onMissingConsultation = (body?: () => unknown): Expectation => ({
  roles: "any",
  ok: 404,
  ...(body ? { body } : {}),
});

/** "METHOD /path/{param}" → what each caller should get. */
const table: Record<string, Expectation | "public"> = {
  "POST /api/v1/auth/login": "public",
  "GET /api/v1/meta": "public",
  "POST /api/v1/auth/logout": { roles: "any", ok: 204, last: true },
  "GET /api/v1/auth/me": { roles: "any", ok: 200 },
  "GET /api/v1/auth/security": { roles: "any", ok: 200 },
  "POST /api/v1/auth/totp": { roles: "any", ok: 201 },
  "POST /api/v1/auth/totp/confirm": { roles: "any", ok: 400, body: () => ({ code: "000000" }) },
  "POST /api/v1/auth/totp/disable": { roles: "any", ok: 400, body: () => ({ password: "not the password" }) },
  "POST /api/v1/auth/recovery-codes": { roles: "any", ok: 409, body: () => ({ password: testPassword }) },
  "POST /api/v1/auth/password": {
    roles: "any",
    ok: 400,
    body: () => ({ currentPassword: "not the password", newPassword: "a long enough new phrase" }),
  },
  "GET /api/v1/auth/sessions": { roles: "any", ok: 200 },
  "DELETE /api/v1/auth/sessions/{id}": { roles: "any", ok: 404 },
  "GET /api/v1/auth/tokens": { roles: "any", ok: 200 },
  "POST /api/v1/auth/tokens": {
    roles: tokenHolders,
    ok: 201,
    body: () => ({ name: "matrix", days: 1, scopes: ["read"] }),
  },
  "DELETE /api/v1/auth/tokens/{id}": { roles: "any", ok: 404 },
  "GET /api/v1/auth/activity": { roles: "any", ok: 200 },
  "POST /api/v1/auth/passkey/options": "public",
  "POST /api/v1/auth/passkey/login": "public",
  "POST /api/v1/auth/passkeys/options": { roles: "any", ok: 200 },
  "POST /api/v1/auth/passkeys": {
    roles: "any",
    ok: 400,
    body: () => ({
      name: "forged",
      response: {
        id: "AAAA",
        rawId: "AAAA",
        type: "public-key",
        clientExtensionResults: {},
        response: { clientDataJSON: "e30", attestationObject: "AAAA" },
      },
    }),
  },
  "GET /api/v1/auth/passkeys": { roles: "any", ok: 200 },
  "DELETE /api/v1/auth/passkeys/{id}": { roles: "any", ok: 404 },
  "GET /api/v1/users": { roles: managers, ok: 200 },
  "POST /api/v1/users": {
    roles: managers,
    ok: 201,
    targets: { unseen: 403 },
    body: (ctx) => ({
      username: `m.${ctx.unique}`,
      displayName: "Matrix Account",
      nation: ctx.targetNation,
      organizationId: null,
      personId: null,
      clearance: "OFFICIAL",
      timeZone: "Asia/Seoul",
      password: "matrix account passphrase",
    }),
  },
  "GET /api/v1/users/{id}": { roles: managers, ok: 200, targets: { unseen: 404 } },
  "POST /api/v1/users/{id}/roles": {
    roles: managers,
    ok: "not-refused",
    targets: { unseen: 404 },
    body: grant,
  },
  "POST /api/v1/users/{id}/roles/revoke": {
    roles: managers,
    ok: "not-refused",
    targets: { unseen: 404 },
    body: grant,
  },
  "PUT /api/v1/users/{id}/clearance": {
    roles: managers,
    ok: 200,
    targets: { unseen: 404 },
    body: () => ({ clearance: "OFFICIAL" }),
  },
  "PUT /api/v1/users/{id}/status": {
    roles: managers,
    ok: 200,
    targets: { unseen: 404 },
    body: () => ({ disabled: false }),
  },
  "POST /api/v1/users/{id}/sessions/revoke": { roles: managers, ok: 204, targets: { unseen: 404 } },
  "POST /api/v1/users/{id}/totp/reset": { roles: managers, ok: 409, targets: { unseen: 404 } },
  "GET /api/v1/nations": { roles: readersOfDirectory, ok: 200 },
  "GET /api/v1/organizations": { roles: readersOfDirectory, ok: 200 },
  "POST /api/v1/organizations": {
    roles: writers,
    ok: 201,
    body: (ctx) => ({
      nation: ctx.caller.nation,
      acronym: "MX",
      nameEn: `Matrix ${ctx.unique}`,
      nameKo: "매트릭스",
    }),
  },
  "GET /api/v1/people": { roles: readersOfDirectory, ok: 200 },
  "GET /api/v1/people/{id}": { roles: readersOfDirectory, ok: 404 },
  "POST /api/v1/people": {
    roles: writers,
    ok: 201,
    body: (ctx) => ({
      nameEn: "Matrix Person",
      nameKo: "매트릭스",
      titleEn: "Officer",
      titleKo: "담당관",
      organizationId: ctx.mofaId,
      nation: "KOR",
      timeZone: "Asia/Seoul",
      email: "matrix@example.kr",
    }),
  },
  "GET /api/v1/bodies": { roles: readersOfDirectory, ok: 200 },
  "GET /api/v1/bodies/{id}/escalation-policy": { roles: rosterReaders, ok: "not-forbidden" },
  "POST /api/v1/escalation-policies": {
    roles: rosterManagers,
    ok: "not-forbidden",
    body: (ctx) => ({
      bodyId: ctx.ncgId,
      name: "Matrix ladder",
      steps: [{ tier: "duty-officer", ackTimeoutMinutes: 10, channels: ["in-app"] }],
      repeatCount: 0,
      fallback: { tier: "principal", channels: ["in-app"] },
    }),
  },
  "GET /api/v1/consultations": { roles: consultationReaders, ok: 200 },
  "POST /api/v1/consultations": {
    roles: consultationOpeners,
    ok: "not-forbidden",
    body: (ctx) => ({
      bodyId: ctx.ncgId,
      subject: `Matrix ${ctx.unique}`,
      brief: "A consultation opened by the authorization matrix.",
      classification: "PUBLIC",
      responseDeadline: inAWeek(),
      urgency: "priority",
    }),
  },
  "GET /api/v1/consultations/{id}": onMissingConsultation(),
  "GET /api/v1/consultations/{id}/timeline": onMissingConsultation(),
  "POST /api/v1/consultations/{id}/acknowledge": onMissingConsultation(),
  "POST /api/v1/consultations/{id}/seen": onMissingConsultation(),
  "POST /api/v1/consultations/{id}/position": onMissingConsultation(() => ({
    position: "concur",
    comments: "",
  })),
  "POST /api/v1/consultations/{id}/extend": onMissingConsultation(() => ({
    responseDeadline: inAWeek(),
    reason: "matrix",
  })),
  "POST /api/v1/consultations/{id}/information": onMissingConsultation(() => ({ text: "matrix" })),
  "POST /api/v1/consultations/{id}/close": onMissingConsultation(() => ({ outcome: "matrix" })),
  "GET /api/v1/rosters": { roles: rosterReaders, ok: 200 },
  "POST /api/v1/rosters": {
    roles: rosterManagers,
    ok: "not-forbidden",
    body: (ctx) => ({
      nation: ctx.caller.nation,
      bodyId: ctx.ncgId,
      tier: "director",
      name: `Matrix roster ${ctx.unique}`,
      timeZone: "Asia/Seoul",
      handoverTime: "09:00",
      shiftDays: 7,
      rotationStart: "2026-11-02",
      rotation: [ctx.accountId],
    }),
  },
  "POST /api/v1/rosters/{id}/overrides": {
    roles: "any",
    ok: 404,
    body: () => ({
      kind: "cover",
      userId: "someone",
      otherUserId: null,
      startsAt: inAWeek(),
      endsAt: inAWeek(),
      reason: "",
    }),
  },
  "GET /api/v1/webhooks": { roles: rosterManagers, ok: 200 },
  "POST /api/v1/webhooks": {
    roles: rosterManagers,
    ok: "not-forbidden",
    body: () => ({ url: "https://example.org/hook" }),
  },
  "GET /api/v1/record/checkpoint": { roles: recordReaders, ok: 200 },
  "GET /api/v1/record/keys": { roles: recordReaders, ok: 200 },
  "GET /api/v1/record/entries": { roles: recordReaders, ok: 200, query: "?start=0&end=1" },
  "GET /api/v1/record/proof/inclusion": { roles: recordReaders, ok: 200, query: "?index=0&size=2" },
  "GET /api/v1/record/proof/consistency": { roles: recordReaders, ok: 200, query: "?from=1&to=2" },
  "POST /api/v1/record/cosigners": {
    roles: auditors,
    ok: "not-forbidden",
    body: (ctx) => ({ name: `matrix-${ctx.unique}`, publicKey: "not a key" }),
  },
  "POST /api/v1/record/cosignatures": {
    roles: auditors,
    ok: "not-forbidden",
    body: () => ({ size: 1, cosignature: "not a cosignature" }),
  },
  "POST /api/v1/bodies": {
    roles: writers,
    ok: 201,
    body: (ctx) => ({
      acronym: `M${ctx.unique.slice(0, 6)}`,
      nameEn: "Matrix Body",
      nameKo: "매트릭스",
      memberNations: ["KOR", "USA"],
      classification: "OFFICIAL",
    }),
  },
};

/** The answer `ctx.caller` should get from `route` on `target`. */
function expected(rule: Expectation, caller: Caller, target: Target | null): Expectation["ok"] {
  const mayAct = rule.roles === "any" || rule.roles.includes(caller.role);
  if (!mayAct) return 403;
  if (rule.targets && target) {
    // Accounts are marked OFFICIAL, releasable to their own nation.
    const sees =
      target === "own-nation" && defaultClassificationLadder.indexOf(caller.clearance as "PUBLIC") >= 1;
    if (!sees) return rule.targets.unseen;
  }
  return rule.ok;
}

const fill = (path: string, id: string) => path.replace("{id}", encodeURIComponent(id));

describe.each(storages())("the authorization matrix on $name", (storage) => {
  let server: RunningServer;
  let routes: { method: string; path: string; key: string }[] = [];
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
    const doc: { paths: Record<string, Record<string, unknown>> } = await (
      await fetch(`${server.url}/api/openapi.json`)
    ).json();
    routes = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((m) => ({
        method: m.toUpperCase(),
        path,
        key: `${m.toUpperCase()} ${path}`,
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
    expect(missing, "add these routes to test/authorization-matrix.test.ts").toEqual([]);
  });

  it("answers 401 to anonymous calls of every non-public route", async () => {
    const answers: string[] = [];
    for (const route of routes) {
      if (table[route.key] === "public") continue;
      const response = await fetch(server.url + fill(route.path, "x"), { method: route.method });
      if (response.status !== 401 || !response.headers.get("content-type")?.includes("problem+json"))
        answers.push(`${route.key} → ${response.status}`);
    }
    expect(answers).toEqual([]);
  });

  // Authorization does not depend on the storage, and the full matrix takes a while: SQLite only.
  it.runIf(storage.name === "sqlite")(
    "gives each role, nation and clearance the expected answer on every route",
    async () => {
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
            const response = await caller.http.request(
              route.method,
              fill(route.path, id) + (rule.query ?? ""),
              rule.body?.(ctx),
            );
            const want = expected(rule, caller, target);
            const fine =
              want === "not-refused"
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
    },
  );
});

function isLast(key: string): boolean {
  const rule = table[key];
  return rule !== undefined && rule !== "public" && rule.last === true;
}
