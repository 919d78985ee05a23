// Property, end to end on both storages: whatever mix of markings a session's agenda and outcomes carry,
// no text of anything above PUBLIC reaches the drafted readout, the published one, or the Atom feed.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../src/app/server.ts";
import { type Client, client } from "./http.ts";
import { storages } from "./stores.ts";

const members = ["KOR", "USA"];
const words = fc.stringMatching(/^[a-z][a-z ]{2,24}$/);
const isPublic = (m: { classification: string; releasableTo: string[] }) =>
  m.classification === "PUBLIC" && m.releasableTo.length === members.length;

describe.each(storages())("readouts never carry restricted text, on $name", (storage) => {
  let server: RunningServer;
  let kor: Client;
  let dnp: string;
  let owner: string;
  let run = 0;

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
    const bodies = await kor.json<{ items: { id: string; acronym: string }[] }>("GET", "/api/v1/bodies");
    dnp = bodies.body.items.find((b) => b.acronym === "DNP")?.id ?? "";
    const people = await kor.json<{ items: { id: string }[] }>("GET", "/api/v1/people");
    owner = people.body.items[0]?.id ?? "";
  });
  afterAll(async () => {
    await server.close();
    await storage.cleanup();
  });

  it("holds for random agendas and outcomes, through draft, publish and feed", async () => {
    // Markings the Korean secretariat, which records everything here, can itself read.
    const korMarking = fc.record({
      classification: fc.constantFrom("PUBLIC", "OFFICIAL", "CONFIDENTIAL"),
      releasableTo: fc.subarray(["USA"]).map((more) => ["KOR", ...more]),
    });
    const item = fc.record({ title: words, marking: korMarking });
    const outcome = fc.record({ text: words, item: fc.nat(), marking: korMarking });
    await fc.assert(
      fc.asyncProperty(
        fc.array(item, { minLength: 1, maxLength: 3 }),
        fc.array(outcome, { minLength: 1, maxLength: 4 }),
        korMarking,
        async (items, outcomes, sessionMarking) => {
          run += 1;
          const start = Date.now() - (run + 1) * 86_400_000;
          const created = await kor.json<{ id: string }>("POST", `/api/v1/bodies/${dnp}/sessions`, {
            titleEn: `Session ${run}`,
            titleKo: `회의 ${run}`,
            startsAt: new Date(start).toISOString(),
            endsAt: new Date(start + 3_600_000).toISOString(),
            timeZone: "Asia/Seoul",
            placeEn: isPublic(sessionMarking) ? "Seoul" : `HIDDENPLACE${run}`,
            placeKo: "서울",
            level: "Working",
            participantIds: [owner],
            held: true,
            marking: sessionMarking,
          });
          expect(created.status, JSON.stringify(created.body)).toBe(201);
          const session = `/api/v1/bodies/${dnp}/sessions/${created.body.id}`;
          const itemIds: string[] = [];
          for (const [i, it] of items.entries()) {
            const secret = isPublic(it.marking) ? "" : `HIDDENAGENDA${run}x${i} `;
            const added = await kor.json<{ id: string }>("POST", `${session}/agenda`, {
              titleEn: `${secret}${it.title}`,
              titleKo: `${secret}${it.title}`,
              ownerPersonId: owner,
              marking: it.marking,
            });
            itemIds.push(added.body.id);
          }
          for (const [i, o] of outcomes.entries()) {
            const secret = isPublic(o.marking) ? "" : `RESTRICTED${run}x${i} `;
            const recorded = await kor.json("POST", `${session}/outcomes`, {
              agendaItemId: itemIds[o.item % itemIds.length],
              textEn: `${secret}${o.text}`,
              textKo: `${secret}${o.text}`,
              marking: o.marking,
            });
            expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
          }
          const drafted = await kor.json<{ id: string }>("POST", `${session}/readout`);
          const draft = await kor.json("GET", `/api/v1/readouts/${drafted.body.id}`);
          await kor.json("POST", `/api/v1/readouts/${drafted.body.id}/publish`);
          const published = await fetch(`${server.url}/api/v1/readouts/${drafted.body.id}`).then((r) =>
            r.text(),
          );
          const feed = await fetch(`${server.url}/readouts.atom`).then((r) => r.text());
          for (const text of [JSON.stringify(draft.body), published, feed]) {
            expect(text).not.toMatch(/RESTRICTED|HIDDENAGENDA|HIDDENPLACE/);
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
