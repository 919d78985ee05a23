// The bodies pages in a real browser (system Chromium) against the built web app and the living demo:
// public readouts without sign-in, bodies → session with its marked agenda, the commitments dashboard.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../../src/app/server.ts";
import { checkA11y, launchBrowser, seriousOrWorse } from "../browser.ts";
import { builtWebApp } from "../web-app.ts";

describe("bodies pages in the browser", () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({
      dataDir: mkdtempSync(join(tmpdir(), "entente-web-")),
      port: 0,
      demo: true,
      logLevel: "silent",
      webDir: builtWebApp(),
    });
    browser = await launchBrowser();
  }, 180_000);
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

  it("schedules a session, adds a marked agenda item and records a commitment update through the forms", async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.locator("#username").fill("kor.secretariat");
    await page.locator("#password").fill("entente-demo-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("link", { name: "Bodies" }).click();
    await page.getByRole("link", { name: "SPD" }).click();
    await page.getByText("Schedule a session").click();
    await page.locator("#schedule-titleEn").fill("6th Space Policy Dialogue");
    await page.locator("#schedule-titleKo").fill("제6차 우주정책대화");
    const nextYear = new Date().getUTCFullYear() + 1;
    await page.locator("#schedule-start").fill(`${nextYear}-03-10T10:00`);
    await page.locator("#schedule-placeEn").fill("Seoul");
    await page.locator("#schedule-placeKo").fill("서울");
    await page.locator("#schedule-level").fill("Director-General");
    await page.getByRole("button", { name: "Schedule", exact: true }).click();
    await page.getByRole("heading", { name: "6th Space Policy Dialogue" }).waitFor();
    expect(await page.getByText(/Local 10:00 \(KST\)/).count()).toBe(1);
    await page.getByText("Add an agenda item").click();
    await page.locator("#agenda-title-en").fill("Norms of responsible behaviour");
    await page.locator("#agenda-title-ko").fill("책임있는 행동 규범");
    await page.locator("#agenda-owner").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await page.getByRole("heading", { name: /Norms of responsible behaviour/ }).waitFor();
    expect(seriousOrWorse(await checkA11y(page))).toEqual([]);

    await page.getByRole("link", { name: "Search" }).click();
    await page.locator("#search-q").fill("책임있는 행동 규범");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByText("1 result you may see").waitFor();

    await page.getByRole("link", { name: "Commitments" }).click();
    await page.getByRole("link", { name: /Establish the Nuclear Consultative Group/ }).click();
    await page.getByRole("heading", { name: "Updates" }).waitFor();
    await page.locator("#update-date").fill("2026-01-15");
    await page.locator("#update-noteEn").fill("Second session held (test).");
    await page.locator("#update-noteKo").fill("2차 회의 개최 (시험).");
    await page.getByRole("button", { name: "Record" }).click();
    await page.getByText("Second session held (test).").waitFor();
    expect(seriousOrWorse(await checkA11y(page))).toEqual([]);
    await page.close();
  });
});
