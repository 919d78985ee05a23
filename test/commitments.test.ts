// Commitments through HTTP on both storages: from an outcome, dated updates, the dashboard, bad input.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../src/app/server.ts";
import { testPassword, user } from "./factories.ts";
import { type Client, client } from "./http.ts";
import { storages } from "./stores.ts";

const password = "entente-demo-password";
const day = 86_400_000;

describe.each(storages())("commitments on $name", (storage) => {
  let server: RunningServer;
  let kor: Client;
  let bodies: Record<string, string>;
  let ham: string;

  beforeAll(async () => {
    server = await startServer({
      ...storage.fresh(),
      port: 0,
      demo: true,
      logLevel: "silent",
      webDir: "/nonexistent",
    });
    const signedIn = client(server.url);
    await signedIn.signIn("kor.secretariat", password);
    kor = signedIn;
    const list = await kor.json<{ items: { id: string; acronym: string }[] }>("GET", "/api/v1/bodies");
    bodies = Object.fromEntries(list.body.items.map((b) => [b.acronym, b.id]));
    const people = await kor.json<{ items: { id: string; nameEn: string }[] }>(
      "GET",
      "/api/v1/people?nation=KOR",
    );
    ham = people.body.items.find((p) => p.nameEn === "Ham Sang-wook")?.id ?? "";
  });
  afterAll(async () => {
    await server.close();
    await storage.cleanup();
  });

  /** A session held `daysAgo` days ago in `body`, with one outcome of the given marking. */
  async function heldOutcome(body: string, daysAgo: number, classification = "PUBLIC") {
    const start = new Date(Date.now() - daysAgo * day);
    const session = await kor.json<{ id: string }>("POST", `/api/v1/bodies/${bodies[body]}/sessions`, {
      titleEn: "Consultation",
      titleKo: "협의",
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 7_200_000).toISOString(),
      timeZone: "America/New_York",
      placeEn: "Washington",
      placeKo: "워싱턴",
      level: "Vice-ministerial",
      participantIds: [ham],
      held: true,
    });
    const path = `/api/v1/bodies/${bodies[body]}/sessions/${session.body.id}`;
    const item = await kor.json<{ id: string }>("POST", `${path}/agenda`, {
      titleEn: "NPT",
      titleKo: "NPT",
      ownerPersonId: ham,
    });
    const outcome = await kor.json<{ id: string }>("POST", `${path}/outcomes`, {
      agendaItemId: item.body.id,
      textEn: "Work together for the Review Conference.",
      textKo: "평가회의를 위해 협력한다.",
      marking: { classification, releasableTo: ["KOR", "USA"] },
    });
    expect(outcome.status).toBe(201);
    return {
      outcomeId: outcome.body.id,
      agreedOn: start.toISOString().slice(0, 10),
      sessionId: session.body.id,
    };
  }

  const isoDate = (offsetDays: number) => new Date(Date.now() + offsetDays * day).toISOString().slice(0, 10);

  it("creates a commitment from an outcome, taking the session's date, and refuses impossible ones", async () => {
    const { outcomeId } = await heldOutcome("DNP", 100, "OFFICIAL");
    const base = {
      bodyId: bodies.DNP,
      sourceOutcomeId: outcomeId,
      statementEn: "Share RevCon priorities",
      statementKo: "평가회의 우선순위 공유",
      ownerNations: ["KOR", "USA"],
    };
    const created = await kor.json<{ id: string }>("POST", "/api/v1/commitments", {
      ...base,
      dueOn: isoDate(30),
    });
    expect(created.status).toBe(201);
    const fetched = await kor.json<{ agreedOn: string; marking: { classification: string }; status: string }>(
      "GET",
      `/api/v1/commitments/${created.body.id}`,
    );
    expect(fetched.body).toMatchObject({ status: "planned", marking: { classification: "OFFICIAL" } });

    const early = await kor.json<{ errors: { path: string }[] }>("POST", "/api/v1/commitments", {
      ...base,
      dueOn: isoDate(-200),
    });
    expect(early.status).toBe(400);
    expect(early.body.errors).toContainEqual(expect.objectContaining({ path: "/dueOn" }));
    const lower = await kor.json("POST", "/api/v1/commitments", {
      ...base,
      dueOn: isoDate(30),
      marking: { classification: "PUBLIC", releasableTo: ["KOR", "USA"] },
    });
    expect(lower.status).toBe(400);
    const above = await kor.json("POST", "/api/v1/commitments", {
      ...base,
      dueOn: isoDate(30),
      marking: { classification: "SECRET", releasableTo: ["KOR", "USA"] },
    });
    expect(above.status).toBe(400);
    const foreign = await kor.json<{ errors: { path: string; message: string }[] }>(
      "POST",
      "/api/v1/commitments",
      {
        ...base,
        bodyId: bodies.SPD,
        dueOn: isoDate(30),
      },
    );
    expect(foreign.body.errors).toContainEqual({
      path: "/sourceOutcomeId",
      message: "belongs to another body",
    });
    const future = await kor.json("POST", "/api/v1/commitments", {
      bodyId: bodies.NCG,
      sourceEn: "A text",
      sourceKo: "문서",
      agreedOn: isoDate(40),
      dueOn: isoDate(50),
      statementEn: "x",
      statementKo: "엑스",
      ownerNations: ["USA"],
    });
    expect(future.status).toBe(400);
  });

  it("records dated updates and shows the dashboard overdue first, filtered by owner and status", async () => {
    const make = async (statementEn: string, dueOn: string, ownerNations: string[]) =>
      (
        await kor.json<{ id: string }>("POST", "/api/v1/commitments", {
          bodyId: bodies.EDSCG,
          sourceEn: "Washington Declaration",
          sourceKo: "워싱턴 선언",
          agreedOn: isoDate(-400),
          statementEn,
          statementKo: statementEn,
          ownerNations,
          dueOn,
        })
      ).body.id;
    const late = await make("Late one", isoDate(-10), ["USA"]);
    const soon = await make("Soon one", isoDate(20), ["KOR"]);
    const done = await make("Done one", isoDate(-100), ["KOR", "USA"]);
    const update = await kor.json("POST", `/api/v1/commitments/${done}/updates`, {
      onDate: isoDate(-120),
      status: "done",
      noteEn: "Held the first meeting.",
      noteKo: "첫 회의 개최.",
      evidence: "https://example.gov/ncg",
    });
    expect(update.status).toBe(201);
    const badUpdate = await kor.json("POST", `/api/v1/commitments/${soon}/updates`, {
      onDate: isoDate(5),
      status: "in-progress",
      noteEn: "x",
      noteKo: "x",
      evidence: "",
    });
    expect(badUpdate.status).toBe(400);
    const dashboard = await kor.json<{ items: { id: string; overdue: boolean; status: string }[] }>(
      "GET",
      `/api/v1/commitments?bodyId=${bodies.EDSCG}`,
    );
    const ids = dashboard.body.items.map((c) => c.id);
    expect(ids.indexOf(late)).toBe(0);
    expect(ids.indexOf(soon)).toBeLessThan(ids.indexOf(done));
    expect(dashboard.body.items[0]).toMatchObject({ overdue: true });
    const overdue = await kor.json<{ items: { id: string }[] }>("GET", "/api/v1/commitments?status=overdue");
    expect(overdue.body.items.map((c) => c.id)).toContain(late);
    expect(overdue.body.items.map((c) => c.id)).not.toContain(done);
    const korOwned = await kor.json<{ items: { id: string }[] }>(
      "GET",
      `/api/v1/commitments?owner=KOR&bodyId=${bodies.EDSCG}`,
    );
    expect(korOwned.body.items.map((c) => c.id).sort()).toEqual([soon, done].sort());
    const detail = await kor.json<{ status: string; updates: { noteKo: string }[] }>(
      "GET",
      `/api/v1/commitments/${done}`,
    );
    expect(detail.body).toMatchObject({ status: "done", updates: [{ noteKo: "첫 회의 개최." }] });
  });

  it("hides commitments from those not cleared for them", async () => {
    const { outcomeId } = await heldOutcome("DNP", 10, "CONFIDENTIAL");
    const created = await kor.json<{ id: string }>("POST", "/api/v1/commitments", {
      bodyId: bodies.DNP,
      sourceOutcomeId: outcomeId,
      statementEn: "Confidential follow-up",
      statementKo: "대외비 후속조치",
      ownerNations: ["KOR"],
      cadence: "quarterly",
    });
    expect(created.status).toBe(201);
    const official = await user(server.pipeline, { nation: "KOR", role: "principal", clearance: "OFFICIAL" });
    const reader = client(server.url);
    await reader.signIn(official.username, testPassword);
    const list = await reader.json<{ items: { id: string }[] }>("GET", "/api/v1/commitments");
    expect(list.body.items.map((c) => c.id)).not.toContain(created.body.id);
    expect((await reader.json("GET", `/api/v1/commitments/${created.body.id}`)).status).toBe(404);
    expect(
      (
        await reader.json("POST", `/api/v1/commitments/${created.body.id}/updates`, {
          onDate: isoDate(0),
          status: "done",
          noteEn: "x",
          noteKo: "x",
          evidence: "",
        })
      ).status,
    ).toBe(404);
  });
});
