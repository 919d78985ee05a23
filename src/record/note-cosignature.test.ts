// tlog-cosignature/v1: a live witness's cosignature verifies, our cosignatures round-trip, and any
// change to the checkpoint, the time or the key is refused.
import { describe, expect, it } from "vitest";
import { EMPTY_ROOT } from "./merkle.ts";
import { addSignatures, type NoteVerifier, parseNote, parseVkey } from "./note.ts";
import { formatCheckpoint, signCheckpoint } from "./note-checkpoint.ts";
import { cosignatureMessage, cosignCheckpoint, verifyCosignature } from "./note-cosignature.ts";
import { generateEd25519KeyPair } from "./note-keys.ts";
import { verifyNote } from "./note-verify.ts";

// A checkpoint of a public Static CT log, with its Ed25519 log signature, an RFC 6962 signature
// (type 0x05, unknown here) and cosignatures by public witnesses.
const liveNote = `arche2025h1.staging.ct.transparency.dev
1432088532
U7WM79jrzyhGZ5/GUBTpM7NzwdyfFx61t3RovgcC4Ro=

— arche2025h1.staging.ct.transparency.dev zTM8sQAAAZ5W0WdjBAMARjBEAiBjW5IQf9pvsYLfQFX6hoGREPMHbdQ3urbllzalApkptQIgIpwtEroeW2BXaHAI4kJXFbon5Ch9MNL5zRNZ55lvGt0=
— arche2025h1.staging.ct.transparency.dev ui8GwCF1+kWqZrxGdhj4aX3gcw7XUlXQQabg/27lefwhUkzbC3NygNI75MdhL1bfTW9g8Ei59RA23oHP7Ry1k3ZFWwQ=
— remora.n621.de 2net5wAAAABqEiEgPlfF3V06o0Y+fHM+J5J9s27wgxxcOVSpZ/2g/KSiXCg9DEZI+aVCIobWX9sXTynk5XeU/zZ0WBxtqB0DrAWfBw==
`;
const liveLog = parseVkey(
  "arche2025h1.staging.ct.transparency.dev+ba2f06c0+AU0vHmlGCS/PdN8b2OaGmKprLI8HKM+dJ472xgFYh15f",
);
const liveWitness = parseVkey("remora.n621.de+da77ade7+BOvN63jn/bLvkieywe8R6UYAtVtNbZpXh34x7onlmtw2");

describe("cosignatures", () => {
  it("verify a live witness's cosignature and the log's signature", () => {
    const result = verifyNote(liveNote, [liveLog, liveWitness]);
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.verified.map((v) => v.name)).toEqual([liveLog.name, liveWitness.name]);
    expect(result.verified[1]?.time).toBe(0x6a122120);
    expect(result.ignored).toEqual([liveLog.name]);
  });

  it("refuse the live cosignature once the checkpoint changes", () => {
    const changed = liveNote.replace("1432088532", "1432088533");
    expect(verifyNote(changed, [liveWitness])).toMatchObject({ ok: false, keyName: liveWitness.name });
  });

  it("round-trip: a nation cosigns the log's checkpoint and anyone can verify both", () => {
    const log = generateEd25519KeyPair();
    const nation = generateEd25519KeyPair();
    const checkpoint = { origin: "entente.example/record", size: 0, rootHash: EMPTY_ROOT, extensions: [] };
    const signed = signCheckpoint(checkpoint, { name: checkpoint.origin, privateKey: log.privateKey });
    const text = parseNote(signed).text;
    const cosignature = cosignCheckpoint(
      text,
      { name: "kor.entente.example", privateKey: nation.privateKey },
      1_750_000_000,
    );
    const note = addSignatures(signed, [cosignature]);
    const nationKey: NoteVerifier = {
      name: "kor.entente.example",
      type: "cosignature",
      publicKey: nation.publicKey,
    };
    expect(verifyCosignature(text, cosignature, nationKey)).toBe(1_750_000_000);
    expect(
      verifyNote(note, [{ name: checkpoint.origin, type: "ed25519", publicKey: log.publicKey }, nationKey]),
    ).toMatchObject({
      ok: true,
      verified: [
        { name: checkpoint.origin, type: "ed25519" },
        { name: "kor.entente.example", type: "cosignature", time: 1_750_000_000 },
      ],
    });
    expect(Buffer.from(cosignatureMessage(text, 5)).toString()).toBe(`cosignature/v1\ntime 5\n${text}`);
  });

  it("refuse a changed time, a changed body, another key, or a plain signature key", () => {
    const nation = generateEd25519KeyPair();
    const text = formatCheckpoint({ origin: "o", size: 1, rootHash: EMPTY_ROOT, extensions: [] });
    const cosignature = cosignCheckpoint(text, { name: "n", privateKey: nation.privateKey }, 100);
    const key: NoteVerifier = { name: "n", type: "cosignature", publicKey: nation.publicKey };
    const later = Uint8Array.from(cosignature.signature);
    later[7] = 101;
    expect(verifyCosignature(text, { ...cosignature, signature: later }, key)).toBeUndefined();
    expect(verifyCosignature(text.replace("\n1\n", "\n2\n"), cosignature, key)).toBeUndefined();
    expect(
      verifyCosignature(text, cosignature, { ...key, publicKey: generateEd25519KeyPair().publicKey }),
    ).toBeUndefined();
    expect(verifyCosignature(text, cosignature, { ...key, type: "ed25519" })).toBeUndefined();
    expect(verifyCosignature(text, cosignature, key)).toBe(100);
  });
});
