// End to end: a U.S. auditor opens the shared record, sees markings and hash-only entries,
// and proves an entry's inclusion in the signed checkpoint inside the browser.
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/app/server.ts";
import { checkA11y, seriousOrWorse } from "../browser.ts";
import { demoInBrowser, projectRoot } from "../web-app.ts";

const root = projectRoot;

describe("the record explorer in the browser", () => {
  let demo: Awaited<ReturnType<typeof demoInBrowser>>;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    demo = await demoInBrowser();
    ({ server, browser } = demo);
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
  }, 180_000);

  afterAll(() => demo?.close());

  it("shows the signed checkpoint, marked entries, hashes for the rest, and verifies inclusion", async () => {
    await page.goto(server.url);
    await page.getByLabel("Username").fill("usa.auditor");
    await page.getByLabel("Password").fill("entente-demo-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("link", { name: "Shared record" }).click();
    await page.getByRole("heading", { level: 1, name: "Shared record" }).waitFor();
    await page.getByText("Latest signed checkpoint").waitFor();
    await expect
      .poll(() => page.locator(".facts dd").nth(3).textContent())
      .toContain(server.config.recordOrigin);
    expect(await page.getByText("OFFICIAL // REL TO USA").count()).toBeGreaterThan(0);
    expect(await page.getByText("Not releasable to you — hash only").count()).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Verify inclusion" }).first().click();
    await page.getByText("✓ Included in the signed checkpoint").waitFor();
    expect(seriousOrWorse(await checkA11y(page))).toEqual([]);
    await mkdir(join(root, "test-results"), { recursive: true });
    await page.screenshot({ path: join(root, "test-results/record-explorer.png"), fullPage: false });
  });
});
