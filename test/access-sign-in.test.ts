// Sign-in abuse resistance on both storages: throttling per account and per address, lockout with a
// notice, identical refusals for unknown accounts, forged and expired cookies, password changes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../src/app/server.ts";
import { readEvents, recordSize } from "../src/record/log.ts";
import { testPassword, user } from "./factories.ts";
import { client } from "./http.ts";
import { storages } from "./stores.ts";

const demoPassword = "entente-demo-password";

describe.each(storages())("sign-in on $name", (storage) => {
  let server: RunningServer;
  let clock = Date.UTC(2026, 10, 26, 3, 0, 0);
  const later = (minutes: number) => {
    clock += minutes * 60_000;
  };
  const login = (username: string, password: string) =>
    client(server.url).json<Record<string, unknown>>("POST", "/api/v1/auth/login", { username, password });

  beforeAll(async () => {
    server = await startServer({
      ...storage.fresh(),
      port: 0,
      demo: true,
      logLevel: "silent",
      webDir: "/nonexistent",
    });
    server.pipeline.now = () => new Date(clock);
  });
  afterAll(async () => {
    await server.close();
    await storage.cleanup();
  });

  it("locks an account after five failures, answers unknown names the same way, and tells the user", async () => {
    const before = await recordSize(server.store.db);
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 5; i++) {
      known.push((await login("kor.principal", `wrong password number ${i}`)).status);
      unknown.push((await login("kor.nobody", `wrong password number ${i}`)).status);
    }
    expect(known).toEqual([401, 401, 401, 401, 401]);
    expect(unknown).toEqual(known);
    const locked = await client(server.url).request("POST", "/api/v1/auth/login", {
      username: "kor.principal",
      password: demoPassword,
    });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBe(900);
    expect(locked.headers.get("content-type")).toContain("application/problem+json");
    const lockedUnknown = await login("kor.nobody", demoPassword);
    expect(lockedUnknown.body).toEqual(await locked.json());

    const lockouts = (await readEvents(server.store.db, before, 100)).filter(
      (e) => e.type === "auth.locked-out",
    );
    expect(lockouts).toHaveLength(2);
    expect(lockouts[0]?.body).toMatchObject({
      scope: "account",
      until: new Date(clock + 900_000).toISOString(),
    });

    later(16);
    const c = client(server.url);
    expect((await c.signIn("kor.principal", demoPassword)).status).toBe(200);
    const activity = await c.json<{ items: { type: string }[] }>("GET", "/api/v1/auth/activity");
    expect(activity.body.items.map((e) => e.type)).toContain("auth.locked-out");
  });

  it("refuses a disabled or production-refused account with the same message as a wrong password", async () => {
    const account = await user(server.pipeline);
    const admin = client(server.url);
    await admin.signIn("admin", demoPassword);
    expect((await admin.json("PUT", `/api/v1/users/${account.id}/status`, { disabled: true })).status).toBe(
      200,
    );
    const refused = await login(account.username, testPassword);
    const wrong = await login("kor.duty", "certainly not the password");
    expect(refused.status).toBe(401);
    expect(refused.body).toEqual(wrong.body);
  });

  it("refuses forged and expired session cookies and unsafe requests without the CSRF token", async () => {
    const forged = await fetch(`${server.url}/api/v1/auth/me`, {
      headers: { cookie: "entente_session=forged" },
    });
    expect(forged.status).toBe(401);
    expect(forged.headers.get("content-type")).toContain("application/problem+json");
    const c = client(server.url);
    await c.signIn("kor.duty", demoPassword);
    const size = await recordSize(server.store.db);
    const noCsrf = await c.request(
      "POST",
      "/api/v1/auth/tokens",
      { name: "x", days: 1, scopes: ["read"] },
      {
        "x-csrf-token": "",
      },
    );
    expect(noCsrf.status).toBe(403);
    expect(await recordSize(server.store.db)).toBe(size);
    later(61);
    expect((await c.json("GET", "/api/v1/auth/me")).status).toBe(401);
  });

  it("refuses malformed credentials with problem+json naming the field", async () => {
    const c = client(server.url);
    const missing = await c.json<{ errors: { path: string }[] }>("POST", "/api/v1/auth/login", {
      username: "x",
    });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toContainEqual(expect.objectContaining({ path: "/password" }));
    const extra = await c.json("POST", "/api/v1/auth/login", { username: "x", password: "y", admin: true });
    expect(extra.status).toBe(400);
    const huge = await c.request("POST", "/api/v1/auth/login", {
      username: "x",
      password: "y".repeat(20_000),
    });
    expect(huge.status).toBe(413);
    expect(huge.headers.get("content-type")).toContain("application/problem+json");
    const notJson = await c.request("POST", "/api/v1/auth/login", "username=x", {
      "content-type": "text/plain",
    });
    expect(notJson.status).toBe(415);
  });

  it("changes a password by the current one and the rules, ending the other sessions", async () => {
    const account = await user(server.pipeline);
    const here = client(server.url);
    const there = client(server.url);
    await here.signIn(account.username, testPassword);
    await there.signIn(account.username, testPassword);
    const wrongCurrent = await here.json("POST", "/api/v1/auth/password", {
      currentPassword: "not the current one",
      newPassword: "a quiet lake at dawn in autumn",
    });
    expect(wrongCurrent.status).toBe(400);
    const weak = await here.json<{ errors: { path: string; message: string }[] }>(
      "POST",
      "/api/v1/auth/password",
      {
        currentPassword: testPassword,
        newPassword: "password123456",
      },
    );
    expect(weak.body.errors[0]).toMatchObject({ path: "/newPassword" });
    const short = await here.json("POST", "/api/v1/auth/password", {
      currentPassword: testPassword,
      newPassword: "short phrase",
    });
    expect(short.status).toBe(400);
    const before = await recordSize(server.store.db);
    const changed = await here.json("POST", "/api/v1/auth/password", {
      currentPassword: testPassword,
      newPassword: "a quiet lake at dawn in autumn",
    });
    expect(changed.status).toBe(204);
    expect((await here.json("GET", "/api/v1/auth/me")).status).toBe(200);
    expect((await there.json("GET", "/api/v1/auth/me")).status).toBe(401);
    expect((await login(account.username, testPassword)).status).toBe(401);
    expect((await login(account.username, "a quiet lake at dawn in autumn")).status).toBe(200);
    const [event] = await readEvents(server.store.db, before, 1);
    expect(event).toMatchObject({ type: "auth.password-changed", body: { userId: account.id } });
    expect(JSON.stringify(event)).not.toContain("quiet lake");
  });

  it("sends security headers", async () => {
    const response = await fetch(`${server.url}/api/v1/meta`);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(response.headers.get("content-security-policy")).not.toContain("unsafe-inline");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("strict-transport-security")).toBeNull();
  });

  it("sends HSTS when the deployment is served over TLS", async () => {
    const behindTls = await startServer({
      ...storage.fresh(),
      port: 0,
      demo: false,
      logLevel: "silent",
      webDir: "/nonexistent",
      secureCookies: true,
    });
    const response = await fetch(`${behindTls.url}/api/v1/meta`);
    expect(response.headers.get("strict-transport-security")).toContain("max-age=");
    await behindTls.close();
  });

  // Last: it locks this test server's only client address.
  it("throttles one address that tries many accounts", async () => {
    later(30);
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await login(`guess.${i}`, "some password guess")).status);
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses[30]).toBe(429);
    expect((await login("kor.duty", demoPassword)).status).toBe(429);
  });
});
