// TOTP enrolment, sign-in with a code, replay and expiry refused, recovery codes, and the record —
// through HTTP on both storages.
import { generate } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../src/app/server.ts";
import { readEvents, recordSize } from "../src/record/log.ts";
import { testPassword, user } from "./factories.ts";
import { client } from "./http.ts";
import { storages } from "./stores.ts";

describe.each(storages())("second factors on $name", (storage) => {
  let server: RunningServer;
  let clock = Date.UTC(2026, 10, 26, 3, 0, 5);
  const at = (seconds: number) => {
    clock += seconds * 1000;
  };
  const codeNow = (secret: string) => generate({ secret, epoch: Math.floor(clock / 1000) });

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

  /** A fresh account that must use a second factor, signed in and enrolled in TOTP. */
  async function enrolled() {
    const account = await user(server.pipeline, { demo: false, role: "principal" });
    const c = client(server.url);
    expect((await c.signIn(account.username, testPassword)).status).toBe(200);
    const started = await c.json<{ secret: string; otpauthUri: string }>("POST", "/api/v1/auth/totp");
    expect(started.status).toBe(201);
    const { secret } = started.body;
    const confirmed = await c.json<{ recoveryCodes: string[] }>("POST", "/api/v1/auth/totp/confirm", {
      code: await codeNow(secret),
    });
    expect(confirmed.status).toBe(200);
    return { account, c, secret, recoveryCodes: confirmed.body.recoveryCodes };
  }

  it("keeps an account that must use a second factor to enrolment until it has one", async () => {
    const account = await user(server.pipeline, { demo: false, role: "secretariat" });
    const c = client(server.url);
    const signedIn = await c.signIn(account.username, testPassword);
    expect(await signedIn.json()).toMatchObject({ secondFactorSetupRequired: true });
    expect((await c.json("GET", "/api/v1/people")).status).toBe(403);
    expect((await c.json("GET", "/api/v1/auth/security")).body).toMatchObject({
      secondFactorRequired: true,
      secondFactorSetupRequired: true,
    });
    const started = await c.json<{ secret: string; otpauthUri: string }>("POST", "/api/v1/auth/totp");
    expect(started.body.otpauthUri).toContain(`otpauth://totp/Entente:${account.username}?secret=`);
    const wrong = await c.json("POST", "/api/v1/auth/totp/confirm", { code: "000000" });
    expect(wrong.status).toBe(400);
    const confirmed = await c.json<{ recoveryCodes: string[] }>("POST", "/api/v1/auth/totp/confirm", {
      code: await codeNow(started.body.secret),
    });
    expect(confirmed.body.recoveryCodes).toHaveLength(10);
    expect((await c.json("GET", "/api/v1/people")).status).toBe(200);
  });

  it("asks for the code, signs in with it once, and refuses its replay and expired codes", async () => {
    const { account, secret } = await enrolled();
    const noCode = await client(server.url).json<{ secondFactor: string }>("POST", "/api/v1/auth/login", {
      username: account.username,
      password: testPassword,
    });
    expect(noCode.status).toBe(401);
    expect(noCode.body.secondFactor).toBe("totp");

    at(30);
    const code = await codeNow(secret);
    expect((await client(server.url).signIn(account.username, testPassword, code)).status).toBe(200);
    const replay = await client(server.url).signIn(account.username, testPassword, code);
    expect(replay.status).toBe(401);
    expect(replay.headers.get("content-type")).toContain("application/problem+json");

    at(30);
    const expired = await generate({ secret, epoch: Math.floor(clock / 1000) - 120 });
    expect((await client(server.url).signIn(account.username, testPassword, expired)).status).toBe(401);
    expect((await client(server.url).signIn(account.username, testPassword, "12ab56")).status).toBe(401);
    expect(
      (await client(server.url).signIn(account.username, testPassword, await codeNow(secret))).status,
    ).toBe(200);
  });

  it("accepts each recovery code once", async () => {
    const { account, recoveryCodes } = await enrolled();
    const [first = ""] = recoveryCodes;
    expect((await client(server.url).signIn(account.username, testPassword, first)).status).toBe(200);
    expect((await client(server.url).signIn(account.username, testPassword, first)).status).toBe(401);
  });

  it("puts second-factor changes and sign-ins on the record without any secret", async () => {
    const before = await recordSize(server.store.db);
    const { account, c, secret, recoveryCodes } = await enrolled();
    at(30);
    expect(
      (await client(server.url).signIn(account.username, testPassword, await codeNow(secret))).status,
    ).toBe(200);
    const disabled = await c.json("POST", "/api/v1/auth/totp/disable", {
      password: "not my password at all",
    });
    expect(disabled.status).toBe(400);
    const events = await readEvents(server.store.db, before, 100);
    const mine = events.filter((e) => e.subject.id === account.id);
    expect(mine.map((e) => e.type)).toEqual([
      "user.created",
      "user.role-granted",
      "auth.signed-in",
      "auth.second-factor-changed",
      "auth.signed-in",
    ]);
    expect(mine[3]?.body).toMatchObject({ factor: "totp", change: "enabled", by: account.id });
    expect(mine[4]?.body).toMatchObject({ via: "password+totp" });
    const everything = JSON.stringify(events);
    expect(everything).not.toContain(secret);
    for (const code of recoveryCodes) expect(everything).not.toContain(code);
  });

  it("refuses to leave a cleared account without a second factor, but lets an administrator reset it", async () => {
    const { account, c } = await enrolled();
    const own = await c.json("POST", "/api/v1/auth/totp/disable", { password: testPassword });
    expect(own.status).toBe(409);
    const admin = client(server.url);
    await admin.signIn("admin", "entente-demo-password");
    expect((await admin.json("POST", `/api/v1/users/${account.id}/totp/reset`)).status).toBe(204);
    const security = await c.json("GET", "/api/v1/auth/security");
    expect(security.body).toMatchObject({ totp: false, secondFactorSetupRequired: true });
  });

  it("lets a demo account turn TOTP on and off with its password", async () => {
    const demo = await user(server.pipeline, { role: "delegate" });
    const c = client(server.url);
    await c.signIn(demo.username, testPassword);
    const started = await c.json<{ secret: string }>("POST", "/api/v1/auth/totp");
    await c.json("POST", "/api/v1/auth/totp/confirm", { code: await codeNow(started.body.secret) });
    const codes = await c.json<{ recoveryCodes: string[] }>("POST", "/api/v1/auth/recovery-codes", {
      password: testPassword,
    });
    expect(codes.body.recoveryCodes).toHaveLength(10);
    expect((await c.json("POST", "/api/v1/auth/totp/disable", { password: testPassword })).status).toBe(204);
    expect((await client(server.url).signIn(demo.username, testPassword)).status).toBe(200);
  });
});
