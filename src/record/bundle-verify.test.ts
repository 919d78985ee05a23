// Bundle verification: a good bundle passes; a changed leaf byte, a deleted or reordered entry, a
// swapped log or nation key are each caught and named; a large bundle verifies in one pass.
import { describe, expect, it } from "vitest";
import { type RecordBundle, verifyBundle } from "./bundle-verify.ts";
import { canonicalJson } from "./canonical.ts";
import { appendToCompactRange, compactRangeRoot, emptyCompactRange, leafHash } from "./merkle.ts";
import { addSignatures, parseNote } from "./note.ts";
import { signCheckpoint } from "./note-checkpoint.ts";
import { cosignCheckpoint } from "./note-cosignature.ts";
import { type Ed25519KeyPair, generateEd25519KeyPair } from "./note-keys.ts";

const origin = "entente.example/record";
const logKey = generateEd25519KeyPair();
const nations = {
  "kor.entente.example": generateEd25519KeyPair(),
  "usa.entente.example": generateEd25519KeyPair(),
};

function eventLeaf(index: number): Uint8Array {
  return canonicalJson({
    v: 1,
    index,
    at: "2026-03-01T00:00:00.000Z",
    actor: { user: "u1", nation: "KOR" },
    type: "consultation.opened",
    subject: { kind: "consultation", id: `c${index}` },
    body: { title: `Consultation ${index}` },
    marking: { classification: "RESTRICTED", releasableTo: ["KOR", "USA"] },
  });
}

/** A bundle of `size` events, every `hiddenEvery`-th carried as its hash only, cosigned by both nations. */
function makeBundle(size: number, hiddenEvery = 3, leafOf = eventLeaf): RecordBundle {
  const range = emptyCompactRange();
  const entries: RecordBundle["entries"] = [];
  for (let index = 0; index < size; index++) {
    const leaf = leafOf(index);
    const hash = leafHash(leaf);
    appendToCompactRange(range, hash);
    entries.push(
      index % hiddenEvery === 2
        ? { index, leafHash: Buffer.from(hash).toString("hex") }
        : { index, leaf: Buffer.from(leaf).toString("base64") },
    );
  }
  const checkpoint = { origin, size, rootHash: compactRangeRoot(range), extensions: [] };
  const signed = signCheckpoint(checkpoint, { name: origin, privateKey: logKey.privateKey });
  const text = parseNote(signed).text;
  const cosignatures = Object.entries(nations).map(([name, key]) =>
    cosignCheckpoint(text, { name, privateKey: key.privateKey }, 1_772_323_200),
  );
  return {
    format: "entente-record/1",
    origin,
    publicKeys: Object.fromEntries(
      [[origin, logKey] as const, ...Object.entries(nations)].map(([name, key]) => [
        name,
        publicKeyBase64(key),
      ]),
    ),
    checkpoint: addSignatures(signed, cosignatures),
    entries,
  };
}

function publicKeyBase64(key: Ed25519KeyPair): string {
  return Buffer.from(key.publicKey).toString("base64");
}

describe("verifyBundle", () => {
  it("accepts a good bundle and names its signers", () => {
    for (const size of [0, 1, 2, 7, 64, 100]) {
      const result = verifyBundle(makeBundle(size));
      expect(result).toMatchObject({ ok: true, size });
      expect(result.signers.map((s) => s.name)).toEqual([origin, ...Object.keys(nations)]);
    }
  });

  it("detects a changed leaf byte", () => {
    const bundle = makeBundle(50);
    const entry = bundle.entries[10];
    if (!entry || !("leaf" in entry)) throw new Error("fixture: entry 10 carries its leaf");
    const leaf = Buffer.from(entry.leaf, "base64");
    leaf[leaf.indexOf("Consultation")] = "c".charCodeAt(0);
    bundle.entries[10] = { index: 10, leaf: leaf.toString("base64") };
    expect(verifyBundle(bundle)).toMatchObject({ ok: false, problem: expect.stringMatching(/root/) });
    bundle.entries[10] = {
      ...bundle.entries[10],
      leafHash: Buffer.from(leafHash(eventLeaf(10))).toString("hex"),
    };
    expect(verifyBundle(bundle)).toMatchObject({ ok: false, firstBadIndex: 10 });
  });

  it("detects a deleted entry and names its index", () => {
    const middle = makeBundle(50);
    middle.entries.splice(17, 1);
    expect(verifyBundle(middle)).toMatchObject({ ok: false, firstBadIndex: 17 });
    const last = makeBundle(50);
    last.entries.pop();
    expect(verifyBundle(last)).toMatchObject({ ok: false, firstBadIndex: 49 });
  });

  it("detects reordered entries, renumbered or not", () => {
    const bundle = makeBundle(50);
    const [a, b] = [bundle.entries[20], bundle.entries[30]];
    if (!a || !b) throw new Error("fixture: entries 20 and 30 exist");
    bundle.entries[20] = b;
    bundle.entries[30] = a;
    expect(verifyBundle(bundle)).toMatchObject({ ok: false, firstBadIndex: 20 });
    bundle.entries[20] = { ...b, index: 20 };
    bundle.entries[30] = { ...a, index: 30 };
    expect(verifyBundle(bundle)).toMatchObject({ ok: false, problem: expect.stringMatching(/root/) });
  });

  it("detects a swapped log key or nation key and names it", () => {
    const bundle = makeBundle(10);
    const swapped = { ...bundle.publicKeys, [origin]: publicKeyBase64(generateEd25519KeyPair()) };
    expect(verifyBundle({ ...bundle, publicKeys: swapped })).toMatchObject({ ok: false, badKey: origin });
    const nation = { ...bundle.publicKeys, "usa.entente.example": publicKeyBase64(generateEd25519KeyPair()) };
    expect(verifyBundle({ ...bundle, publicKeys: nation })).toMatchObject({
      ok: false,
      badKey: "usa.entente.example",
    });
    const pinned = { [origin]: generateEd25519KeyPair().publicKey };
    expect(verifyBundle(bundle, { pinnedKeys: pinned })).toMatchObject({ ok: false, badKey: origin });
    expect(verifyBundle(bundle, { pinnedKeys: { [origin]: logKey.publicKey } }).ok).toBe(true);
  });

  it("detects a checkpoint whose size or root was changed, or whose signature was dropped", () => {
    const bundle = makeBundle(10);
    const resized = bundle.checkpoint.replace(`${origin}\n10\n`, `${origin}\n9\n`);
    expect(verifyBundle({ ...bundle, checkpoint: resized })).toMatchObject({ ok: false, badKey: origin });
    const lines = bundle.checkpoint.split("\n");
    const unsigned = [...lines.slice(0, 4), ...lines.slice(5)].join("\n");
    expect(verifyBundle({ ...bundle, checkpoint: unsigned })).toMatchObject({ ok: false, badKey: origin });
  });

  it("refuses what is not a bundle, and malformed entries by index", () => {
    expect(verifyBundle({ format: "other" })).toMatchObject({ ok: false, size: 0 });
    const bundle = makeBundle(5);
    bundle.entries[3] = { index: 3, leafHash: "XYZ" };
    expect(verifyBundle(bundle)).toMatchObject({ ok: false, firstBadIndex: 3 });
  });

  // How fast is bench/record/bundle.ts's business; this proves a large bundle verifies at all.
  it("verifies a bundle of a hundred thousand entries", { timeout: 60_000 }, () => {
    const bundle = JSON.parse(
      JSON.stringify(makeBundle(100_000, 2, (index) => Buffer.from(`{"index":${index}}`))),
    );
    expect(verifyBundle(bundle)).toMatchObject({ ok: true, size: 100_000 });
  });
});
