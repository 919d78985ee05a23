// The living demo on both storages: the 2021 consultation, its published readout, the Washington
// Declaration's commitments, the upcoming NCG session — and every projection rebuilt from the record.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projections } from "../src/app/projections.ts";
import { type RunningServer, startServer } from "../src/app/server.ts";
import { projectionsMatchReplay } from "../src/record/replay.ts";
import { testPassword, user } from "./factories.ts";
import { type Client, client } from "./http.ts";
import { storages } from "./stores.ts";

describe.each(storages())("the living demo on $name", (storage) => {
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

  it("recreates the 26 October 2021 consultation with approved minutes and its seed readout", async () => {
    const dnp = await kor.json<{ cadence: string; members: { role: string }[] }>(
      "GET",
      `/api/v1/bodies/${bodies.DNP}`,
    );
    expect(dnp.body.cadence).toBe("annual");
    expect(dnp.body.members.filter((m) => m.role === "co-chair")).toHaveLength(2);
    const sessions = await kor.json<{ items: { id: string; status: string; startsAt: string }[] }>(
      "GET",
      `/api/v1/bodies/${bodies.DNP}/sessions`,
    );
    expect(sessions.body.items).toEqual([
      expect.objectContaining({ status: "minutes-approved", startsAt: "2021-10-26T14:00:00.000Z" }),
    ]);
    const detail = await kor.json<{
      agenda: { titleEn: string; minutesEn: string }[];
      outcomes: unknown[];
      approvedBy: string[];
    }>("GET", `/api/v1/bodies/${bodies.DNP}/sessions/${sessions.body.items[0]?.id}`);
    expect(detail.body.agenda.map((i) => i.titleEn).slice(0, 4)).toEqual([
      "10th NPT Review Conference",
      "Space security and the 5th Space Policy Dialogue",
      "Strategic Stability Dialogue",
      "20th ROK-UN Joint Conference on Disarmament and Non-proliferation Issues",
    ]);
    expect(detail.body.outcomes).toHaveLength(5);
    expect(detail.body.approvedBy).toEqual(["KOR", "USA"]);

    const readouts = await fetch(`${server.url}/api/v1/readouts`).then((r) => r.json());
    expect(readouts.items).toHaveLength(1);
    expect(readouts.items[0].titleEn).toBe(
      "ROK and the U.S. hold a High-Level Disarmament and Non-Proliferation Consultation",
    );
    expect(readouts.items[0].textEn).toContain("○ With regard to space security");
    expect(readouts.items[0].textKo).toContain("함상욱");
    const feed = await fetch(`${server.url}/readouts.atom`).then((r) => r.text());
    expect(feed).toContain("Bonnie Jenkins");
    expect(feed).not.toContain("draft national statement");
  });

  it("tracks the Washington Declaration's commitments, overdue first, and the 2021 follow-ups", async () => {
    const ncg = await kor.json<{
      items: { statementEn: string; status: string; overdue: boolean; reviewMeetingId: string }[];
    }>("GET", `/api/v1/commitments?bodyId=${bodies.NCG}`);
    expect(ncg.body.items).toHaveLength(7);
    expect(ncg.body.items[0]?.overdue).toBe(true);
    const established = ncg.body.items.find((c) =>
      c.statementEn.startsWith("Establish the Nuclear Consultative Group"),
    );
    expect(established).toMatchObject({ status: "done", overdue: false });
    const dnp = await kor.json<{ items: { statementEn: string; marking: { classification: string } }[] }>(
      "GET",
      `/api/v1/commitments?bodyId=${bodies.DNP}`,
    );
    expect(dnp.body.items.map((c) => c.marking.classification).sort()).toEqual([
      "CONFIDENTIAL",
      "PUBLIC",
      "PUBLIC",
    ]);
  });

  it("shows the upcoming NCG session's marked agenda only to those cleared for it", async () => {
    const sessions = await kor.json<{ items: { id: string; status: string }[] }>(
      "GET",
      `/api/v1/bodies/${bodies.NCG}/sessions`,
    );
    const upcoming = sessions.body.items[0];
    expect(upcoming?.status).toBe("planned");
    const path = `/api/v1/bodies/${bodies.NCG}/sessions/${upcoming?.id}`;
    const full = await kor.json<{ agenda: unknown[] }>("GET", path);
    expect(full.body.agenda).toHaveLength(4);
    const official = await user(server.pipeline, { nation: "USA", role: "principal", clearance: "OFFICIAL" });
    const reader = client(server.url);
    await reader.signIn(official.username, testPassword);
    const limited = await reader.json<{ agenda: { titleEn: string }[] }>("GET", path);
    expect(limited.body.agenda.map((i) => i.titleEn)).toEqual(["Public messaging after the session"]);
  });

  it("searches across sessions, agenda, outcomes, commitments and readouts, respecting access", async () => {
    type Hits = { items: { kind: string; textEn: string }[] };
    const simulation = await kor.json<Hits>("GET", "/api/v1/search?q=simulation");
    expect(simulation.body.items.map((h) => h.kind).sort()).toEqual(["agenda-item", "commitment"]);
    const korean = await kor.json<Hits>("GET", `/api/v1/search?q=${encodeURIComponent("우주정책대화")}`);
    expect(korean.body.items.map((h) => h.kind)).toEqual(
      expect.arrayContaining(["agenda-item", "outcome", "commitment", "readout"]),
    );
    const official = await user(server.pipeline, { nation: "KOR", role: "principal", clearance: "OFFICIAL" });
    const reader = client(server.url);
    await reader.signIn(official.username, testPassword);
    const limited = await reader.json<Hits>("GET", "/api/v1/search?q=simulation");
    expect(limited.body.items.map((h) => h.kind)).toEqual(["commitment"]);
    const wildcard = await kor.json<Hits>("GET", "/api/v1/search?q=%25%25");
    expect(wildcard.body.items).toEqual([]);
  });

  it("rebuilds every projection from the record alone", async () => {
    const scratch = mkdtempSync(join(tmpdir(), "entente-replay-"));
    expect(await projectionsMatchReplay(server.store.db, projections, scratch)).toEqual([]);
  });
});
