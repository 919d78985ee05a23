// Signed notes, vkeys and checkpoints: byte-for-byte against Go's sumdb/note and a live
// transparency log, and refusal of every tampered note.
import { createPrivateKey } from "node:crypto";
import { describe, expect, it } from "vitest";
import { EMPTY_ROOT } from "./merkle.ts";
import {
  addSignatures,
  formatNote,
  formatVkey,
  MalformedNoteError,
  type NoteVerifier,
  noteKeyId,
  parseNote,
  parseVkey,
  signNote,
} from "./note.ts";
import { formatCheckpoint, parseCheckpoint, signCheckpoint } from "./note-checkpoint.ts";
import { generateEd25519KeyPair, privateKeyFromPem, privateKeyToPem, rawPublicKey } from "./note-keys.ts";
import { verifyNote } from "./note-verify.ts";

// golang.org/x/mod/sumdb/note's documented example key pair, text and signed note.
const peterVkey = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
const peterSkey = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
const peterText =
  "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const peterNote = `${peterText}\n— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n`;

function peterSigner() {
  const { publicKey } = parseVkey(peterVkey);
  const jwk = {
    kty: "OKP",
    crv: "Ed25519",
    d: Buffer.from(peterSkey.split("+").slice(4).join("+"), "base64").subarray(1).toString("base64url"),
    x: Buffer.from(publicKey).toString("base64url"),
  };
  return { name: "PeterNeumann", privateKey: createPrivateKey({ key: jwk, format: "jwk" }) };
}

describe("signed notes", () => {
  it("signs exactly as Go's sumdb/note does, and verifies its note", () => {
    expect(signNote(peterText, [peterSigner()])).toBe(peterNote);
    expect(verifyNote(peterNote, [parseVkey(peterVkey)])).toEqual({
      ok: true,
      text: peterText,
      verified: [{ name: "PeterNeumann", type: "ed25519" }],
      ignored: [],
    });
  });

  it("round-trips a note with our own key, and formats what it parses", () => {
    const { publicKey, privateKey } = generateEd25519KeyPair();
    const note = signNote("entente.example/record\nhello\n", [
      { name: "entente.example/record", privateKey },
    ]);
    const verifier: NoteVerifier = { name: "entente.example/record", type: "ed25519", publicKey };
    expect(verifyNote(note, [verifier]).ok).toBe(true);
    expect(formatNote(parseNote(note))).toBe(note);
  });

  it("rejects a tampered text, a tampered signature, a swapped key or no known key", () => {
    const verifier = parseVkey(peterVkey);
    const badText = peterNote.replace("cryptography", "cryptographY");
    expect(verifyNote(badText, [verifier])).toMatchObject({ ok: false, keyName: "PeterNeumann" });
    const badSignature = peterNote.replace("x08go/ZJ", "x08go/ZK");
    expect(verifyNote(badSignature, [verifier])).toMatchObject({ ok: false, keyName: "PeterNeumann" });
    const other = generateEd25519KeyPair().publicKey;
    expect(verifyNote(peterNote, [{ ...verifier, publicKey: other }])).toMatchObject({ ok: false });
    expect(verifyNote(peterNote, [{ ...verifier, name: "PaulNeumann" }])).toMatchObject({ ok: false });
    expect(verifyNote(peterNote, [])).toEqual({ ok: false, problem: "no signature by a known key" });
  });

  it("ignores signatures by unknown keys but keeps the known one", () => {
    const { privateKey } = generateEd25519KeyPair();
    const stranger = parseNote(signNote(peterText, [{ name: "stranger", privateKey }])).signatures;
    const note = addSignatures(peterNote, stranger);
    const result = verifyNote(note, [parseVkey(peterVkey)]);
    expect(result).toMatchObject({ ok: true, ignored: ["stranger"] });
  });

  it("refuses malformed notes", () => {
    for (const bad of [
      peterText,
      `${peterText}\n— PeterNeumann\n`,
      `${peterText}\n— Peter Neumann x08go/ZJ\n`,
      `${peterText}\n-- PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n`,
      peterNote.replace("problem,", "problem,\t"),
      peterNote.slice(0, -1),
      peterNote.replace("AM=\n", "AM\n"),
    ]) {
      expect(() => parseNote(bad)).toThrow(MalformedNoteError);
      expect(verifyNote(bad, [parseVkey(peterVkey)]).ok).toBe(false);
    }
    expect(() => signNote("no final newline", [peterSigner()])).toThrow(MalformedNoteError);
    expect(() => signNote(peterText, [{ ...peterSigner(), name: "a+b" }])).toThrow(MalformedNoteError);
  });
});

describe("verifier keys", () => {
  it("parse and format the keys of Go's sumdb/note and transparency-dev, including a '+' in base64", () => {
    for (const vkey of [
      peterVkey,
      "TEST+7997405c+AQcC+FTVKf0jlTdHDY3rbevmnKxxPjigCXlVtGe6RIr6",
      "remora.n621.de+da77ade7+BOvN63jn/bLvkieywe8R6UYAtVtNbZpXh34x7onlmtw2",
    ]) {
      expect(formatVkey(parseVkey(vkey))).toBe(vkey);
    }
    expect(parseVkey("remora.n621.de+da77ade7+BOvN63jn/bLvkieywe8R6UYAtVtNbZpXh34x7onlmtw2").type).toBe(
      "cosignature",
    );
    expect(noteKeyId("PeterNeumann", "ed25519", parseVkey(peterVkey).publicKey)).toBe(0xc74f20a3);
  });

  it("refuses a wrong key ID, a bad name, bad base64 or an unknown type", () => {
    for (const bad of [
      peterVkey.replace("c74f20a3", "c74f20a4"),
      peterVkey.replace("c74f20a3", "C74F20A3"),
      `Peter Neumann${peterVkey.slice("PeterNeumann".length)}`,
      `${peterVkey}!`,
      peterVkey.replace("+AR", "+BR"),
      "PeterNeumann+c74f20a3",
    ]) {
      expect(() => parseVkey(bad)).toThrow(MalformedNoteError);
    }
  });
});

describe("keys", () => {
  it("round-trip a private key through PKCS #8 PEM and keep its public key", () => {
    const { publicKey, privateKey } = generateEd25519KeyPair();
    const pem = privateKeyToPem(privateKey);
    expect(pem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(rawPublicKey(privateKeyFromPem(pem))).toEqual(publicKey);
    expect(publicKey).toHaveLength(32);
  });
});

describe("checkpoints", () => {
  const checkpoint = { origin: "entente.example/record", size: 0, rootHash: EMPTY_ROOT, extensions: [] };

  it("format as origin, size and base64 root, and parse back", () => {
    const text = formatCheckpoint(checkpoint);
    expect(text).toBe("entente.example/record\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n");
    expect(parseCheckpoint(text)).toEqual({ ...checkpoint, rootHash: Buffer.from(EMPTY_ROOT) });
    expect(parseCheckpoint(`${text}ext\n`).extensions).toEqual(["ext"]);
  });

  it("are signed by the log key and verify", () => {
    const { publicKey, privateKey } = generateEd25519KeyPair();
    const note = signCheckpoint(checkpoint, { name: checkpoint.origin, privateKey });
    expect(verifyNote(note, [{ name: checkpoint.origin, type: "ed25519", publicKey }]).ok).toBe(true);
  });

  it("refuse a bad size, a bad root or missing lines", () => {
    for (const bad of [
      "o\n01\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n",
      "o\n-1\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n",
      "o\n1\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU\n",
      "o\n1\nAAAA\n",
      "o\n1\n",
      "o\n1\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n\n",
      "o\n99999999999999999999\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n",
    ]) {
      expect(() => parseCheckpoint(bad)).toThrow(MalformedNoteError);
    }
  });
});
