// Shared Chromium for browser tests (the system's /usr/bin/chromium, never a downloaded build) and an axe check.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type Axe from "axe-core";
import { type Browser, chromium, type Page } from "playwright-core";

declare global {
  interface Window {
    /** Set by evaluating axe.min.js in the page. */
    axe: typeof Axe;
  }
}

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Starts headless Chromium; close it with `browser.close()` in afterAll. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
      "--no-first-run",
    ],
  });
}

export type A11yViolation = {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  targets: string[];
};

const wcag22aa = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

let axeSource: Promise<string> | null = null;

function loadAxe(): Promise<string> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  return axeSource;
}

/**
 * Runs axe-core against the page with the WCAG 2.2 AA rule set and returns every violation.
 * axe is evaluated through the DevTools protocol, which the page's Content-Security-Policy does not block.
 * Example: `expect(seriousOrWorse(await checkA11y(page))).toEqual([])`.
 */
export async function checkA11y(page: Page): Promise<A11yViolation[]> {
  await page.evaluate(await loadAxe());
  return page.evaluate(async (tags) => {
    const results = await window.axe.run(document, { runOnly: { type: "tag", values: tags } });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      helpUrl: violation.helpUrl,
      targets: violation.nodes.flatMap((node) => node.target.map(String)),
    }));
  }, wcag22aa);
}

/** The violations a test should fail on: serious and critical ones. */
export function seriousOrWorse(violations: A11yViolation[]): A11yViolation[] {
  return violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
}
