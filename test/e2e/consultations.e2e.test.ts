import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/app/server.ts";
import { checkA11y, seriousOrWorse } from "../browser.ts";
import { demoInBrowser, projectRoot } from "../web-app.ts";

const root = projectRoot;
const demoPassword = process.env.ENTENTE_DEMO_PASSWORD ?? "entente-demo-password";

describe("the consultation console on a phone", () => {
  let demo: Awaited<ReturnType<typeof demoInBrowser>>;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    demo = await demoInBrowser();
    ({ server, browser } = demo);
    page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: "en-US", hasTouch: true });
  }, 180_000);

  afterAll(() => demo?.close());

  it("alerts, acknowledges and records the Korean position", async () => {
    await page.goto(server.url);
    await page.getByLabel("Username").fill("kor.duty");
    await page.getByLabel("Password").fill(demoPassword);
    await page.getByRole("button", { name: "Sign in" }).click();
    // Signing in lands on the console; on a phone the menu stays folded away.
    await page.getByRole("heading", { level: 1, name: "Urgent consultations" }).waitFor();
    expect(await page.getByRole("link", { name: "Nations" }).isVisible()).toBe(false);
    await page.getByRole("button", { name: "Menu" }).click();
    expect(await page.getByRole("link", { name: "Nations" }).isVisible()).toBe(true);
    await page.getByRole("button", { name: "Close menu" }).click();
    await page.getByText("On duty until").first().waitFor();

    // The U.S. secretariat opens the consultation from the console on a desktop screen.
    const desk = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
    await desk.goto(server.url);
    await desk.getByLabel("Username").fill("usa.secretariat");
    await desk.getByLabel("Password").fill(demoPassword);
    await desk.getByRole("button", { name: "Sign in" }).click();
    await desk.getByRole("link", { name: "Consultations" }).click();
    await desk.getByRole("link", { name: "Open a consultation" }).click();
    await desk.getByLabel("Body").selectOption({ label: "NCG" });
    await desk.getByLabel("Subject", { exact: true }).fill("Joint statement on a missile launch");
    await desk.getByLabel("Brief", { exact: true }).fill("Draft text for concurrence within the hour.");
    await desk.getByLabel("Urgency").selectOption("flash");
    await desk.getByRole("button", { name: "Open and alert the other capital" }).click();
    await desk.getByRole("heading", { level: 1, name: "Joint statement on a missile launch" }).waitFor();
    expect(seriousOrWorse(await checkA11y(desk))).toEqual([]);

    const alert = page.getByRole("alert").filter({ hasText: "URGENT CONSULTATION" });
    await alert.waitFor({ timeout: 10_000 });
    await alert.getByRole("link", { name: "Open and acknowledge" }).click();
    await page.getByRole("heading", { level: 1, name: "Joint statement on a missile launch" }).waitFor();
    expect(await page.locator(".marking").first().textContent()).toContain("SECRET // REL TO KOR, USA");
    const deadline = await page.locator(".deadline").textContent();
    expect(deadline).toMatch(/Seoul \d\d:\d\d \(KST\)/);
    expect(deadline).toMatch(/Washington \d\d:\d\d \(E[SD]T\)/);

    const acknowledge = page.getByRole("button", { name: "Acknowledge for KOR" });
    const box = await acknowledge.boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    expect(box?.height).toBeGreaterThanOrEqual(70);
    await acknowledge.click();
    await page.getByRole("heading", { level: 3, name: "KOR · acknowledged" }).waitFor();

    await page.getByLabel("Concur with conditions").check();
    await page.getByLabel("Comments").fill("Seoul concurs if paragraph 2 names the NCG.");
    await page.getByRole("button", { name: "State position" }).click();
    await page.getByRole("heading", { level: 3, name: "KOR · position stated" }).waitFor();
    await page.getByText("KOR stated its position: Concur with conditions").waitFor();
    await page.getByText("KOR acknowledged").waitFor();
    await page.getByText("Draft text for concurrence within the hour.").waitFor();
    await desk.getByRole("heading", { level: 3, name: "KOR · position stated" }).waitFor();
    await desk.close();

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(390);
    expect(seriousOrWorse(await checkA11y(page))).toEqual([]);
    await page.screenshot({ path: join(root, "test-results/consultation-phone.png"), fullPage: true });
  });
});
