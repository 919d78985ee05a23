// The built web app for browser tests (built once when dist/web is missing, never skipped), and the
// demo served with it to a fresh Chromium.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { type RunningServer, startServer } from "../src/app/server.ts";
import { launchBrowser } from "./browser.ts";

export const projectRoot = fileURLToPath(new URL("..", import.meta.url));
export const webDir = join(projectRoot, "dist/web");

/** The folder of the built web app, building it first when it is not there. */
export function builtWebApp(): string {
  if (existsSync(join(webDir, "index.html"))) return webDir;
  const build = spawnSync("npm", ["run", "build:web"], { cwd: projectRoot, stdio: "inherit" });
  if (build.status !== 0) throw new Error("npm run build:web failed; see its output above");
  return webDir;
}

/** The demo alliance served with the built web app on a fresh data folder, and a Chromium to visit it. */
export async function demoInBrowser(): Promise<{
  server: RunningServer;
  browser: Browser;
  close(): Promise<void>;
}> {
  const dataDir = await mkdtemp(join(tmpdir(), "entente-e2e-"));
  const server = await startServer({
    port: 0,
    host: "127.0.0.1",
    dataDir,
    webDir: builtWebApp(),
    demo: true,
    logLevel: "warn",
  });
  const browser = await launchBrowser();
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
