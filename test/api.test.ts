// The API through HTTP, on both storages: sign-in, the directory, problem+json for bad input, idempotency.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../src/app/server.ts";
import { readEvents, recordSize } from "../src/record/log.ts";
import { client } from "./http.ts";
import { storages } from "./stores.ts";

const password = "entente-demo-password";

describe.each(storages())("the API on $name", (storage) => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({
      ...storage.fresh(),
      port: 0,
      demo: true,
      logLevel: "silent",
      webDir: "/nonexistent",
    });
  });
  afterAll(async () => {
    await server.close();
    await storage.cleanup();
  });

  async function signedIn(username = "kor.secretariat") {
    const c = client(server.url);
    expect((await c.signIn(username, password)).status).toBe(200);
    return c;
  }

  async function mofaId(c: ReturnType<typeof client>) {
    const orgs = await c.json<{ items: { id: string; acronym: string }[] }>(
      "GET",
      "/api/v1/organizations?nation=KOR",
    );
    const mofa = orgs.body.items.find((o) => o.acronym === "MOFA");
    if (!mofa) throw new Error("demo MOFA missing");
    return mofa.id;
  }

  it("refuses anonymous calls with 401 problem+json", async () => {
    const response = await fetch(`${server.url}/api/v1/people`);
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(await response.json()).toMatchObject({ type: "urn:entente:problem:unauthorized", status: 401 });
  });

  it("signs in the demo accounts and records success and failure without saying which part was wrong", async () => {
    const size = await recordSize(server.store.db);
    const wrong = await client(server.url).json("POST", "/api/v1/auth/login", {
      username: "kor.duty",
      password: "not the password",
    });
    const unknown = await client(server.url).json("POST", "/api/v1/auth/login", {
      username: "nobody",
      password: "whatever it is",
    });
    expect(wrong.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    const c = await signedIn("usa.duty");
    const me = await c.json<{ user: { nation: string; demo: boolean } }>("GET", "/api/v1/auth/me");
    expect(me.body.user).toMatchObject({ nation: "USA", demo: true });
    const types = (await readEvents(server.store.db, size, 10)).map((e) => e.type);
    expect(types).toEqual(["auth.sign-in-failed", "auth.sign-in-failed", "auth.signed-in"]);
  });

  it("lists the demo directory from the seeds", async () => {
    const c = await signedIn();
    const nations = await c.json<{ items: { code: string }[] }>("GET", "/api/v1/nations");
    expect(nations.body.items.map((n) => n.code)).toEqual(["KOR", "USA"]);
    const people = await c.json<{ items: { nameEn: string; nameKo: string; timeZone: string }[] }>(
      "GET",
      "/api/v1/people?nation=USA",
    );
    expect(people.body.items.map((p) => p.nameEn)).toContain("Bonnie Jenkins");
    const ham = (
      await c.json<{ items: { nameEn: string; nameKo: string }[] }>("GET", "/api/v1/people?nation=KOR")
    ).body.items.find((p) => p.nameEn === "Ham Sang-wook");
    expect(ham?.nameKo).toBe("함상욱");
  });

  it("adds a person once however often the same request is retried", async () => {
    const c = await signedIn();
    const person = {
      nameEn: "Lee Ji-won",
      nameKo: "이지원",
      titleEn: "Director, Nuclear Policy",
      titleKo: "원자력정책과장",
      organizationId: await mofaId(c),
      nation: "KOR",
      timeZone: "Asia/Seoul",
      email: "lee.jiwon@mofa.example.kr",
    };
    const headers = { "idempotency-key": "3b241101-e2bb-4255-8caf-4136c566a962" };
    const first = await c.json<{ id: string }>("POST", "/api/v1/people", person, headers);
    expect(first.status).toBe(201);
    const size = await recordSize(server.store.db);
    const retry = await c.json<{ id: string }>("POST", "/api/v1/people", person, headers);
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
    expect(await recordSize(server.store.db)).toBe(size);
    const fetched = await c.json<{ nameKo: string }>("GET", `/api/v1/people/${first.body.id}`);
    expect(fetched.body.nameKo).toBe("이지원");
  });

  it("answers bad input with problem+json naming the field", async () => {
    const c = await signedIn();
    const base = {
      nameEn: "X",
      nameKo: "엑스",
      titleEn: "T",
      titleKo: "티",
      organizationId: await mofaId(c),
      nation: "KOR",
      timeZone: "Asia/Seoul",
      email: "x@example.kr",
    };
    const unknownField = await c.json<{ errors: { path: string }[] }>("POST", "/api/v1/people", {
      ...base,
      rank: 3,
    });
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.errors).toContainEqual(expect.objectContaining({ path: "/rank" }));
    const wrongType = await c.json<{ errors: { path: string }[] }>("POST", "/api/v1/people", {
      ...base,
      nation: 410,
    });
    expect(wrongType.body.errors).toContainEqual(expect.objectContaining({ path: "/nation" }));
    const badZone = await c.json<{ errors: { path: string }[] }>("POST", "/api/v1/people", {
      ...base,
      timeZone: "Mars/Olympus",
    });
    expect(badZone.status).toBe(400);
    expect(badZone.body.errors).toContainEqual(expect.objectContaining({ path: "/timeZone" }));
    const notJson = await c.request("POST", "/api/v1/people", "nameEn=x", { "content-type": "text/plain" });
    expect(notJson.status).toBe(415);
    const huge = await c.request("POST", "/api/v1/people", { ...base, nameEn: "x".repeat(2 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    expect(huge.headers.get("content-type")).toContain("application/problem+json");
    const missing = await c.json("GET", "/api/v1/people/no-such-person");
    expect(missing.status).toBe(404);
    const noRoute = await c.json("GET", "/api/v1/no-such-route");
    expect(noRoute.status).toBe(404);
  });

  it("names the failing fields in Korean for a Korean reader", async () => {
    const c = await signedIn();
    const answer = await c.json<{ detail: string; errors: { path: string; message: string }[] }>(
      "POST",
      "/api/v1/organizations",
      { nation: "KOR", acronym: "", nameEn: "X", nameKo: "엑스", extra: 1 },
      { "accept-language": "ko-KR,ko;q=0.9" },
    );
    expect(answer.status).toBe(400);
    expect(answer.body.detail).toContain("다음 항목을 확인하십시오");
    expect(answer.body.errors).toContainEqual({ path: "/extra", message: "알 수 없는 항목입니다" });
    expect(answer.body.errors.find((e) => e.path === "/acronym")?.message).toMatch(/[가-힣]/);
  });

  it("refuses an unsafe request without the session's CSRF token", async () => {
    const c = await signedIn();
    const response = await c.request(
      "POST",
      "/api/v1/organizations",
      { nation: "KOR", acronym: "X", nameEn: "X", nameKo: "엑스" },
      {
        "x-csrf-token": "forged",
      },
    );
    expect(response.status).toBe(403);
  });

  it("refuses writes to roles that do not carry them", async () => {
    const c = await signedIn("kor.duty");
    const response = await c.json("POST", "/api/v1/organizations", {
      nation: "KOR",
      acronym: "X",
      nameEn: "X",
      nameKo: "엑스",
    });
    expect(response.status).toBe(403);
  });

  it("ends the session on sign-out", async () => {
    const c = await signedIn();
    expect((await c.request("POST", "/api/v1/auth/logout")).status).toBe(204);
    expect((await c.request("GET", "/api/v1/people")).status).toBe(401);
  });

  it("serves OpenAPI 3.1, docs, health, readiness and metrics", async () => {
    const openapi = await (await fetch(`${server.url}/api/openapi.json`)).json();
    expect(openapi.openapi).toBe("3.1.0");
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining(["/api/v1/people", "/api/v1/auth/login"]),
    );
    expect(
      openapi.paths["/api/v1/people"].post.requestBody.content["application/json"].schema.required,
    ).toContain("nameEn");
    expect((await fetch(`${server.url}/api/docs`)).status).toBeLessThan(400);
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: "ok" });
    expect(await (await fetch(`${server.url}/readyz`)).json()).toMatchObject({
      status: "ready",
      database: storage.name,
    });
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toContain("process_cpu_user_seconds_total");
    expect(metrics).toContain("entente_http_request_duration_seconds");
  });
});
