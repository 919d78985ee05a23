// End to end on a phone-sized screen: the Korean duty officer gets the loud alert for a U.S. request,
// acknowledges with the large button, states a position, and the timeline shows it in both capitals' times.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../../src/app/server.ts";
import { checkA11y, launchBrowser, seriousOrWorse } from "../browser.ts";
import { client } from "../http.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const webDir = join(root, "dist/web");
const demoPassword = process.env.ENTENTE_DEMO_PASSWORD ?? "entente-demo-password";

describe("the consultation console on a phone", () => {
  let dataDir: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(join(webDir, "index.html"))) {
      const build = spawnSync("npm", ["run", "build:web"], { cwd: root, stdio: "inherit" });
      if (build.status !== 0) throw new Error("npm run build:web failed");
    }
    dataDir = await mkdtemp(join(tmpdir(), "entente-e2e-"));
    server = await startServer({ port: 0, host: "127.0.0.1", dataDir, webDir, demo: true, logLevel: "warn" });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: "en-US", hasTouch: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("alerts, acknowledges and records the Korean position", async () => {
    await page.goto(server.url);
    await page.getByLabel("Username").fill("kor.duty");
    await page.getByLabel("Password").fill(demoPassword);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("link", { name: "Consultations" }).click();
    await page.getByRole("heading", { level: 1, name: "Urgent consultations" }).waitFor();
    await page.getByText("On duty until").first().waitFor();

    const usa = client(server.url);
    await usa.signIn("usa.secretariat", demoPassword);
    const bodies = await usa.json<{ items: { id: string; acronym: string }[] }>("GET", "/api/v1/bodies");
    const opened = await usa.json<{ id: string }>("POST", "/api/v1/consultations", {
      bodyId: bodies.body.items.find((b) => b.acronym === "NCG")?.id,
      subject: "Joint statement on a missile launch",
      brief: "Draft text for concurrence within the hour.",
      classification: "SECRET",
      responseDeadline: new Date(Date.now() + 3_600_000).toISOString(),
      urgency: "flash",
    });
    expect(opened.status).toBe(201);

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

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(390);
    expect(seriousOrWorse(await checkA11y(page))).toEqual([]);
    await page.screenshot({ path: join(root, "test-results/consultation-phone.png"), fullPage: true });
  });
});
