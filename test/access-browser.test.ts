// The security pages in Chromium: sign in with a password, set up an authenticator app from the
// otpauth:// URI's key, add a passkey through a virtual authenticator (DevTools WebAuthn domain),
// then sign in again with password and TOTP; a passkey sign-in from the sign-in page; axe on both pages.
import { generate } from "otplib";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../src/app/server.ts";
import { checkA11y, launchBrowser, seriousOrWorse } from "./browser.ts";
import { testPassword, user } from "./factories.ts";
import { storages } from "./stores.ts";
import { builtWebApp } from "./web-app.ts";

describe.each(storages())("the security pages on $name", (storage) => {
  let server: RunningServer;
  let browser: Browser;
  let clock = Date.now();
  let base = "";

  beforeAll(async () => {
    server = await startServer({
      ...storage.fresh(),
      port: 0,
      demo: true,
      logLevel: "silent",
      webDir: builtWebApp(),
    });
    server.pipeline.now = () => new Date(clock);
    // WebAuthn refuses IP addresses as relying parties; localhost is a secure context.
    base = server.url.replace("127.0.0.1", "localhost");
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
    await storage.cleanup();
  });

  async function signIn(page: Page, username: string, code?: () => Promise<string>) {
    await page.goto(`${base}/`);
    await page.locator("#username").fill(username);
    await page.locator("#password").fill(testPassword);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    if (code) {
      await page.locator("#code").fill(await code());
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
    }
    await page.getByRole("button", { name: "Sign out" }).waitFor();
  }

  /** A page whose browser holds a virtual platform authenticator that verifies the user. */
  async function pageWithAuthenticator() {
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
    return page;
  }

  it("enrols TOTP and a passkey, then signs in with password and code", async () => {
    const account = await user(server.pipeline, { demo: false, role: "delegate" });
    const page = await pageWithAuthenticator();

    await signIn(page, account.username);
    await page.goto(`${base}/security`);
    await expect.poll(() => page.getByRole("alert").first().textContent()).toContain("second factor");
    await page.getByRole("button", { name: "Set up an authenticator app" }).click();
    const uri = await page.getByTestId("otpauth-uri").textContent();
    expect(uri).toContain(`otpauth://totp/Entente:${account.username}?secret=`);
    const secret = (await page.getByTestId("totp-secret").textContent()) ?? "";
    const codeNow = () => generate({ secret, epoch: Math.floor(clock / 1000) });
    await page.locator("#totp-code").fill(await codeNow());
    await page.getByRole("button", { name: "Confirm" }).click();
    await expect.poll(() => page.locator(".recovery-codes li").count()).toBe(10);

    await page.locator("#passkey-name").fill("Laptop key");
    await page.getByRole("button", { name: "Add a passkey" }).click();
    await page.getByRole("button", { name: "Remove Laptop key" }).waitFor();

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.locator("#username").waitFor();
    clock += 30_000;
    await signIn(page, account.username, codeNow);
    await page.goto(`${base}/security`);
    await page.getByRole("button", { name: "Remove Laptop key" }).waitFor();
    await expect.poll(() => page.getByText("Second factor changed").count()).toBe(2);
    await page.close();
  });

  it("shows the security and accounts pages without serious accessibility problems", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    await page.locator("#username").fill("admin");
    await page.locator("#password").fill("entente-demo-password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByRole("link", { name: "Accounts" }).click();
    await page.getByRole("heading", { name: "Accounts" }).waitFor();
    expect(seriousOrWorse(await checkA11y(page))).toEqual([]);
    await page.getByRole("link", { name: "Your security" }).click();
    await page.getByRole("heading", { name: "API tokens" }).waitFor();
    expect(seriousOrWorse(await checkA11y(page))).toEqual([]);
    await page.close();
  });

  // Needs <PasskeySignIn> from web/src/access/PasskeySignIn.tsx on the sign-in page.
  it("signs in with a passkey from the sign-in page", async () => {
    const account = await user(server.pipeline, { demo: false, role: "observer" });
    const page = await pageWithAuthenticator();
    await signIn(page, account.username);
    await page.goto(`${base}/security`);
    await page.locator("#passkey-name").fill("Phone key");
    await page.getByRole("button", { name: "Add a passkey" }).click();
    await page.getByRole("button", { name: "Remove Phone key" }).waitFor();
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("button", { name: "Use a passkey instead" }).click();
    await page.getByRole("button", { name: "Sign out" }).waitFor();
    await page.close();
  });
});
