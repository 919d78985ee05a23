// The server's logs, read as an operator would: JSON lines with request ids, and never a secret.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// A password of its own, so the demo banner does not print it.
const secret = "a-log-test-password-41";
const dataDir = mkdtempSync(join(tmpdir(), "entente-logs-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function serve(port: number) {
  const child = spawn(
    process.execPath,
    ["src/cli/main.ts", "serve", "--data-dir", dataDir, "--port", String(port)],
    {
      env: {
        ...process.env,
        DATABASE_URL: "",
        NODE_NO_WARNINGS: "1",
        LOG_LEVEL: "debug",
        ENTENTE_DEMO_PASSWORD: secret,
      },
    },
  );
  let output = "";
  child.stdout.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr.on("data", (chunk) => {
    output += chunk;
  });
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", () => output.includes("Entente is running") && resolve());
    child.on("exit", (code) => reject(new Error(`server exited ${code}: ${output}`)));
  });
  return { child, ready, output: () => output };
}

describe("server logs", () => {
  it("carry request ids and no password, cookie or CSRF token; SIGTERM shuts down cleanly", async () => {
    const port = 20000 + Math.floor(Math.random() * 20000);
    const server = serve(port);
    await server.ready;
    const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "kor.duty", password: secret }),
    });
    const cookie = login.headers.get("set-cookie")?.split(";")[0] ?? "";
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    await fetch(`http://127.0.0.1:${port}/api/v1/auth/logout`, {
      method: "POST",
      headers: { cookie, "x-csrf-token": csrfToken },
    });
    const exited = new Promise<number | null>((resolve) => server.child.on("exit", resolve));
    server.child.kill("SIGTERM");
    expect(await exited).toBe(0);
    const lines = server
      .output()
      .split("\n")
      .filter((line) => line.startsWith("{"));
    const requests = lines.map((line) => JSON.parse(line)).filter((entry) => entry.req);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((entry) => typeof entry.reqId === "string" && entry.reqId.length > 0)).toBe(true);
    const all = server.output();
    expect(all).not.toContain(secret);
    expect(all).not.toContain(cookie.split("=")[1] ?? "no-cookie");
    expect(all).not.toContain(csrfToken);
  });
});
