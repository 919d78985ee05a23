// Durable timers drive escalation: on an injected clock, across a restart, and exactly once with two processes.
import { afterAll, describe, expect, it } from "vitest";
import type { ConfigOverrides } from "../src/app/config.ts";
import { type RunningServer, startServer } from "../src/app/server.ts";
import type { Consultation } from "../src/consultations/model.ts";
import { readEventsAbout } from "../src/record/log.ts";
import { client } from "./http.ts";
import { storages } from "./stores.ts";

const password = "entente-demo-password";
const minutes = (n: number) => n * 60_000;

describe.each(storages())("consultation timers on $name", (storage) => {
  const servers: RunningServer[] = [];
  afterAll(async () => {
    for (const server of servers) await server.close();
    await storage.cleanup();
  });

  async function start(config: ConfigOverrides, workerPollMs = 0) {
    const server = await startServer({
      ...config,
      port: 0,
      demo: true,
      logLevel: "silent",
      webDir: "/nonexistent",
      workerPollMs,
    });
    servers.push(server);
    return server;
  }

  async function signedIn(server: RunningServer, username: string) {
    const c = client(server.url);
    expect((await c.signIn(username, password)).status).toBe(200);
    return c;
  }

  async function open(server: RunningServer, deadlineInMinutes = 30) {
    const usa = await signedIn(server, "usa.secretariat");
    const bodies = await usa.json<{ items: { id: string; acronym: string }[] }>("GET", "/api/v1/bodies");
    const ncg = bodies.body.items.find((b) => b.acronym === "NCG");
    const opened = await usa.json<Consultation>("POST", "/api/v1/consultations", {
      bodyId: ncg?.id,
      subject: "Urgent consultation",
      brief: "Please acknowledge.",
      classification: "SECRET",
      responseDeadline: new Date(server.pipeline.now().getTime() + minutes(deadlineInMinutes)).toISOString(),
      urgency: "flash",
    });
    expect(opened.status).toBe(201);
    return opened.body.id;
  }

  const typesOf = async (server: RunningServer, id: string) =>
    (await readEventsAbout(server.store.db, { kind: "consultation", id })).map((e) => e.type);

  it("escalates to the principal exactly when the duty officer's ack timeout passes, then marks the deadline", async () => {
    const server = await start(storage.fresh());
    const t0 = new Date();
    let clock = t0;
    server.pipeline.now = () => clock;
    const id = await open(server);

    clock = new Date(t0.getTime() + minutes(9.9));
    expect(await server.timers.runDue()).toBe(0);
    clock = new Date(t0.getTime() + minutes(10));
    expect(await server.timers.runDue()).toBe(1);
    const korPrincipal = await signedIn(server, "kor.principal");
    const after = await korPrincipal.json<Consultation>("GET", `/api/v1/consultations/${id}`);
    expect(after.body.parties[0]).toMatchObject({ position: 1, tier: "principal" });
    expect(after.body.alerts.filter((a) => a.position === 1).map((a) => a.displayName)).toEqual([
      "Ham Sang-wook",
      "Ham Sang-wook",
    ]);
    expect((await korPrincipal.json("POST", `/api/v1/consultations/${id}/acknowledge`)).status).toBe(200);

    clock = new Date(t0.getTime() + minutes(31));
    expect(await server.timers.runDue()).toBe(1);
    expect(await server.timers.runDue()).toBe(0);
    const events = await readEventsAbout(server.store.db, { kind: "consultation", id });
    expect(events.map((e) => e.type)).toEqual([
      "consultation.opened",
      "consultation.escalated",
      "consultation.acknowledged",
      "consultation.deadline-passed",
    ]);
    expect(events[3]?.body).toMatchObject({ silentNations: ["KOR"] });
    expect(events[1]?.actor).toEqual({ user: null, nation: null });
  });

  it("still escalates after the process died between open and acknowledgement", async () => {
    const config = storage.fresh();
    const first = await start(config);
    // Opened 11 minutes ago by a process that then stopped before any timer ran.
    first.pipeline.now = () => new Date(Date.now() - minutes(11));
    const id = await open(first, 60);
    await first.close();
    servers.splice(servers.indexOf(first), 1);

    const second = await start(config, 50);
    await expect.poll(() => typesOf(second, id), { timeout: 5000 }).toContain("consultation.escalated");
  });

  // Only PostgreSQL has several processes on one database; on SQLite this case does not exist.
  if (storage.name === "postgres")
    it("fires each timer once when two processes share the database", async () => {
      const config = storage.fresh();
      const a = await start(config);
      const b = await start(config);
      a.pipeline.now = () => new Date(Date.now() - minutes(11));
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push(await open(a, 60));
      a.pipeline.now = () => new Date();
      const fired = await Promise.all([a.timers.runDue(), b.timers.runDue()]);
      expect(fired[0] + fired[1]).toBe(5);
      for (const id of ids) {
        expect((await typesOf(a, id)).filter((t) => t === "consultation.escalated")).toHaveLength(1);
      }
    });
});
