// End to end: a Korean secretariat official signs in, reads the directory in Korean and finds a person.
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/app/server.ts";
import { checkA11y, seriousOrWorse } from "../browser.ts";
import { demoInBrowser, projectRoot } from "../web-app.ts";

const root = projectRoot;
const resultsDir = join(root, "test-results");
const demoPassword = process.env.ENTENTE_DEMO_PASSWORD ?? "entente-demo-password";

async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  expect(seriousOrWorse(await checkA11y(page))).toEqual([]);
}

describe("directory in the browser", () => {
  let demo: Awaited<ReturnType<typeof demoInBrowser>>;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const policyViolations: string[] = [];

  beforeAll(async () => {
    demo = await demoInBrowser();
    ({ server, browser } = demo);
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
    page.on("console", (message) => {
      if (/Content.Security.Policy/i.test(message.text())) policyViolations.push(message.text());
    });
  }, 180_000);

  afterAll(() => demo?.close());

  it("signs in as kor.secretariat and shows the directory under a PUBLIC marking", async () => {
    await page.goto(server.url);
    await page.getByText("DEMO", { exact: false }).first().waitFor();
    await page.getByLabel("Username").fill("kor.secretariat");
    await page.getByLabel("Password").fill(demoPassword);
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "Sign in" }).click();

    // Home is the consultation console; the directory is one click away.
    await page.getByRole("heading", { level: 1, name: "Urgent consultations" }).waitFor();
    await page.getByRole("link", { name: "Nations" }).click();
    await page.getByRole("heading", { level: 1, name: "Nations" }).waitFor();
    await page
      .getByRole("rowheader", { name: /Republic of Korea/ })
      .first()
      .waitFor();
    expect(await page.locator(".marking").first().textContent()).toContain("PUBLIC");
    const clocks = await page.locator(".capital-clocks").textContent();
    expect(clocks).toMatch(/Seoul \d\d:\d\d \(KST\)/);
    expect(clocks).toMatch(/Washington \d\d:\d\d \(E[SD]T\)/);
    await expectNoSeriousA11yViolations(page);
  });

  it("switches to Korean and finds Ham Sang-wook / 함상욱 among the people", async () => {
    await page.getByRole("button", { name: "한국어" }).click();
    await page.getByRole("heading", { level: 1, name: "국가" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("ko");
    const header = await page.locator("header").textContent();
    for (const word of ["인물", "기관", "로그아웃", "서울", "워싱턴"]) expect(header).toContain(word);

    await page.getByRole("navigation").getByRole("link", { name: "인물" }).click();
    const ham = page.getByRole("row", { name: /함상욱/ });
    await ham.waitFor();
    expect(await ham.textContent()).toContain("Ham Sang-wook");
    await expectNoSeriousA11yViolations(page);

    await page.mouse.move(0, 0); // no hover styles in the screenshot
    await mkdir(resultsDir, { recursive: true });
    await page.screenshot({ path: join(resultsDir, "directory-ko.png"), fullPage: true });
  });

  it("keeps Korean and the page after a reload (deep link served by the server)", async () => {
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "인물" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("ko");
  });

  it("adds a person: field errors from the server first, then the new entry", async () => {
    await page.getByRole("link", { name: "인물 추가" }).click();
    const submit = page.getByRole("button", { name: "인물 추가" });
    await submit.click();
    await page.locator(".error-summary").waitFor();
    expect(await page.locator("#person-nameEn").getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#person-nameEn-error").textContent()).not.toBe("");

    await page.locator("#person-nameEn").fill("Lee Ji-won");
    await page.locator("#person-nameKo").fill("이지원");
    await page.locator("#person-titleEn").fill("Director, North American Affairs (fictional)");
    await page.locator("#person-titleKo").fill("북미국장 (가상 인물)");
    await page.locator("#person-organizationId").selectOption({ index: 1 });
    await page.locator("#person-email").fill("lee.jiwon@mofa.example.kr");
    await submit.click();
    await page.getByRole("heading", { level: 1, name: "이지원" }).waitFor();
    expect(await page.locator("dl.details").textContent()).toContain("Lee Ji-won");
  });

  it("runs under the server's Content-Security-Policy without a violation", () => {
    expect(policyViolations).toEqual([]);
  });
});
