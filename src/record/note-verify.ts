// Verifying a signed note against trusted keys, as C2SP signed-note requires: lines from unknown
// keys are ignored, a known key's bad signature rejects the note, and one good signature is needed.

import {
  MalformedNoteError,
  type NoteVerifier,
  noteKeyId,
  parseNote,
  type SignatureType,
  type SignedNote,
  verifyNoteSignature,
} from "./note.ts";
import { verifyCosignature } from "./note-cosignature.ts";

/** A signature that verified: by whom, of which type, and for a cosignature its time (POSIX seconds). */
export type VerifiedSignature = { name: string; type: SignatureType; time?: number };
/** The outcome of {@link verifyNote}. */
export type NoteVerification =
  | { ok: true; text: string; verified: VerifiedSignature[]; ignored: string[] }
  | { ok: false; problem: string; keyName?: string };

/**
 * Verifies a signed note against `verifiers`. A line is matched to a verifier by name and key ID;
 * unmatched lines are ignored (their names listed in `ignored`).
 *
 * @example const result = verifyNote(note, [{ name: origin, type: "ed25519", publicKey }]);
 */
export function verifyNote(note: string, verifiers: readonly NoteVerifier[]): NoteVerification {
  let parsed: SignedNote;
  try {
    parsed = parseNote(note);
  } catch (error) {
    if (error instanceof MalformedNoteError) return { ok: false, problem: error.message };
    throw error;
  }
  const verified: VerifiedSignature[] = [];
  const ignored: string[] = [];
  for (const signature of parsed.signatures) {
    const verifier = verifiers.find(
      (v) => v.name === signature.name && noteKeyId(v.name, v.type, v.publicKey) === signature.keyId,
    );
    if (verifier === undefined) {
      ignored.push(signature.name);
      continue;
    }
    if (verified.some((v) => v.name === verifier.name && v.type === verifier.type)) continue;
    const time =
      verifier.type === "cosignature" ? verifyCosignature(parsed.text, signature, verifier) : undefined;
    const valid =
      verifier.type === "cosignature"
        ? time !== undefined
        : verifyNoteSignature(parsed.text, signature, verifier);
    if (!valid)
      return { ok: false, problem: `invalid signature by ${verifier.name}`, keyName: verifier.name };
    verified.push(
      time === undefined
        ? { name: verifier.name, type: verifier.type }
        : { name: verifier.name, type: verifier.type, time },
    );
  }
  if (verified.length === 0) return { ok: false, problem: "no signature by a known key" };
  return { ok: true, text: parsed.text, verified, ignored };
}
