import { Type } from "typebox";
import { afterAll, describe, expect, it } from "vitest";
import { emptyPlatform, nation, organization, personInput } from "../../test/factories.ts";
import { storages } from "../../test/stores.ts";
import { systemActor } from "../access/actor.ts";
import { publicMarking } from "../access/marking.ts";
import { addPerson } from "../directory/commands.ts";
import { readEvents, recordSize } from "../record/log.ts";
import { verifyLiveRecord } from "../record/verify-live.ts";
import { defineCommand } from "./command.ts";
import { runCommand } from "./run-command.ts";

const actor = systemActor("test");

describe.each(storages())("the command pipeline on $name", (storage) => {
  afterAll(() => storage.cleanup());

  async function platformWithOrganization() {
    const platform = await emptyPlatform(storage.fresh());
    await nation(platform.pipeline, "KOR");
    const org = await organization(platform.pipeline, "KOR");
    return { ...platform, org };
  }

  it("appends one event in the record's shape and updates the projection", async () => {
    const { store, pipeline, org } = await platformWithOrganization();
    const before = await recordSize(store.db);
    const { result, event } = await runCommand(pipeline, actor, addPerson, personInput(org.id));
    expect(result.nameKo).toBe("함상욱");
    expect(event).toMatchObject({
      v: 1,
      index: before,
      type: "person.added",
      subject: { kind: "person", id: result.id },
      actor: { user: null, nation: null },
      marking: { classification: "PUBLIC", releasableTo: ["KOR"] },
    });
    const [stored] = await readEvents(store.db, before, 1);
    expect(stored).toEqual(event);
    const row = await store.db
      .selectFrom("people")
      .selectAll()
      .where("id", "=", result.id)
      .executeTakeFirst();
    expect(row?.name_en).toBe("Ham Sang-wook");
    await store.close();
  });

  it("returns the first result for a retried Idempotency-Key and appends nothing", async () => {
    const { store, pipeline, org } = await platformWithOrganization();
    const first = await runCommand(pipeline, actor, addPerson, personInput(org.id), {
      idempotencyKey: "retry-key-1",
    });
    const size = await recordSize(store.db);
    const again = await runCommand(pipeline, actor, addPerson, personInput(org.id), {
      idempotencyKey: "retry-key-1",
    });
    expect(again.result).toEqual(first.result);
    expect(again.event).toBeNull();
    expect(await recordSize(store.db)).toBe(size);
    await expect(
      runCommand(
        pipeline,
        actor,
        addPerson,
        { ...personInput(org.id), email: "other@example.kr" },
        { idempotencyKey: "retry-key-1" },
      ),
    ).rejects.toMatchObject({ kind: "conflict" });
    await store.close();
  });

  it("makes one event when the same request races itself", async () => {
    const { store, pipeline, org } = await platformWithOrganization();
    const size = await recordSize(store.db);
    const runs = await Promise.all(
      [1, 2, 3].map(() =>
        runCommand(pipeline, actor, addPerson, personInput(org.id), { idempotencyKey: "race-key-1" }),
      ),
    );
    expect(new Set(runs.map((r) => r.result.id)).size).toBe(1);
    expect(await recordSize(store.db)).toBe(size + 1);
    await store.close();
  });

  it("rejects unknown fields and wrong types, naming the field, and writes nothing", async () => {
    const { store, pipeline, org } = await platformWithOrganization();
    const size = await recordSize(store.db);
    await expect(
      runCommand(pipeline, actor, addPerson, { ...personInput(org.id), rank: "high" }),
    ).rejects.toMatchObject({
      kind: "invalid",
      errors: [expect.objectContaining({ message: expect.stringContaining("rank") })],
    });
    await expect(
      runCommand(pipeline, actor, addPerson, { ...personInput(org.id), nation: 410 }),
    ).rejects.toMatchObject({
      kind: "invalid",
      errors: expect.arrayContaining([expect.objectContaining({ path: "/nation" })]),
    });
    expect(await recordSize(store.db)).toBe(size);
    await store.close();
  });

  it("leaves nothing behind when a projection fails after the event was written", async () => {
    const { store, pipeline } = await platformWithOrganization();
    const size = await recordSize(store.db);
    const doomed = defineCommand({
      name: "doomed",
      input: Type.Object({ id: Type.String() }),
      async decide(_ctx, input) {
        return {
          event: {
            type: "test.doomed",
            subject: { kind: "test", id: input.id },
            body: input,
            marking: publicMarking(["KOR"]),
          },
          result: () => input,
        };
      },
    });
    const failing = {
      ...pipeline,
      projectors: {
        ...pipeline.projectors,
        "test.doomed": async (db: Parameters<(typeof pipeline.projectors)[string]>[0]) => {
          await db.insertInto("nations").values({ code: "ZZZ", name_en: "half", name_ko: "반" }).execute();
          throw new Error("injected failure");
        },
      },
    };
    await expect(
      runCommand(failing, actor, doomed, { id: "x" }, { idempotencyKey: "doomed-key" }),
    ).rejects.toThrow("injected failure");
    expect(await recordSize(store.db)).toBe(size);
    expect(await store.db.selectFrom("nations").selectAll().where("code", "=", "ZZZ").execute()).toEqual([]);
    expect(
      await store.db.selectFrom("idempotency_keys").selectAll().where("key", "=", "doomed-key").execute(),
    ).toEqual([]);
    await store.close();
  });

  it("commits the others and leaves no gap when some of many simultaneous commands fail after appending", async () => {
    const { store, pipeline, signer } = await platformWithOrganization();
    const before = await recordSize(store.db);
    const note = defineCommand({
      name: "note",
      input: Type.Object({ i: Type.Integer() }),
      async decide(_ctx, input) {
        return {
          event: {
            type: "test.noted",
            subject: { kind: "test", id: String(input.i) },
            body: input,
            marking: publicMarking(["KOR"]),
          },
          result: () => input,
        };
      },
    });
    // Every third event's projection fails after its event was appended.
    const flaky = {
      ...pipeline,
      projectors: {
        ...pipeline.projectors,
        "test.noted": async (_db: unknown, event: { body: unknown }) => {
          if (JSON.stringify(event.body).match(/"i":\d*[147]\}/)) throw new Error("injected failure");
        },
      },
    };
    const runs = await Promise.allSettled(
      Array.from({ length: 9 }, (_, i) => runCommand(flaky, actor, note, { i })),
    );
    expect(runs.map((r) => r.status)).toEqual([
      "fulfilled",
      "rejected",
      "fulfilled",
      "fulfilled",
      "rejected",
      "fulfilled",
      "fulfilled",
      "rejected",
      "fulfilled",
    ]);
    const events = await readEvents(store.db, 0, 1000);
    expect(events.length).toBe(before + 6);
    expect(events.map((e) => e.index)).toEqual(events.map((_, i) => i));
    expect(await verifyLiveRecord(store.db, signer)).toMatchObject({ ok: true, size: before + 6 });
    await store.close();
  });

  it("numbers events with no gap and no duplicate under concurrent commands", async () => {
    const { store, pipeline, org } = await platformWithOrganization();
    await Promise.all(
      Array.from({ length: 12 }, () => runCommand(pipeline, actor, addPerson, personInput(org.id))),
    );
    const events = await readEvents(store.db, 0, 1000);
    expect(events.map((e) => e.index)).toEqual(events.map((_, i) => i));
    await store.close();
  });
});

describe("two writers on one SQLite file (the server and the CLI)", () => {
  const [sqlite] = storages();
  afterAll(() => sqlite?.cleanup());

  it("keeps one gapless order when the other writer appended behind the in-memory head", async () => {
    if (!sqlite) throw new Error("no sqlite storage");
    const overrides = sqlite.fresh();
    const server = await emptyPlatform(overrides);
    const cli = await emptyPlatform(overrides);
    await nation(server.pipeline, "KOR");
    const org = await organization(cli.pipeline, "KOR");
    await runCommand(server.pipeline, actor, addPerson, personInput(org.id));
    await runCommand(cli.pipeline, actor, addPerson, personInput(org.id));
    await runCommand(server.pipeline, actor, addPerson, personInput(org.id));
    const events = await readEvents(server.store.db, 0, 100);
    expect(events.map((e) => e.index)).toEqual([0, 1, 2, 3, 4]);
    expect(await verifyLiveRecord(server.store.db, server.signer)).toMatchObject({ ok: true, size: 5 });
    await server.store.close();
    await cli.store.close();
  });
});
