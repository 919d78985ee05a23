// The bodies pages in a real browser (system Chromium) against the built web app and the living demo:
// public readouts without sign-in, bodies → session with its marked agenda, the commitments dashboard.
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../src/app/server.ts";
import { checkA11y, chromiumPath, launchBrowser, seriousOrWorse } from "./browser.ts";

const webDir = join(import.meta.dirname, "..", "dist", "web");
const ready = existsSync(chromiumPath) && existsSync(join(webDir, "index.html"));

describe.skipIf(!ready)("bodies pages in the browser", () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({
      dataDir: mkdtempSync(join(tmpdir(), "entente-web-")),
      port: 0,
      demo: true,
      logLevel: "silent",
      webDir,
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("shows the published readout to anyone, in the seed's form", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/readouts`);
    await page
      .getByRole("heading", {
        name: "ROK and the U.S. hold a High-Level Disarmament and Non-Proliferation Consultation",
      })
      .waitFor();
    expect(await page.locator(".readout-sub-point").count()).toBeGreaterThanOrEqual(5);
    expect(seriousOrWorse(await checkA11y(page))).toEqual([]);
    await page.close();
  });

  it("walks from the bodies list to the 2021 session and to the commitments dashboard", async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.locator("#username").fill("kor.secretariat");
    await page.locator("#password").fill("entente-demo-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("link", { name: "Bodies" }).click();
    await page.getByRole("link", { name: "DNP" }).click();
    await page
      .getByRole("link", { name: /High-Level Disarmament and Non-Proliferation Consultation/ })
      .click();
    await page.getByRole("heading", { name: "Agenda" }).waitFor();
    expect(await page.locator("ol.agenda > li").count()).toBe(5);
    expect(await page.getByText("CONFIDENTIAL // REL TO KOR, USA").count()).toBeGreaterThan(0);
    expect(seriousOrWorse(await checkA11y(page))).toEqual([]);
    await page.getByRole("link", { name: "Commitments" }).click();
    await page.getByRole("table").waitFor();
    expect(await page.locator("tr.overdue").count()).toBeGreaterThan(0);
    expect(seriousOrWorse(await checkA11y(page))).toEqual([]);
    await page.close();
  });
});
