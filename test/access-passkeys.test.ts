// Passkeys end to end in Chromium with a virtual authenticator (the DevTools WebAuthn domain):
// register while signed in, then sign in with the passkey alone; a replayed assertion is refused.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../src/app/server.ts";
import { readEvents, recordSize } from "../src/record/log.ts";
import { launchBrowser } from "./browser.ts";
import { testPassword, user } from "./factories.ts";
import { client } from "./http.ts";
import { storages } from "./stores.ts";

/** A page on the server's origin (as localhost, since WebAuthn refuses IP addresses) with a virtual passkey. */
async function pageWithAuthenticator(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  await page.goto(`${url.replace("127.0.0.1", "localhost")}/api/v1/meta`);
  return page;
}

describe.each(storages())("passkeys in Chromium on $name", (storage) => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({
      ...storage.fresh(),
      port: 0,
      demo: true,
      logLevel: "silent",
      webDir: "/nonexistent",
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
    await storage.cleanup();
  });

  it("registers a passkey for an account that needs a second factor, then signs in with it once", async () => {
    const account = await user(server.pipeline, { demo: false, role: "principal" });
    const page = await pageWithAuthenticator(browser, server.url);
    const before = await recordSize(server.store.db);

    const registered = await page.evaluate(
      async ({ username, password }) => {
        const post = (path: string, body: unknown, csrf?: string) =>
          fetch(path, {
            method: "POST",
            headers: { "content-type": "application/json", ...(csrf ? { "x-csrf-token": csrf } : {}) },
            body: JSON.stringify(body),
          });
        const login = await (await post("/api/v1/auth/login", { username, password })).json();
        const options = await (await post("/api/v1/auth/passkeys/options", {}, login.csrfToken)).json();
        const credential = await navigator.credentials.create({
          publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options),
        });
        if (!(credential instanceof PublicKeyCredential)) throw new Error("no credential");
        const saved = await post(
          "/api/v1/auth/passkeys",
          { name: "Virtual key", response: credential.toJSON() },
          login.csrfToken,
        );
        const replayed = await post(
          "/api/v1/auth/passkeys",
          { name: "Again", response: credential.toJSON() },
          login.csrfToken,
        );
        const security = await (await fetch("/api/v1/auth/security")).json();
        return {
          setupFirst: login.secondFactorSetupRequired,
          saved: saved.status,
          replayed: replayed.status,
          security,
        };
      },
      { username: account.username, password: testPassword },
    );
    expect(registered).toMatchObject({
      setupFirst: true,
      saved: 201,
      replayed: 400,
      security: { passkeys: 1, secondFactorSetupRequired: false },
    });

    // With a passkey and no TOTP, the password alone no longer signs this account in.
    const passwordOnly = await client(server.url).json<{ secondFactor: string }>(
      "POST",
      "/api/v1/auth/login",
      {
        username: account.username,
        password: testPassword,
      },
    );
    expect(passwordOnly.status).toBe(401);
    expect(passwordOnly.body.secondFactor).toBe("passkey");

    const signedIn = await page.evaluate(async () => {
      const post = (path: string, body: unknown) =>
        fetch(path, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        });
      const { csrfToken } = await (await fetch("/api/v1/auth/me")).json();
      await fetch("/api/v1/auth/logout", { method: "POST", headers: { "x-csrf-token": csrfToken } });
      const options = await (await post("/api/v1/auth/passkey/options", {})).json();
      const assertion = await navigator.credentials.get({
        publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options),
      });
      if (!(assertion instanceof PublicKeyCredential)) throw new Error("no assertion");
      const body = { response: assertion.toJSON() };
      const first = await post("/api/v1/auth/passkey/login", body);
      const me = await (await fetch("/api/v1/auth/me")).json();
      const replay = await post("/api/v1/auth/passkey/login", body);
      return {
        first: first.status,
        username: me.user?.username,
        replay: replay.status,
        replayType: replay.headers.get("content-type"),
      };
    });
    expect(signedIn).toMatchObject({ first: 200, username: account.username, replay: 401 });
    expect(signedIn.replayType).toContain("application/problem+json");

    const events = (await readEvents(server.store.db, before, 50)).filter((e) => e.subject.id === account.id);
    expect(events.map((e) => e.type)).toEqual([
      "auth.signed-in",
      "auth.second-factor-changed",
      "auth.signed-out",
      "auth.signed-in",
    ]);
    expect(events[1]?.body).toMatchObject({ factor: "passkey", change: "enabled", name: "Virtual key" });
    expect(events[3]?.body).toMatchObject({ via: "passkey" });
    await page.close();
  });
});
