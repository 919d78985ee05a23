// Sessions through HTTP on both storages: scheduling, agenda, minutes with optimistic concurrency,
// outcomes, approvals by every nation, access filtering, and the bad-input cases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../src/app/server.ts";
import { testPassword, user } from "./factories.ts";
import { type Client, client } from "./http.ts";
import { storages } from "./stores.ts";

const password = "entente-demo-password";
const day = 86_400_000;

describe.each(storages())("sessions on $name", (storage) => {
  let server: RunningServer;
  let kor: Client;
  let usa: Client;
  let bodies: Record<string, string>;
  let people: Record<string, string>;

  async function signedIn(username: string, pass = password) {
    const c = client(server.url);
    expect((await c.signIn(username, pass)).status).toBe(200);
    return c;
  }

  beforeAll(async () => {
    server = await startServer({
      ...storage.fresh(),
      port: 0,
      demo: true,
      logLevel: "silent",
      webDir: "/nonexistent",
    });
    kor = await signedIn("kor.secretariat");
    usa = await signedIn("usa.secretariat");
    const list = await kor.json<{ items: { id: string; acronym: string }[] }>("GET", "/api/v1/bodies");
    bodies = Object.fromEntries(list.body.items.map((b) => [b.acronym, b.id]));
    const directory = await kor.json<{ items: { id: string; nameEn: string }[] }>("GET", "/api/v1/people");
    people = Object.fromEntries(directory.body.items.map((p) => [p.nameEn, p.id]));
  });
  afterAll(async () => {
    await server.close();
    await storage.cleanup();
  });

  const inDays = (n: number, hours = 2) =>
    new Date(server.pipeline.now().getTime() + n * day + hours * 3_600_000).toISOString();
  const sessionInput = (overrides: Record<string, unknown> = {}) => ({
    titleEn: "Consultation",
    titleKo: "협의",
    startsAt: inDays(10, 0),
    endsAt: inDays(10, 2),
    timeZone: "Asia/Seoul",
    placeEn: "Ministry of Foreign Affairs, Seoul",
    placeKo: "외교부, 서울",
    level: "Vice-ministerial",
    participantIds: [people["Ham Sang-wook"], people["Bonnie Jenkins"]],
    ...overrides,
  });

  async function newSession(body = "DNP", overrides: Record<string, unknown> = {}) {
    const created = await kor.json<{ id: string }>(
      "POST",
      `/api/v1/bodies/${bodies[body]}/sessions`,
      sessionInput(overrides),
    );
    expect(created.status).toBe(201);
    return `/api/v1/bodies/${bodies[body]}/sessions/${created.body.id}`;
  }

  async function addItem(session: string, titleEn: string, marking?: unknown) {
    const item = await kor.json<{ id: string }>("POST", `${session}/agenda`, {
      titleEn,
      titleKo: `${titleEn} (한)`,
      ownerPersonId: people["Ham Sang-wook"],
      ...(marking ? { marking } : {}),
    });
    expect(item.status).toBe(201);
    return item.body.id;
  }

  it("refuses impossible sessions and markings above the body's with a 400 naming the field", async () => {
    const path = `/api/v1/bodies/${bodies.DNP}/sessions`;
    const past = await kor.json<{ errors: { path: string }[] }>(
      "POST",
      path,
      sessionInput({ startsAt: inDays(-3), endsAt: inDays(-3, 4) }),
    );
    expect(past.status).toBe(400);
    expect(past.body.errors).toContainEqual(expect.objectContaining({ path: "/startsAt" }));
    const backwards = await kor.json<{ errors: { path: string }[] }>(
      "POST",
      path,
      sessionInput({ endsAt: inDays(9) }),
    );
    expect(backwards.body.errors).toContainEqual(expect.objectContaining({ path: "/endsAt" }));
    const secret = await kor.json<{ detail: string }>(
      "POST",
      path,
      sessionInput({ marking: { classification: "SECRET", releasableTo: ["KOR", "USA"] } }),
    );
    expect(secret.status).toBe(400);
    expect(secret.body.detail).toMatch(/above DNP's ceiling of CONFIDENTIAL/);
    const lockedOut = await kor.json<{ errors: { path: string; message: string }[] }>(
      "POST",
      path,
      sessionInput({ marking: { classification: "OFFICIAL", releasableTo: ["USA"] } }),
    );
    expect(lockedOut.body.errors).toContainEqual({ path: "/marking", message: "excludes its author" });
    const zone = await kor.json("POST", path, sessionInput({ timeZone: "Mars/Olympus" }));
    expect(zone.status).toBe(400);
    const duty = await signedIn("kor.duty");
    expect((await duty.json("POST", path, sessionInput())).status).toBe(403);
  });

  it("keeps an agenda in order, and refuses an agenda item of another body", async () => {
    const soon = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
    const session = await newSession("DNP", { startsAt: soon(10), endsAt: soon(70) });
    await addItem(session, "10th NPT Review Conference");
    await addItem(session, "Space security", {
      classification: "CONFIDENTIAL",
      releasableTo: ["KOR", "USA"],
    });
    const detail = await kor.json<{ agenda: { position: number; titleEn: string }[] }>("GET", session);
    expect(detail.body.agenda.map((i) => [i.position, i.titleEn])).toEqual([
      [1, "10th NPT Review Conference"],
      [2, "Space security"],
    ]);
    const above = await kor.json("POST", `${session}/agenda`, {
      titleEn: "x",
      titleKo: "엑스",
      ownerPersonId: people["Ham Sang-wook"],
      marking: { classification: "SECRET", releasableTo: ["KOR", "USA"] },
    });
    expect(above.status).toBe(400);

    const other = await newSession("SPD", { startsAt: inDays(20), endsAt: inDays(20, 4) });
    const foreignItem = await addItem(other, "Space norms");
    server.pipeline.now = () => new Date(Date.now() + 30 * 60_000);
    try {
      expect((await kor.json("POST", `${session}/held`)).status).toBe(200);
      const outcome = await kor.json<{ errors: { path: string; message: string }[] }>(
        "POST",
        `${session}/outcomes`,
        {
          agendaItemId: foreignItem,
          textEn: "Agreed.",
          textKo: "합의.",
        },
      );
      expect(outcome.status).toBe(400);
      expect(outcome.body.errors).toContainEqual({
        path: "/agendaItemId",
        message: "belongs to another body",
      });
    } finally {
      server.pipeline.now = () => new Date();
    }
  });

  it("gives the second of two editors of the same minutes a 409 with the current version", async () => {
    const session = await newSession();
    const item = await addItem(session, "Strategic Stability Dialogue");
    const minutes = `${session}/agenda/${item}/minutes`;
    const first = await kor.json<{ version: number }>("PUT", minutes, {
      minutesEn: "KOR text",
      minutesKo: "한국 문안",
      version: 0,
    });
    expect(first.body).toEqual({ version: 1 });
    const second = await usa.json<{ current: { version: number; minutesEn: string } }>("PUT", minutes, {
      minutesEn: "USA text",
      minutesKo: "미국 문안",
      version: 0,
    });
    expect(second.status).toBe(409);
    expect(second.body.current).toMatchObject({ version: 1, minutesEn: "KOR text" });
    const merged = await usa.json<{ version: number }>("PUT", minutes, {
      minutesEn: "Merged",
      minutesKo: "병합",
      version: 1,
    });
    expect(merged.body).toEqual({ version: 2 });
  });

  it("approves minutes only once every member nation's secretariat has, and then freezes them", async () => {
    const session = await newSession("DNP", { startsAt: inDays(-5), endsAt: inDays(-5, 3), held: true });
    const item = await addItem(session, "20th ROK-UN Joint Conference");
    await kor.json("PUT", `${session}/agenda/${item}/minutes`, {
      minutesEn: "Discussed.",
      minutesKo: "논의.",
      version: 0,
    });
    const planned = await newSession();
    const early = await kor.json("POST", `${planned}/approvals`);
    expect(early.status, JSON.stringify(early.body)).toBe(409);

    const korApproval = await kor.json<{ status: string; awaitingApprovalFrom: string[] }>(
      "POST",
      `${session}/approvals`,
    );
    expect(korApproval.body).toEqual({ status: "held", awaitingApprovalFrom: ["USA"] });
    expect((await kor.json("POST", `${session}/approvals`)).status).toBe(409);
    // Changing the text withdraws earlier approvals.
    await kor.json("PUT", `${session}/agenda/${item}/minutes`, {
      minutesEn: "Discussed at length.",
      minutesKo: "충분히 논의.",
      version: 1,
    });
    expect((await kor.json<{ approvedBy: string[] }>("GET", session)).body.approvedBy).toEqual([]);
    await kor.json("POST", `${session}/approvals`);
    const usaApproval = await usa.json<{ status: string }>("POST", `${session}/approvals`);
    expect(usaApproval.body.status).toBe("minutes-approved");
    const frozen = await kor.json("PUT", `${session}/agenda/${item}/minutes`, {
      minutesEn: "late",
      minutesKo: "늦음",
      version: 2,
    });
    expect(frozen.status).toBe(409);
    const lateOutcome = await kor.json("POST", `${session}/outcomes`, {
      agendaItemId: item,
      textEn: "Late.",
      textKo: "늦음.",
    });
    expect(lateOutcome.status).toBe(409);
    const admin = await signedIn("admin");
    expect((await admin.json("POST", `${session}/approvals`)).status).toBe(403);
  });

  it("shows each agenda item and outcome only to those cleared for it and releasable to", async () => {
    const session = await newSession("DNP", {
      startsAt: inDays(-2),
      endsAt: inDays(-2, 3),
      held: true,
      marking: { classification: "OFFICIAL", releasableTo: ["KOR", "USA"] },
    });
    const open = await addItem(session, "Public item", {
      classification: "PUBLIC",
      releasableTo: ["KOR", "USA"],
    });
    await addItem(session, "Confidential item", {
      classification: "CONFIDENTIAL",
      releasableTo: ["KOR", "USA"],
    });
    await addItem(session, "Korean eyes item", { classification: "OFFICIAL", releasableTo: ["KOR"] });
    await kor.json("POST", `${session}/outcomes`, {
      agendaItemId: open,
      textEn: "A confidential point.",
      textKo: "대외비 사항.",
      marking: { classification: "CONFIDENTIAL", releasableTo: ["KOR", "USA"] },
    });
    const titles = async (c: Client) => {
      const detail = await c.json<{ agenda: { titleEn: string }[] }>("GET", session);
      expect(detail.status, JSON.stringify(detail.body)).toBe(200);
      return detail.body.agenda.map((i) => i.titleEn);
    };
    expect(await titles(kor)).toEqual(["Public item", "Confidential item", "Korean eyes item"]);
    expect(await titles(usa)).toEqual(["Public item", "Confidential item"]);
    const official = await user(server.pipeline, { nation: "USA", role: "principal", clearance: "OFFICIAL" });
    const reader = await signedIn(official.username, testPassword);
    expect(await titles(reader)).toEqual(["Public item"]);
    const readerView = await reader.json<{ outcomes: unknown[] }>("GET", session);
    expect(readerView.body.outcomes).toEqual([]);
    const markdown = await (await reader.request("GET", `${session}/minutes.md`)).text();
    expect(markdown).toContain("**OFFICIAL // REL TO KOR, USA**");
    expect(markdown).not.toContain("Confidential");
    const korMarkdown = await (await kor.request("GET", `${session}/minutes.md`)).text();
    expect(korMarkdown.startsWith("**CONFIDENTIAL // REL TO KOR**")).toBe(true);
    // The PDF carries the same combined marking, for each reader their own (in its Subject and on every page).
    const readerPdf = await reader.request("GET", `${session}/minutes.pdf`);
    expect(readerPdf.headers.get("content-type")).toBe("application/pdf");
    const readerBytes = Buffer.from(await readerPdf.arrayBuffer()).toString("latin1");
    expect(readerBytes.startsWith("%PDF-")).toBe(true);
    expect(readerBytes).toContain("(OFFICIAL // REL TO KOR, USA)");
    expect(readerBytes).not.toContain("(CONFIDENTIAL");
    const korBytes = Buffer.from(
      await (await kor.request("GET", `${session}/minutes.pdf`)).arrayBuffer(),
    ).toString("latin1");
    expect(korBytes).toContain("(CONFIDENTIAL // REL TO KOR)");
    expect(
      (await reader.json("POST", `${session}/agenda`, { titleEn: "x", titleKo: "x", ownerPersonId: "x" }))
        .status,
    ).toBe(403);
  });
});
