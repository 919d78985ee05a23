// C2SP signed-note: parsing and formatting notes, key IDs, and Ed25519 (type 0x01) signature lines.
// Spec: https://c2sp.org/signed-note — cosignatures live in note-cosignature.ts.
import { createHash, createPublicKey, type KeyObject, sign, verify } from "node:crypto";
import { publicKeyFromRaw, rawPublicKey } from "./note-keys.ts";

/** Signature type bytes assigned by C2SP signed-note: plain Ed25519, and tlog-cosignature/v1. */
export const SIGNATURE_TYPE = { ed25519: 0x01, cosignature: 0x04 } as const;
export type SignatureType = keyof typeof SIGNATURE_TYPE;

/** One signature line: the key name, its 32-bit key ID, and the bytes after the key ID. */
export type NoteSignature = { name: string; keyId: number; signature: Uint8Array };
/** A note: its text (ending in a newline) and its signature lines. */
export type SignedNote = { text: string; signatures: NoteSignature[] };
/** A private key that signs notes under a key name. */
export type NoteSigner = { name: string; privateKey: KeyObject };
/** A public key a verifier trusts, by name and signature type. */
export type NoteVerifier = { name: string; type: SignatureType; publicKey: Uint8Array };

/** Thrown when a note, checkpoint, key or signature line is not well formed. */
export class MalformedNoteError extends Error {
  override name = "MalformedNoteError";
}

const SIGNATURE_PREFIX = "\u2014 ";
const MAX_SIGNATURES = 100;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the spec forbids exactly these characters.
const CONTROL_EXCEPT_NEWLINE = /[\u0000-\u0009\u000b-\u001f]/;

/** True when `name` may be a key name: non-empty, with no Unicode space and no `+`. */
export function isValidKeyName(name: string): boolean {
  return (
    name.length > 0 && name.isWellFormed() && !/[\s\u0085+]/u.test(name) && !CONTROL_EXCEPT_NEWLINE.test(name)
  );
}

/**
 * The C2SP key ID: the first four bytes, big-endian, of SHA-256(name ‖ 0x0A ‖ type ‖ public key).
 *
 * @example noteKeyId("example.com/log", "ed25519", rawKey).toString(16).padStart(8, "0")
 */
export function noteKeyId(name: string, type: SignatureType, publicKey: Uint8Array): number {
  const digest = createHash("sha256")
    .update(name)
    .update(Uint8Array.of(0x0a, SIGNATURE_TYPE[type]))
    .update(publicKey)
    .digest();
  return digest.readUInt32BE(0);
}

/** Decodes standard base64 (RFC 4648 §4, padded), refusing any other spelling of the bytes. */
export function decodeBase64(text: string): Uint8Array | undefined {
  const bytes = Buffer.from(text, "base64");
  return bytes.toString("base64") === text ? bytes : undefined;
}

/**
 * A verifier key (vkey) as C2SP signed-note publishes it: `<name>+<hex key ID>+<base64(type ‖ key)>`.
 *
 * @example formatVkey({ name: "example.com/log", type: "ed25519", publicKey }) // "example.com/log+1a2b3c4d+AT…"
 */
export function formatVkey(verifier: NoteVerifier): string {
  if (!isValidKeyName(verifier.name)) throw new MalformedNoteError(`bad key name: ${verifier.name}`);
  const id = noteKeyId(verifier.name, verifier.type, verifier.publicKey).toString(16).padStart(8, "0");
  const material = Buffer.concat([Uint8Array.of(SIGNATURE_TYPE[verifier.type]), verifier.publicKey]);
  return `${verifier.name}+${id}+${material.toString("base64")}`;
}

/** Parses a vkey, checking that its key ID matches its name and key. */
export function parseVkey(vkey: string): NoteVerifier {
  // The base64 may itself contain "+", so only the first two are separators.
  const match = /^([^+]*)\+([0-9a-f]{8})\+(.*)$/s.exec(vkey);
  const [, name = "", id = "", encoded = ""] = match ?? [];
  const material = decodeBase64(encoded);
  const type = signatureTypeOf(material?.[0]);
  if (!match || !isValidKeyName(name) || !material || !type) {
    throw new MalformedNoteError(`malformed vkey: ${vkey}`);
  }
  const verifier = { name, type, publicKey: material.subarray(1) };
  if (
    verifier.publicKey.length !== 32 ||
    noteKeyId(name, type, verifier.publicKey) !== Number.parseInt(id, 16)
  ) {
    throw new MalformedNoteError(`vkey ${name} has a wrong key ID or key length`);
  }
  return verifier;
}

function signatureTypeOf(byte: number | undefined): SignatureType | undefined {
  if (byte === SIGNATURE_TYPE.ed25519) return "ed25519";
  if (byte === SIGNATURE_TYPE.cosignature) return "cosignature";
  return undefined;
}

/** Parses a signed note; throws {@link MalformedNoteError} if it breaks the C2SP format. */
export function parseNote(note: string): SignedNote {
  if (!note.isWellFormed() || CONTROL_EXCEPT_NEWLINE.test(note)) {
    throw new MalformedNoteError("note is not UTF-8 text free of control characters");
  }
  const split = note.lastIndexOf("\n\n");
  if (split < 0 || !note.endsWith("\n")) throw new MalformedNoteError("note has no signature block");
  const lines = note.slice(split + 2, -1).split("\n");
  if (lines.length > MAX_SIGNATURES)
    throw new MalformedNoteError(`note has over ${MAX_SIGNATURES} signatures`);
  return { text: note.slice(0, split + 1), signatures: lines.map(parseSignatureLine) };
}

function parseSignatureLine(line: string): NoteSignature {
  if (!line.startsWith(SIGNATURE_PREFIX)) throw new MalformedNoteError(`not a signature line: ${line}`);
  const [name = "", encoded = "", ...rest] = line.slice(SIGNATURE_PREFIX.length).split(" ");
  const bytes = decodeBase64(encoded);
  if (rest.length > 0 || !isValidKeyName(name) || bytes === undefined || bytes.length < 5) {
    throw new MalformedNoteError(`malformed signature line: ${line}`);
  }
  const view = Buffer.from(bytes);
  return { name, keyId: view.readUInt32BE(0), signature: view.subarray(4) };
}

/** Formats a note: its text, a blank line, then one line per signature. */
export function formatNote(note: SignedNote): string {
  assertNoteText(note.text);
  if (note.signatures.length === 0) throw new MalformedNoteError("a signed note needs a signature");
  const lines = note.signatures.map(({ name, keyId, signature }) => {
    if (!isValidKeyName(name)) throw new MalformedNoteError(`bad key name: ${name}`);
    const head = Buffer.alloc(4);
    head.writeUInt32BE(keyId);
    return `${SIGNATURE_PREFIX}${name} ${Buffer.concat([head, signature]).toString("base64")}\n`;
  });
  return `${note.text}\n${lines.join("")}`;
}

/** Throws unless `text` can be the text of a note: newline-terminated, no control characters. */
export function assertNoteText(text: string): void {
  if (!text.endsWith("\n") || !text.isWellFormed() || CONTROL_EXCEPT_NEWLINE.test(text)) {
    throw new MalformedNoteError("note text must be UTF-8 ending in a newline, without control characters");
  }
}

/** The Ed25519 (type 0x01) signature of `text` by `signer`, as a signature line. */
export function signNoteText(text: string, signer: NoteSigner): NoteSignature {
  assertNoteText(text);
  if (!isValidKeyName(signer.name)) throw new MalformedNoteError(`bad key name: ${signer.name}`);
  const publicKey = rawPublicKey(createPublicKey(signer.privateKey));
  return {
    name: signer.name,
    keyId: noteKeyId(signer.name, "ed25519", publicKey),
    signature: sign(null, Buffer.from(text), signer.privateKey),
  };
}

/**
 * Signs `text` with each signer and returns the signed note.
 *
 * @example signNote("example.com/log\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n", [logSigner])
 */
export function signNote(text: string, signers: readonly NoteSigner[]): string {
  return formatNote({ text, signatures: signers.map((signer) => signNoteText(text, signer)) });
}

/** Appends signature lines (for example cosignatures) to an already signed note. */
export function addSignatures(note: string, signatures: readonly NoteSignature[]): string {
  const parsed = parseNote(note);
  return formatNote({ text: parsed.text, signatures: [...parsed.signatures, ...signatures] });
}

/** True when `signature` is `verifier`'s valid Ed25519 (type 0x01) signature of `text`. */
export function verifyNoteSignature(text: string, signature: NoteSignature, verifier: NoteVerifier): boolean {
  if (verifier.type !== "ed25519" || signature.name !== verifier.name) return false;
  if (signature.keyId !== noteKeyId(verifier.name, "ed25519", verifier.publicKey)) return false;
  return verifyEd25519(Buffer.from(text), signature.signature, verifier.publicKey);
}

/** Ed25519 verification that answers false, rather than throwing, for a malformed key. */
export function verifyEd25519(message: Uint8Array, signature: Uint8Array, publicKey: Uint8Array): boolean {
  if (signature.length !== 64) return false;
  try {
    return verify(null, message, publicKeyFromRaw(publicKey), signature);
  } catch {
    return false;
  }
}
