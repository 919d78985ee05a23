// The shared record end to end, on both storages: proofs over HTTP, tampering caught, replay, bundles, cosigning.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projections } from "../src/app/projections.ts";
import { type RunningServer, startServer } from "../src/app/server.ts";
import { cosignFromWitness } from "../src/cli/cosign.ts";
import { exportBundle } from "../src/record/bundle-export.ts";
import { verifyBundle } from "../src/record/bundle-verify.ts";
import { loadOrCreateLogKey } from "../src/record/log-key.ts";
import { verifyConsistency, verifyInclusion } from "../src/record/merkle-verify.ts";
import { generateEd25519KeyPair, privateKeyToPem } from "../src/record/note-keys.ts";
import { verifyNote } from "../src/record/note-verify.ts";
import { projectionsMatchReplay } from "../src/record/replay.ts";
import { verifyLiveRecord } from "../src/record/verify-live.ts";
import { client } from "./http.ts";
import { storages } from "./stores.ts";

const password = "entente-demo-password";
const b = (s: string) => Buffer.from(s, "base64");

describe.each(storages())("the shared record on $name", (storage) => {
  let server: RunningServer;
  const scratch = mkdtempSync(join(tmpdir(), "entente-record-test-"));
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
    rmSync(scratch, { recursive: true, force: true });
  });

  async function auditor(nation: "kor" | "usa") {
    const c = client(server.url);
    await c.signIn(`${nation}.auditor`, password);
    return c;
  }

  it("serves a signed checkpoint and proofs that verify against it", async () => {
    const c = await auditor("kor");
    const keys = (await c.json<{ origin: string; logPublicKey: string }>("GET", "/api/v1/record/keys")).body;
    const note = await (await c.request("GET", "/api/v1/record/checkpoint")).text();
    const verdict = verifyNote(note, [
      { name: keys.origin, type: "ed25519", publicKey: b(keys.logPublicKey) },
    ]);
    expect(verdict.ok).toBe(true);
    const [, sizeLine = "", rootLine = ""] = note.split("\n");
    const size = Number(sizeLine);
    expect(size).toBeGreaterThan(20);
    for (const index of [0, 7, size - 1]) {
      const p = (
        await c.json<{ leafHash: string; proof: string[]; rootHash: string }>(
          "GET",
          `/api/v1/record/proof/inclusion?index=${index}&size=${size}`,
        )
      ).body;
      expect(p.rootHash).toBe(rootLine);
      expect(verifyInclusion(index, size, Buffer.from(p.leafHash, "hex"), p.proof.map(b), b(rootLine))).toBe(
        true,
      );
      expect(
        verifyInclusion(index, size, Buffer.from(p.leafHash, "hex"), p.proof.map(b), b(p.proof[0] ?? "")),
      ).toBe(false);
    }
    const cp = (
      await c.json<{ oldRoot: string; newRoot: string; proof: string[] }>(
        "GET",
        `/api/v1/record/proof/consistency?from=5&to=${size}`,
      )
    ).body;
    expect(verifyConsistency(5, size, cp.proof.map(b), b(cp.oldRoot), b(cp.newRoot))).toBe(true);
    const beyond = await c.json("GET", `/api/v1/record/proof/inclusion?index=0&size=${size + 1000}`);
    expect(beyond.status).toBe(400);
  });

  it("shows each nation its releasable entries whole and the others as hashes only", async () => {
    const c = await auditor("kor");
    const page = (
      await c.json<{ entries: { index: number; event?: { marking: { releasableTo: string[] } } }[] }>(
        "GET",
        "/api/v1/record/entries?start=0&end=1000",
      )
    ).body;
    const hidden = page.entries.filter((e) => !e.event);
    const shown = page.entries.filter((e) => e.event);
    expect(hidden.length).toBeGreaterThan(0); // USA accounts' events are USA-only
    expect(shown.every((e) => e.event?.marking.releasableTo.includes("KOR"))).toBe(true);
    const anonymous = await fetch(`${server.url}/api/v1/record/entries`);
    expect(anonymous.status).toBe(401);
  });

  it("replays the record into an empty database and reproduces every projection", async () => {
    expect(await projectionsMatchReplay(server.store.db, projections, join(scratch, "replay"))).toEqual([]);
  });

  it("exports a bundle per nation that verifies without the database, cosigned by the nation", async () => {
    const keyFile = join(scratch, "kor-witness.pem");
    const pair = generateEd25519KeyPair();
    writeFileSync(keyFile, privateKeyToPem(pair.privateKey));
    const c = await auditor("kor");
    const registered = await c.json("POST", "/api/v1/record/cosigners", {
      name: "kor.witness",
      publicKey: Buffer.from(pair.publicKey).toString("base64"),
    });
    expect(registered.status).toBe(201);
    const token = await cliToken(server);
    await cosignFromWitness({ key: keyFile, name: "kor.witness", url: server.url, token });
    const bundle = await exportBundle(
      server.store.db,
      loadOrCreateLogKey(server.config.recordKeyFile, server.config.recordOrigin),
      new Date(),
      "KOR",
    );
    const result = verifyBundle(JSON.parse(JSON.stringify(bundle)));
    expect(result).toMatchObject({ ok: true });
    expect(result.signers.map((s) => s.name)).toEqual(
      expect.arrayContaining([server.config.recordOrigin, "kor.witness"]),
    );
    expect(bundle.entries.some((e) => !("leaf" in e))).toBe(true);
  });

  it("catches a changed byte, a deleted row, reordered rows and a swapped log key, naming where", async () => {
    const signer = loadOrCreateLogKey(server.config.recordKeyFile, server.config.recordOrigin);
    const db = server.store.db;
    expect(await verifyLiveRecord(db, signer)).toMatchObject({ ok: true });

    const row = await db
      .selectFrom("record_entries")
      .selectAll()
      .where("idx", "=", 3)
      .executeTakeFirstOrThrow();
    await db
      .updateTable("record_entries")
      .set({ leaf: row.leaf.replace('"v":1', '"v":2') })
      .where("idx", "=", 3)
      .execute();
    expect(await verifyLiveRecord(db, signer)).toMatchObject({ ok: false, firstBadIndex: 3 });
    await db.updateTable("record_entries").set({ leaf: row.leaf }).where("idx", "=", 3).execute();

    const other = await db
      .selectFrom("record_entries")
      .selectAll()
      .where("idx", "=", 4)
      .executeTakeFirstOrThrow();
    await db
      .updateTable("record_entries")
      .set({ leaf: other.leaf, leaf_hash: other.leaf_hash })
      .where("idx", "=", 3)
      .execute();
    await db
      .updateTable("record_entries")
      .set({ leaf: row.leaf, leaf_hash: row.leaf_hash })
      .where("idx", "=", 4)
      .execute();
    expect(await verifyLiveRecord(db, signer)).toMatchObject({ ok: false, firstBadIndex: 3 });
    await db
      .updateTable("record_entries")
      .set({ leaf: row.leaf, leaf_hash: row.leaf_hash })
      .where("idx", "=", 3)
      .execute();
    await db
      .updateTable("record_entries")
      .set({ leaf: other.leaf, leaf_hash: other.leaf_hash })
      .where("idx", "=", 4)
      .execute();

    await db.deleteFrom("record_entries").where("idx", "=", 6).execute();
    expect(await verifyLiveRecord(db, signer)).toMatchObject({ ok: false, firstBadIndex: 6 });
    const six = await db
      .selectFrom("record_entries")
      .selectAll()
      .where("idx", "=", 5)
      .executeTakeFirstOrThrow();
    expect(six.idx).toBe(5);

    const impostor = generateEd25519KeyPair();
    const swapped = await verifyLiveRecord(db, { name: signer.name, publicKey: impostor.publicKey });
    expect(swapped.ok).toBe(false);
  });
});

async function cliToken(server: RunningServer): Promise<string> {
  const { createApiToken } = await import("../src/access/commands.ts");
  const { systemActor } = await import("../src/access/actor.ts");
  const { runCommand } = await import("../src/pipeline/run-command.ts");
  const user = await server.store.db
    .selectFrom("users")
    .select("id")
    .where("username", "=", "kor.auditor")
    .executeTakeFirstOrThrow();
  const { result } = await runCommand(server.pipeline, systemActor("test"), createApiToken, {
    userId: user.id,
    name: "witness",
    days: 1,
  });
  return result.token;
}
