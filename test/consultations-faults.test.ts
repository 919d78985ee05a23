// Fault: the server is SIGKILLed between opening a consultation and its acknowledgement. After a restart
// (with the ack timeout passed meanwhile) the escalation still happens, once.
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../src/app/server.ts";
import type { Consultation } from "../src/consultations/model.ts";
import { readEventsAbout } from "../src/record/log.ts";
import { client } from "./http.ts";
import { storages } from "./stores.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const password = "entente-demo-password";

function serveInChild(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ["src/cli/main.ts", "serve"], {
    cwd: root,
    env: { ...process.env, PORT: "0", LOG_LEVEL: "silent", ENTENTE_WEB_DIR: "/nonexistent", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const url = /running at (http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve({ child, url });
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("exit", (code) => reject(new Error(`server exited (${code}): ${output}`)));
  });
}

describe.each(storages())("a SIGKILL between open and acknowledgement on $name", (storage) => {
  const servers: RunningServer[] = [];
  afterAll(async () => {
    for (const server of servers) await server.close();
    await storage.cleanup();
  });

  it("escalates after the restart", async () => {
    const config = storage.fresh();
    const env: Record<string, string> = { DATA_DIR: config.dataDir ?? "" };
    if (config.databaseUrl) env.DATABASE_URL = config.databaseUrl;
    if (config.databaseSchema) env.DATABASE_SCHEMA = config.databaseSchema;
    const { child, url } = await serveInChild(env);

    const usa = client(url);
    expect((await usa.signIn("usa.secretariat", password)).status).toBe(200);
    const bodies = await usa.json<{ items: { id: string; acronym: string }[] }>("GET", "/api/v1/bodies");
    const opened = await usa.json<Consultation>("POST", "/api/v1/consultations", {
      bodyId: bodies.body.items.find((b) => b.acronym === "NCG")?.id,
      subject: "Before the crash",
      brief: "Nobody acknowledges this before the process dies.",
      classification: "SECRET",
      responseDeadline: new Date(Date.now() + 3_600_000).toISOString(),
      urgency: "flash",
    });
    expect(opened.status).toBe(201);
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;

    // Eleven minutes later (past the duty officer's 10-minute ack timeout), a new process starts.
    const restarted = await startServer({
      ...config,
      port: 0,
      logLevel: "silent",
      webDir: "/nonexistent",
      workerPollMs: 0,
    });
    servers.push(restarted);
    restarted.pipeline.now = () => new Date(Date.now() + 11 * 60_000);
    expect(await restarted.timers.runDue()).toBe(1);
    const events = await readEventsAbout(restarted.store.db, { kind: "consultation", id: opened.body.id });
    expect(events.map((e) => e.type)).toEqual(["consultation.opened", "consultation.escalated"]);
    expect(events[1]?.body).toMatchObject({ nation: "KOR", tier: "principal" });
    expect(await restarted.timers.runDue()).toBe(0);
  });
});
