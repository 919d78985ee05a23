// Readouts through HTTP on both storages: drafted from PUBLIC outcomes only, edited with optimistic
// concurrency and a leak guard, published, then public as JSON and as an Atom feed.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../src/app/server.ts";
import { readEvents, recordSize } from "../src/record/log.ts";
import { type Client, client } from "./http.ts";
import { storages } from "./stores.ts";

const password = "entente-demo-password";
const secretLine = "Exchange the draft national working papers before the Review Conference opens.";

describe.each(storages())("readouts on $name", (storage) => {
  let server: RunningServer;
  let kor: Client;
  let session: string;

  beforeAll(async () => {
    const webDir = mkdtempSync(join(tmpdir(), "entente-web-"));
    writeFileSync(join(webDir, "index.html"), "<!doctype html><title>Entente</title>");
    server = await startServer({ ...storage.fresh(), port: 0, demo: true, logLevel: "silent", webDir });
    const signedIn = client(server.url);
    await signedIn.signIn("kor.secretariat", password);
    kor = signedIn;
    const bodies = await kor.json<{ items: { id: string; acronym: string }[] }>("GET", "/api/v1/bodies");
    const dnp = bodies.body.items.find((b) => b.acronym === "DNP")?.id;
    const people = await kor.json<{ items: { id: string; nameEn: string }[] }>("GET", "/api/v1/people");
    const id = (name: string) => people.body.items.find((p) => p.nameEn === name)?.id;
    const created = await kor.json<{ id: string }>("POST", `/api/v1/bodies/${dnp}/sessions`, {
      titleEn: "High-Level Consultation",
      titleKo: "고위급 협의",
      startsAt: "2021-10-26T14:00:00Z",
      endsAt: "2021-10-26T16:00:00Z",
      timeZone: "America/New_York",
      placeEn: "the U.S. Department of State",
      placeKo: "미 국무부",
      level: "Vice-ministerial",
      participantIds: [id("Ham Sang-wook"), id("Bonnie Jenkins")],
      held: true,
      marking: { classification: "PUBLIC", releasableTo: ["KOR", "USA"] },
    });
    session = `/api/v1/bodies/${dnp}/sessions/${created.body.id}`;
    const item = await kor.json<{ id: string }>("POST", `${session}/agenda`, {
      titleEn: "the 10th NPT Review Conference",
      titleKo: "제10차 NPT 평가회의",
      ownerPersonId: id("Ham Sang-wook"),
      marking: { classification: "PUBLIC", releasableTo: ["KOR", "USA"] },
    });
    const outcome = (textEn: string, textKo: string, classification: string) =>
      kor.json("POST", `${session}/outcomes`, {
        agendaItemId: item.body.id,
        textEn,
        textKo,
        marking: { classification, releasableTo: ["KOR", "USA"] },
      });
    await outcome(
      "The two countries shared their commitment to reinforce the NPT.",
      "양국은 NPT 강화 의지를 공유하였다.",
      "PUBLIC",
    );
    await outcome(secretLine, "평가회의 개막 전 국가 작업문서 초안을 교환한다.", "CONFIDENTIAL");
  });
  afterAll(async () => {
    await server.close();
    await storage.cleanup();
  });

  it("drafts from PUBLIC outcomes only, edits with a version, refuses pasted restricted text, publishes publicly", async () => {
    const drafted = await kor.json<{ id: string }>("POST", `${session}/readout`);
    expect(drafted.status).toBe(201);
    const path = `/api/v1/readouts/${drafted.body.id}`;
    const draft = await kor.json<{ textEn: string; textKo: string; version: number; status: string }>(
      "GET",
      path,
    );
    expect(draft.body.status).toBe("draft");
    expect(draft.body.textEn).toContain("○ The two countries shared their commitment to reinforce the NPT.");
    expect(draft.body.textEn).toContain("Ham Sang-wook");
    expect(JSON.stringify(draft.body)).not.toContain("working papers");
    expect(JSON.stringify(draft.body)).not.toContain("작업문서");
    expect((await kor.json("POST", `${session}/readout`)).status).toBe(409);

    const anonymous = client(server.url);
    expect((await anonymous.json("GET", path)).status).toBe(404);
    const before = await anonymous.json<{ items: { id: string }[] }>("GET", "/api/v1/readouts");
    expect(before.body.items.map((r) => r.id)).not.toContain(drafted.body.id);

    const edit = {
      titleEn: "ROK and the U.S. hold a consultation",
      titleKo: "한미 협의 개최",
      textEn: `${draft.body.textEn}\n\n3. Closing.`,
      textKo: draft.body.textKo,
    };
    expect((await kor.json("PUT", path, { ...edit, version: 1 })).body).toEqual({ version: 2 });
    const stale = await kor.json<{ current: { version: number } }>("PUT", path, { ...edit, version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.current.version).toBe(2);
    const leak = await kor.json<{ errors: { path: string }[] }>("PUT", path, {
      ...edit,
      textEn: `${edit.textEn}\n\n○ ${secretLine.toUpperCase()}`,
      version: 2,
    });
    expect(leak.status).toBe(400);
    expect(leak.body.errors).toContainEqual(expect.objectContaining({ path: "/textEn" }));

    const duty = client(server.url);
    await duty.signIn("kor.duty", password);
    expect((await duty.json("POST", `${path}/publish`)).status).toBe(403);
    const size = await recordSize(server.store.db);
    expect((await kor.json("POST", `${path}/publish`)).status).toBe(200);
    expect((await readEvents(server.store.db, size, 5)).map((e) => e.type)).toEqual(["readout.published"]);
    expect((await kor.json("POST", `${path}/publish`)).status).toBe(409);
    expect((await kor.json("PUT", path, { ...edit, version: 2 })).status).toBe(409);

    const list = await anonymous.json<{ items: { id: string; titleEn: string }[] }>(
      "GET",
      "/api/v1/readouts",
    );
    // Newest first: ahead of the demo's 2021 readout.
    expect(list.body.items[0]).toMatchObject({
      id: drafted.body.id,
      titleEn: "ROK and the U.S. hold a consultation",
    });
    expect((await anonymous.json("GET", path)).status).toBe(200);

    const feed = await fetch(`${server.url}/readouts.atom`, { headers: { accept: "text/html" } });
    expect(feed.status).toBe(200);
    expect(feed.headers.get("content-type")).toContain("application/atom+xml");
    const xml = await feed.text();
    expect(xml).toContain("<title>ROK and the U.S. hold a consultation</title>");
    expect(xml).toContain("reinforce the NPT");
    expect(xml).not.toContain("working papers");
    const page = await fetch(`${server.url}/readouts`, { headers: { accept: "text/html" } });
    expect(await page.text()).toContain("<title>Entente</title>");
  });

  it("drafts nothing from a session not yet held", async () => {
    const bodies = await kor.json<{ items: { id: string; acronym: string }[] }>("GET", "/api/v1/bodies");
    const spd = bodies.body.items.find((b) => b.acronym === "SPD")?.id;
    const start = Date.now() + 86_400_000 * 7;
    const planned = await kor.json<{ id: string }>("POST", `/api/v1/bodies/${spd}/sessions`, {
      titleEn: "5th Space Policy Dialogue",
      titleKo: "제5차 우주정책대화",
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 7_200_000).toISOString(),
      timeZone: "Asia/Seoul",
      placeEn: "Seoul",
      placeKo: "서울",
      level: "Director-general",
      participantIds: [],
    });
    expect((await kor.json("POST", `/api/v1/bodies/${spd}/sessions/${planned.body.id}/readout`)).status).toBe(
      409,
    );
  });
});
