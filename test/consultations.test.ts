// Urgent consultations through HTTP on both storages: open, alert, acknowledge, state a position, close.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projections } from "../src/app/projections.ts";
import { type RunningServer, startServer } from "../src/app/server.ts";
import type { Consultation } from "../src/consultations/model.ts";
import { projectionsMatchReplay } from "../src/record/replay.ts";
import { pendingTimers } from "../src/timers/schedule.ts";
import { client } from "./http.ts";
import { storages } from "./stores.ts";

const password = "entente-demo-password";

describe.each(storages())("urgent consultations on $name", (storage) => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({
      ...storage.fresh(),
      port: 0,
      demo: true,
      logLevel: "silent",
      webDir: "/nonexistent",
    });
  });
  afterAll(async () => {
    await server.close();
    await storage.cleanup();
  });

  async function signedIn(username: string) {
    const c = client(server.url);
    expect((await c.signIn(username, password)).status).toBe(200);
    return c;
  }

  async function ncgId(c: ReturnType<typeof client>) {
    const bodies = await c.json<{ items: { id: string; acronym: string }[] }>("GET", "/api/v1/bodies");
    const ncg = bodies.body.items.find((b) => b.acronym === "NCG");
    if (!ncg) throw new Error("demo NCG missing");
    return ncg.id;
  }

  const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

  it("shows both capitals' duty rosters with who is on duty now", async () => {
    const c = await signedIn("kor.duty");
    const rosters = await c.json<{
      items: { nation: string; tier: string; onDuty: { displayName: string } }[];
    }>("GET", `/api/v1/rosters?bodyId=${await ncgId(c)}`);
    expect(rosters.status).toBe(200);
    const duty = rosters.body.items.filter((r) => r.tier === "duty-officer");
    expect(duty.map((r) => [r.nation, r.onDuty.displayName])).toEqual([
      ["KOR", "Kim Min-jun"],
      ["USA", "Alex Morgan"],
    ]);
  });

  it("runs a consultation from the U.S. request to the Korean concurrence, all in the record", async () => {
    const usa = await signedIn("usa.secretariat");
    const korDuty = await signedIn("kor.duty");
    const opened = await usa.json<Consultation>("POST", "/api/v1/consultations", {
      bodyId: await ncgId(usa),
      subject: "Consultation on a public statement",
      brief: "Draft joint statement attached for concurrence.",
      classification: "SECRET",
      responseDeadline: inAnHour(),
      urgency: "immediate",
    });
    expect(opened.status).toBe(201);
    const id = opened.body.id;
    expect(opened.body.parties).toMatchObject([{ nation: "KOR", position: 0, tier: "duty-officer" }]);
    expect(opened.body.alerts.map((a) => [a.displayName, a.channel])).toEqual([
      ["Kim Min-jun", "email"],
      ["Kim Min-jun", "in-app"],
    ]);
    expect((await pendingTimers(server.store.db, `${id}/KOR`)).length).toBe(1);

    const listed = await korDuty.json<{ items: Consultation[] }>("GET", "/api/v1/consultations");
    expect(listed.body.items.map((c) => c.id)).toContain(id);
    expect((await usa.json("POST", `/api/v1/consultations/${id}/acknowledge`)).status).toBe(403);
    expect((await korDuty.json("POST", `/api/v1/consultations/${id}/seen`)).status).toBe(200);
    const acked = await korDuty.json<Consultation>("POST", `/api/v1/consultations/${id}/acknowledge`);
    expect(acked.status).toBe(200);
    expect(acked.body.parties[0]?.acknowledgedAt).toEqual(expect.any(String));
    expect(acked.body.alerts.every((a) => a.acknowledgedAt !== null && a.seenAt !== null)).toBe(true);
    expect(await pendingTimers(server.store.db, `${id}/KOR`)).toEqual([]);
    expect((await korDuty.json("POST", `/api/v1/consultations/${id}/acknowledge`)).status).toBe(409);

    const stated = await korDuty.json<Consultation>("POST", `/api/v1/consultations/${id}/position`, {
      position: "concur",
      comments: "Seoul concurs with the draft.",
    });
    expect(stated.body.parties[0]).toMatchObject({
      stance: "concur",
      comments: "Seoul concurs with the draft.",
    });
    expect((await korDuty.json("POST", `/api/v1/consultations/${id}/close`, { outcome: "x" })).status).toBe(
      403,
    );
    const extended = await usa.json<Consultation>("POST", `/api/v1/consultations/${id}/extend`, {
      responseDeadline: new Date(Date.now() + 7_200_000).toISOString(),
      reason: "More time for Seoul's principal",
    });
    expect(extended.status).toBe(200);
    const closed = await usa.json<Consultation>("POST", `/api/v1/consultations/${id}/close`, {
      outcome: "Joint statement issued with ROK concurrence.",
    });
    expect(closed.body).toMatchObject({
      status: "closed",
      outcome: "Joint statement issued with ROK concurrence.",
    });
    expect(await pendingTimers(server.store.db, id)).toEqual([]);

    const timeline = await korDuty.json<{ items: { type: string; at: string }[] }>(
      "GET",
      `/api/v1/consultations/${id}/timeline`,
    );
    expect(timeline.body.items.map((e) => e.type)).toEqual([
      "consultation.opened",
      "consultation.alerts-seen",
      "consultation.acknowledged",
      "consultation.position-stated",
      "consultation.deadline-extended",
      "consultation.closed",
    ]);
  });

  it("refuses to open for a role without consultations.open and for a deadline in the past", async () => {
    const korDuty = await signedIn("kor.duty");
    const input = {
      bodyId: await ncgId(korDuty),
      subject: "s",
      brief: "b",
      classification: "SECRET",
      responseDeadline: inAnHour(),
      urgency: "flash",
    };
    expect((await korDuty.json("POST", "/api/v1/consultations", input)).status).toBe(403);
    const usa = await signedIn("usa.principal");
    const past = await usa.json<{ errors: { path: string }[] }>("POST", "/api/v1/consultations", {
      ...input,
      responseDeadline: "2020-01-01T00:00:00Z",
    });
    expect(past.status).toBe(400);
    expect(past.body.errors[0]?.path).toBe("/responseDeadline");
  });

  it("rebuilds rosters, policies and consultations from the record alone", async () => {
    const scratch = mkdtempSync(join(tmpdir(), "entente-replay-"));
    expect(await projectionsMatchReplay(server.store.db, projections, scratch)).toEqual([]);
  });

  it("puts a cover on the Korean duty roster: the cover is on duty and is the one alerted", async () => {
    const kor = await signedIn("kor.secretariat");
    const bodyId = await ncgId(kor);
    type Roster = {
      id: string;
      nation: string;
      tier: string;
      onDuty: { userId: string; displayName: string; overrideId: string | null };
    };
    const rosters = (await kor.json<{ items: Roster[] }>("GET", `/api/v1/rosters?bodyId=${bodyId}`)).body
      .items;
    const duty = rosters.find((r) => r.nation === "KOR" && r.tier === "duty-officer");
    const principal = rosters.find((r) => r.nation === "KOR" && r.tier === "principal");
    const usaDuty = rosters.find((r) => r.nation === "USA" && r.tier === "duty-officer");
    if (!duty || !principal || !usaDuty) throw new Error("demo rosters missing");

    const wrongNation = await kor.json<{ errors: { path: string }[] }>(
      "POST",
      `/api/v1/rosters/${duty.id}/overrides`,
      {
        kind: "cover",
        userId: usaDuty.onDuty.userId,
        otherUserId: null,
        startsAt: new Date(Date.now() - 60_000).toISOString(),
        endsAt: new Date(Date.now() + 3_600_000).toISOString(),
        reason: "wrong nation",
      },
    );
    expect(wrongNation.status).toBe(400);
    expect(wrongNation.body.errors.map((e) => e.path)).toEqual(["/userId"]);

    const cover = await kor.json<{ id: string }>("POST", `/api/v1/rosters/${duty.id}/overrides`, {
      kind: "cover",
      userId: principal.onDuty.userId,
      otherUserId: duty.onDuty.userId,
      startsAt: new Date(Date.now() - 60_000).toISOString(),
      endsAt: new Date(Date.now() + 3_600_000).toISOString(),
      reason: "Duty officer at the hospital",
    });
    expect(cover.status).toBe(201);
    const after = (await kor.json<{ items: Roster[] }>("GET", `/api/v1/rosters?bodyId=${bodyId}`)).body.items;
    expect(after.find((r) => r.id === duty.id)?.onDuty).toMatchObject({
      displayName: "Ham Sang-wook",
      overrideId: cover.body.id,
    });

    const usa = await signedIn("usa.principal");
    const opened = await usa.json<Consultation>("POST", "/api/v1/consultations", {
      bodyId,
      subject: "While the duty officer is covered",
      brief: "Who gets this?",
      classification: "SECRET",
      responseDeadline: inAnHour(),
      urgency: "priority",
    });
    expect(new Set(opened.body.alerts.map((a) => a.displayName))).toEqual(new Set(["Ham Sang-wook"]));
  });
});
