// C2SP tlog-checkpoint: the note text that states a tree head (origin, size, root hash).
// Spec: https://c2sp.org/tlog-checkpoint
import { decodeBase64, MalformedNoteError, type NoteSigner, signNote } from "./note.ts";

/** A tree head: which log, how many leaves, and the root hash; extension lines are opaque. */
export type Checkpoint = { origin: string; size: number; rootHash: Uint8Array; extensions: string[] };

/**
 * The checkpoint note text: `origin\nsize\nbase64(root)\n`, then any extension lines.
 *
 * @example formatCheckpoint({ origin: "entente.example/record", size: 0, rootHash: EMPTY_ROOT, extensions: [] })
 */
export function formatCheckpoint(checkpoint: Checkpoint): string {
  const { origin, size, rootHash, extensions } = checkpoint;
  if (origin.length === 0 || origin.includes("\n")) throw new MalformedNoteError("bad checkpoint origin");
  if (!Number.isSafeInteger(size) || size < 0) throw new MalformedNoteError(`bad checkpoint size ${size}`);
  if (rootHash.length !== 32) throw new MalformedNoteError("a checkpoint root hash has 32 bytes");
  if (extensions.some((line) => line.length === 0 || line.includes("\n"))) {
    throw new MalformedNoteError("checkpoint extension lines must be single non-empty lines");
  }
  const lines = [origin, String(size), Buffer.from(rootHash).toString("base64"), ...extensions];
  return `${lines.join("\n")}\n`;
}

/** Parses checkpoint note text; throws {@link MalformedNoteError} if it breaks the format. */
export function parseCheckpoint(text: string): Checkpoint {
  const lines = text.split("\n");
  if (lines.pop() !== "" || lines.length < 3 || lines.some((line) => line.length === 0)) {
    throw new MalformedNoteError("a checkpoint is at least three non-empty, newline-terminated lines");
  }
  const [origin = "", sizeLine = "", rootLine = "", ...extensions] = lines;
  const size = /^(0|[1-9][0-9]*)$/.test(sizeLine) ? Number(sizeLine) : Number.NaN;
  if (!Number.isSafeInteger(size)) throw new MalformedNoteError(`bad checkpoint size: ${sizeLine}`);
  const rootHash = decodeBase64(rootLine);
  if (rootHash?.length !== 32) throw new MalformedNoteError(`bad checkpoint root hash: ${rootLine}`);
  return { origin, size, rootHash, extensions };
}

/** Formats `checkpoint` and signs it as a note by the log's key (named, by convention, as the origin). */
export function signCheckpoint(checkpoint: Checkpoint, logSigner: NoteSigner): string {
  return signNote(formatCheckpoint(checkpoint), [logSigner]);
}
