// Verifies an exported record bundle (format "entente-record/1") with no database: every leaf hash,
// the root, the log's checkpoint signature and the member nations' cosignatures.
import Type from "typebox";
import { Compile } from "typebox/compile";
import {
  appendToCompactRange,
  compactRangeRoot,
  emptyCompactRange,
  hashesEqual,
  leafHash,
} from "./merkle.ts";
import { decodeBase64, MalformedNoteError, noteKeyId, parseNote, verifyNoteSignature } from "./note.ts";
import { type Checkpoint, parseCheckpoint } from "./note-checkpoint.ts";
import { verifyCosignature } from "./note-cosignature.ts";

/** The `format` value of a bundle this module verifies. */
export const BUNDLE_FORMAT = "entente-record/1";

const hexHash = Type.String({ pattern: "^[0-9a-f]{64}$" });
/** One entry: its leaf bytes in base64 (optionally with the log's leaf hash), or only the hash. */
export const RecordBundleEntrySchema = Type.Union([
  Type.Object({ index: Type.Integer({ minimum: 0 }), leaf: Type.String(), leafHash: Type.Optional(hexHash) }),
  Type.Object({ index: Type.Integer({ minimum: 0 }), leafHash: hexHash }),
]);
const bundleFields = {
  format: Type.Literal(BUNDLE_FORMAT),
  origin: Type.String({ minLength: 1 }),
  /** Raw 32-byte Ed25519 public keys in base64, by key name: the origin's is the log key. */
  publicKeys: Type.Record(Type.String(), Type.String()),
  /** The signed checkpoint note, with any cosignature lines. */
  checkpoint: Type.String(),
};
/** The JSON Schema of a bundle, for routes that export one. */
export const RecordBundleSchema = Type.Object({
  ...bundleFields,
  entries: Type.Array(RecordBundleEntrySchema),
});
/** A bundle as {@link RecordBundleSchema} describes it. */
export type RecordBundle = Type.Static<typeof RecordBundleSchema>;

const isEnvelope = Compile(Type.Object({ ...bundleFields, entries: Type.Array(Type.Unknown()) }));
const isEntry = Compile(RecordBundleEntrySchema);

/** A key whose signature verified: the log's, or a nation's cosignature with its time (POSIX seconds). */
export type BundleSigner = { name: string; role: "log" | "cosigner"; time?: number };
/**
 * The outcome of {@link verifyBundle}. `size` and `rootHex` are the checkpoint's (0 and "" when it
 * could not be read); on failure `firstBadIndex` or `badKey` says where, when that can be known.
 */
export type BundleVerification = {
  ok: boolean;
  size: number;
  rootHex: string;
  firstBadIndex?: number;
  badKey?: string;
  problem?: string;
  signers: BundleSigner[];
};
/** Keys the verifier already trusts, by name; the bundle's published keys must match them. */
export type BundleVerifyOptions = { pinnedKeys?: Readonly<Record<string, Uint8Array>> };

type Failure = { problem: string; firstBadIndex?: number; badKey?: string };
type Keys = Map<string, Uint8Array>;

/**
 * Verifies a parsed bundle. Entries must be indices 0..n−1 in order; the root of their leaf hashes
 * must be the checkpoint's, for its size; the log key (named by the origin) must have signed it,
 * and every cosignature line by a published nation key must verify. Streams with an O(log n) stack.
 *
 * @example const result = verifyBundle(JSON.parse(text), { pinnedKeys: { [origin]: logKey } });
 */
export function verifyBundle(bundle: unknown, options: BundleVerifyOptions = {}): BundleVerification {
  if (!isEnvelope.Check(bundle)) return failed({ problem: `not an ${BUNDLE_FORMAT} bundle` });
  const keys = readKeys(bundle.publicKeys, bundle.origin, options.pinnedKeys ?? {});
  if (!(keys instanceof Map)) return failed(keys);
  let checkpoint: Checkpoint;
  let text: string;
  try {
    ({ text } = parseNote(bundle.checkpoint));
    checkpoint = parseCheckpoint(text);
  } catch (error) {
    if (error instanceof MalformedNoteError) return failed({ problem: `checkpoint: ${error.message}` });
    throw error;
  }
  const head = { size: checkpoint.size, rootHex: Buffer.from(checkpoint.rootHash).toString("hex") };
  if (checkpoint.origin !== bundle.origin) {
    return failed(
      { problem: `checkpoint origin ${checkpoint.origin} is not the bundle's ${bundle.origin}` },
      head,
    );
  }
  const signers = checkSignatures(bundle.checkpoint, text, bundle.origin, keys);
  if (!Array.isArray(signers)) return failed(signers, head);
  const root = rootOfEntries(bundle.entries, checkpoint.size);
  if (!(root instanceof Uint8Array)) return failed(root, head, signers);
  if (!hashesEqual(root, checkpoint.rootHash)) {
    const problem = `entries hash to root ${Buffer.from(root).toString("hex")}, not the signed ${head.rootHex}`;
    return failed({ problem }, head, signers);
  }
  return { ok: true, ...head, signers };
}

function failed(
  failure: Failure,
  head = { size: 0, rootHex: "" },
  signers: BundleSigner[] = [],
): BundleVerification {
  return { ok: false, ...head, ...failure, signers };
}

function readKeys(
  published: Record<string, string>,
  origin: string,
  pinned: Readonly<Record<string, Uint8Array>>,
): Keys | Failure {
  const keys: Keys = new Map();
  for (const [name, encoded] of Object.entries(published)) {
    const key = decodeBase64(encoded);
    if (key?.length !== 32) return { problem: `public key ${name} is not 32 bytes of base64`, badKey: name };
    keys.set(name, key);
  }
  for (const [name, key] of Object.entries(pinned)) {
    const found = keys.get(name);
    if (!found || !hashesEqual(found, key))
      return { problem: `published key ${name} is not the pinned one`, badKey: name };
  }
  if (!keys.has(origin)) return { problem: `no public key for the log ${origin}`, badKey: origin };
  return keys;
}

// Stricter than signed-note's "ignore unknown keys": a line under a published name must verify,
// since the bundle publishes the keys it claims to be signed by.
function checkSignatures(note: string, text: string, origin: string, keys: Keys): BundleSigner[] | Failure {
  const signers: BundleSigner[] = [];
  for (const signature of parseNote(note).signatures) {
    const publicKey = keys.get(signature.name);
    if (publicKey === undefined) continue;
    const name = signature.name;
    const role = name === origin ? "log" : "cosigner";
    const type = role === "log" ? "ed25519" : "cosignature";
    if (signature.keyId !== noteKeyId(name, type, publicKey)) {
      return { problem: `signature by ${name} is not by its published key`, badKey: name };
    }
    const time =
      role === "cosigner" ? verifyCosignature(text, signature, { name, type, publicKey }) : undefined;
    const valid =
      role === "log" ? verifyNoteSignature(text, signature, { name, type, publicKey }) : time !== undefined;
    if (!valid) return { problem: `invalid ${type} signature by ${name}`, badKey: name };
    signers.push(time === undefined ? { name, role } : { name, role, time });
  }
  if (!signers.some((s) => s.role === "log"))
    return { problem: `checkpoint is not signed by the log key ${origin}`, badKey: origin };
  return signers;
}

function rootOfEntries(entries: readonly unknown[], size: number): Uint8Array | Failure {
  const range = emptyCompactRange();
  for (const [i, entry] of entries.entries()) {
    if (!isEntry.Check(entry)) return { problem: `entry ${i} is malformed`, firstBadIndex: i };
    if (entry.index !== i) {
      return {
        problem: `entry ${i} has index ${entry.index}: indices must run 0, 1, 2… with no gap`,
        firstBadIndex: i,
      };
    }
    let hash: Uint8Array;
    if ("leaf" in entry) {
      const leaf = decodeBase64(entry.leaf);
      if (leaf === undefined)
        return { problem: `entry ${i} has a leaf that is not base64`, firstBadIndex: i };
      hash = leafHash(leaf);
      if (entry.leafHash !== undefined && Buffer.from(hash).toString("hex") !== entry.leafHash) {
        return { problem: `leaf ${i} does not hash to its recorded leaf hash`, firstBadIndex: i };
      }
    } else {
      hash = Buffer.from(entry.leafHash, "hex");
    }
    appendToCompactRange(range, hash);
  }
  if (entries.length !== size) {
    const problem = `bundle has ${entries.length} entries but the checkpoint covers ${size}`;
    return { problem, firstBadIndex: Math.min(entries.length, size) };
  }
  return compactRangeRoot(range);
}
