// The built web app for browser tests: built once when dist/web is missing, never skipped.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = fileURLToPath(new URL("..", import.meta.url));
export const webDir = join(projectRoot, "dist/web");

/** The folder of the built web app, building it first when it is not there. */
export function builtWebApp(): string {
  if (existsSync(join(webDir, "index.html"))) return webDir;
  const build = spawnSync("npm", ["run", "build:web"], { cwd: projectRoot, stdio: "inherit" });
  if (build.status !== 0) throw new Error("npm run build:web failed; see its output above");
  return webDir;
}
