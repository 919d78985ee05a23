// The realtime stream on both storages: loud in-app alerts, policy filtering, resume without gap or duplicate,
// and across two processes on PostgreSQL.
import { afterAll, describe, expect, it } from "vitest";
import type { ConfigOverrides } from "../src/app/config.ts";
import { type RunningServer, startServer } from "../src/app/server.ts";
import type { Consultation } from "../src/consultations/model.ts";
import { testPassword, user } from "./factories.ts";
import { client } from "./http.ts";
import { storages } from "./stores.ts";
import { openStream, sessionCookie } from "./stream-client.ts";

const password = "entente-demo-password";

describe.each(storages())("the realtime stream on $name", (storage) => {
  const servers: RunningServer[] = [];
  afterAll(async () => {
    for (const server of servers) await server.close();
    await storage.cleanup();
  });

  async function start(config: ConfigOverrides = storage.fresh()) {
    const server = await startServer({
      ...config,
      port: 0,
      demo: true,
      logLevel: "silent",
      webDir: "/nonexistent",
    });
    servers.push(server);
    return server;
  }

  async function openAsUsa(server: RunningServer, classification = "SECRET") {
    const usa = client(server.url);
    await usa.signIn("usa.secretariat", password);
    const bodies = await usa.json<{ items: { id: string; acronym: string }[] }>("GET", "/api/v1/bodies");
    const opened = await usa.json<Consultation>("POST", "/api/v1/consultations", {
      bodyId: bodies.body.items.find((b) => b.acronym === "NCG")?.id,
      subject: "Streamed consultation",
      brief: "For the duty officer.",
      classification,
      responseDeadline: new Date(Date.now() + 3_600_000).toISOString(),
      urgency: "flash",
    });
    expect(opened.status).toBe(201);
    return { usa, id: opened.body.id };
  }

  it("refuses anonymous and cross-site connections", async () => {
    const server = await start();
    await expect(openStream(server.url, "")).rejects.toThrow(/401/);
    const cookie = await sessionCookie(server.url, "kor.duty", password);
    await expect(
      openStream(server.url, cookie, undefined, { origin: "https://evil.example" }),
    ).rejects.toThrow(/403/);
  });

  it("pushes the consultation and a loud alert to the Korean duty officer, and marks in-app delivered", async () => {
    const server = await start();
    const korDuty = await openStream(server.url, await sessionCookie(server.url, "kor.duty", password));
    await korDuty.until((m) => m.some((x) => x.type === "ready"));
    const { id } = await openAsUsa(server);
    await korDuty.until((m) => m.some((x) => x.type === "alert"));
    expect(korDuty.events().map((e) => e.type)).toContain("consultation.opened");
    expect(korDuty.messages.find((m) => m.type === "alert")).toMatchObject({ consultationId: id });
    const kor = client(server.url);
    await kor.signIn("kor.duty", password);
    await expect
      .poll(async () => {
        const view = await kor.json<Consultation>("GET", `/api/v1/consultations/${id}`);
        return view.body.alerts.find((a) => a.channel === "in-app")?.deliveryStatus;
      })
      .toBe("delivered");
    await korDuty.close();
  });

  it("resumes from the last index seen with no gap and no duplicate", async () => {
    const server = await start();
    const cookie = await sessionCookie(server.url, "kor.duty", password);
    const first = await openStream(server.url, cookie);
    const { usa, id } = await openAsUsa(server);
    await first.until((m) => m.some((x) => x.type === "event" && x.event.type === "consultation.opened"));
    const lastSeen = first.events().at(-1)?.index ?? -1;
    await first.close();

    await usa.json("POST", `/api/v1/consultations/${id}/information`, { text: "Update one" });
    await usa.json("POST", `/api/v1/consultations/${id}/information`, { text: "Update two" });
    const resumed = await openStream(server.url, cookie, lastSeen);
    await resumed.until((m) => m.some((x) => x.type === "ready"));
    const indexes = resumed.events().map((e) => e.index);
    expect(indexes[0]).toBe(lastSeen + 1);
    expect(new Set(indexes).size).toBe(indexes.length);
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
    const added = resumed.events().filter((e) => e.type === "consultation.information-added");
    expect(added.map((e) => (e.body as { text: string }).text)).toEqual(["Update one", "Update two"]);
    await resumed.close();
  });

  it("filters by the policy: a brief above the reader's clearance never reaches them", async () => {
    const server = await start();
    const reader = await user(server.pipeline, {
      nation: "KOR",
      role: "duty-officer",
      clearance: "CONFIDENTIAL",
    });
    const low = await openStream(server.url, await sessionCookie(server.url, reader.username, testPassword));
    await low.until((m) => m.some((x) => x.type === "ready"));
    const secret = await openAsUsa(server, "SECRET");
    const confidential = await openAsUsa(server, "CONFIDENTIAL");
    await low.until((m) => m.some((x) => x.type === "event" && x.event.subject.id === confidential.id));
    expect(low.events().some((e) => e.subject.id === secret.id)).toBe(false);
    await low.close();
  });

  // Only PostgreSQL has several processes on one database; on SQLite this case does not exist.
  if (storage.name === "postgres")
    it("carries events across processes through LISTEN/NOTIFY", async () => {
      const config = storage.fresh();
      const a = await start(config);
      const b = await start(config);
      const onB = await openStream(b.url, await sessionCookie(b.url, "kor.duty", password));
      await onB.until((m) => m.some((x) => x.type === "ready"));
      const { id } = await openAsUsa(a);
      await onB.until((m) => m.some((x) => x.type === "alert" && x.consultationId === id));
      await onB.close();
    });
});
