// C2SP tlog-cosignature/v1 (Ed25519, signature type 0x04): a member nation's timestamped statement
// that it has seen this checkpoint as the newest consistent state of the log.
import { sign } from "node:crypto";
import {
  assertNoteText,
  isValidKeyName,
  MalformedNoteError,
  type NoteSignature,
  type NoteSigner,
  type NoteVerifier,
  noteKeyId,
  verifyEd25519,
} from "./note.ts";
import { rawPublicKey } from "./note-keys.ts";

/**
 * The message a cosigner signs: `cosignature/v1\ntime <seconds>\n` and then the whole checkpoint
 * note text, extension lines included, signature lines excluded.
 */
export function cosignatureMessage(checkpointText: string, time: number): Uint8Array {
  assertNoteText(checkpointText);
  if (!Number.isSafeInteger(time) || time < 0) throw new RangeError(`bad cosignature time ${time}`);
  return Buffer.from(`cosignature/v1\ntime ${time}\n${checkpointText}`);
}

/**
 * Cosigns a checkpoint's note text at `time` (POSIX seconds); the result is a signature line
 * whose payload is the 8-byte big-endian time followed by the 64-byte Ed25519 signature.
 *
 * @example addSignatures(note, [cosignCheckpoint(parseNote(note).text, nationSigner, nowSeconds)])
 */
export function cosignCheckpoint(checkpointText: string, cosigner: NoteSigner, time: number): NoteSignature {
  if (!isValidKeyName(cosigner.name)) throw new MalformedNoteError(`bad key name: ${cosigner.name}`);
  const publicKey = rawPublicKey(cosigner.privateKey);
  const timestamp = Buffer.alloc(8);
  timestamp.writeBigUInt64BE(BigInt(time));
  const signature = sign(null, cosignatureMessage(checkpointText, time), cosigner.privateKey);
  return {
    name: cosigner.name,
    keyId: noteKeyId(cosigner.name, "cosignature", publicKey),
    signature: Buffer.concat([timestamp, signature]),
  };
}

/**
 * Checks a cosignature line against a cosigner key; returns its time in POSIX seconds when valid,
 * or undefined when the line is not this key's valid cosignature of `checkpointText`.
 */
export function verifyCosignature(
  checkpointText: string,
  signature: NoteSignature,
  verifier: NoteVerifier,
): number | undefined {
  if (verifier.type !== "cosignature" || signature.name !== verifier.name) return undefined;
  if (signature.keyId !== noteKeyId(verifier.name, "cosignature", verifier.publicKey)) return undefined;
  if (signature.signature.length !== 8 + 64) return undefined;
  const payload = Buffer.from(signature.signature);
  const time = payload.readBigUInt64BE(0);
  if (time > BigInt(Number.MAX_SAFE_INTEGER)) return undefined;
  const message = cosignatureMessage(checkpointText, Number(time));
  return verifyEd25519(message, payload.subarray(8), verifier.publicKey) ? Number(time) : undefined;
}
