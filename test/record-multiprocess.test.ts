// Two servers on one PostgreSQL database append concurrently: one total order, no gap, no duplicate;
// and a tree that does not extend the last checkpoint is never signed.
import { afterAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../src/app/server.ts";
import { makeCheckpoint } from "../src/record/checkpoints.ts";
import { readEvents } from "../src/record/log.ts";
import { loadOrCreateLogKey } from "../src/record/log-key.ts";
import { verifyLiveRecord } from "../src/record/verify-live.ts";
import { client } from "./http.ts";
import { storages } from "./stores.ts";

const postgres = storages().find((s) => s.name === "postgres");

describe("the record shared by two servers on PostgreSQL", () => {
  if (!postgres) throw new Error("no postgres storage");
  const servers: RunningServer[] = [];
  afterAll(async () => {
    for (const server of servers) await server.close();
    await postgres.cleanup();
  });

  it("orders concurrent appends from both into one gapless sequence", async () => {
    const database = postgres.fresh();
    const first = await startServer({
      ...database,
      port: 0,
      demo: true,
      logLevel: "silent",
      webDir: "/nonexistent",
    });
    servers.push(first);
    // The second process shares the database and the log key, as a scaled-out deployment does.
    const second = await startServer({
      ...database,
      port: 0,
      demo: true,
      logLevel: "silent",
      webDir: "/nonexistent",
      recordKeyFile: first.config.recordKeyFile,
    });
    servers.push(second);
    const clients = [client(first.url), client(second.url)];
    for (const c of clients) await c.signIn("kor.secretariat", "entente-demo-password");
    const writes = Array.from({ length: 30 }, (_, i) =>
      clients[i % 2]?.json("POST", "/api/v1/organizations", {
        nation: "KOR",
        acronym: `O${i}`,
        nameEn: `Office ${i}`,
        nameKo: `사무소 ${i}`,
      }),
    );
    const answers = await Promise.all(writes);
    expect(answers.every((a) => a?.status === 201)).toBe(true);
    const events = await readEvents(first.store.db, 0, 10_000);
    expect(events.map((e) => e.index)).toEqual(events.map((_, i) => i));
    expect(events.filter((e) => e.type === "organization.added").length).toBe(8 + 30);
    const signer = loadOrCreateLogKey(first.config.recordKeyFile, first.config.recordOrigin);
    await makeCheckpoint(first.store.db, signer, new Date());
    expect(await verifyLiveRecord(second.store.db, signer)).toMatchObject({ ok: true, size: events.length });
  });

  it("refuses to sign a checkpoint that does not extend the last one", async () => {
    const server = servers[0];
    if (!server) throw new Error("no server");
    const signer = loadOrCreateLogKey(server.config.recordKeyFile, server.config.recordOrigin);
    const db = server.store.db;
    const before = await makeCheckpoint(db, signer, new Date());
    // Rewrite history: the stored hash of the first, largest complete subtree.
    const level = Math.floor(Math.log2(before.size));
    await db
      .updateTable("record_nodes")
      .set({ hash: "00".repeat(32) })
      .where("level", "=", level)
      .where("idx", "=", 0)
      .execute();
    await client(server.url).signIn("kor.duty", "entente-demo-password"); // appends an event
    await expect(makeCheckpoint(db, signer, new Date())).rejects.toThrow(/not consistent/);
    const latest = await db
      .selectFrom("record_checkpoints")
      .select("size")
      .orderBy("size", "desc")
      .executeTakeFirst();
    expect(latest?.size).toBe(before.size);
  });
});
