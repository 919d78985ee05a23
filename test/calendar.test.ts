// Calendar feeds through HTTP on both storages: RFC 5545 with local times and VTIMEZONE, a token in the URL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../src/access/actor.ts";
import { createApiToken } from "../src/access/commands.ts";
import { findUserIdByUsername } from "../src/access/queries.ts";
import { type RunningServer, startServer } from "../src/app/server.ts";
import { runCommand } from "../src/pipeline/run-command.ts";
import { type Client, client } from "./http.ts";
import { storages } from "./stores.ts";

describe.each(storages())("calendar feeds on $name", (storage) => {
  let server: RunningServer;
  let kor: Client;
  let bodies: Record<string, string>;

  beforeAll(async () => {
    server = await startServer({
      ...storage.fresh(),
      port: 0,
      demo: true,
      logLevel: "silent",
      webDir: "/nonexistent",
    });
    const signedIn = client(server.url);
    await signedIn.signIn("kor.secretariat", "entente-demo-password");
    kor = signedIn;
    const list = await kor.json<{ items: { id: string; acronym: string }[] }>("GET", "/api/v1/bodies");
    bodies = Object.fromEntries(list.body.items.map((b) => [b.acronym, b.id]));
  });
  afterAll(async () => {
    await server.close();
    await storage.cleanup();
  });

  it("serves a body's sessions with their local time, zone and marking", async () => {
    const response = await kor.request("GET", `/api/v1/bodies/${bodies.DNP}/calendar.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/calendar");
    const ics = await response.text();
    expect(ics).toContain("DTSTART;TZID=America/New_York:20211026T100000\r\n");
    expect(ics).toContain("BEGIN:VTIMEZONE\r\nTZID:America/New_York\r\n");
    expect(ics).toContain("SUMMARY:(PUBLIC) DNP: High-Level Disarmament and Non-Proliferation Consult");
  });

  it("accepts an API token in the URL instead of a session, and refuses without one", async () => {
    expect((await fetch(`${server.url}/api/v1/bodies/${bodies.NCG}/calendar.ics`)).status).toBe(401);
    expect((await fetch(`${server.url}/api/v1/calendar.ics?token=ent_forged`)).status).toBe(401);
    const userId = await findUserIdByUsername(server.store.db, "usa.principal");
    const issued = await runCommand(server.pipeline, systemActor("test"), createApiToken, {
      userId,
      name: "calendar",
      days: 30,
    });
    const ncg = await fetch(
      `${server.url}/api/v1/bodies/${bodies.NCG}/calendar.ics?token=${issued.result.token}`,
    );
    expect(ncg.status).toBe(200);
    const ics = await ncg.text();
    expect(ics).toContain("TZID:Asia/Seoul\r\n");
    expect(ics).toMatch(/DTSTART;TZID=Asia\/Seoul:\d{8}T100000\r\n/);
    const all = await fetch(`${server.url}/api/v1/calendar.ics?token=${issued.result.token}`).then((r) =>
      r.text(),
    );
    expect(all.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });
});
