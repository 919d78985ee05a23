// Verifies the live record: every leaf hash, indexes without gap, the stored tree, the checkpoint's root
// and its signature by the log key. Streams in batches with an O(log n) stack.
import type { Kysely } from "kysely";
import type { Database } from "../store/schema.ts";
import { latestCheckpoint, treeRoot } from "./checkpoints.ts";
import {
  appendToCompactRange,
  compactRangeRoot,
  emptyCompactRange,
  hashesEqual,
  leafHash,
} from "./merkle.ts";
import { verifyNote } from "./note-verify.ts";

export interface LiveVerification {
  ok: boolean;
  size: number;
  rootHex: string;
  firstBadIndex?: number;
  badKey?: string;
  problem?: string;
}

const batch = 5000;

export async function verifyLiveRecord(db: Kysely<Database>, log: { name: string; publicKey: Uint8Array }) {
  const checkpoint = await latestCheckpoint(db);
  const range = emptyCompactRange();
  let checkpointRoot: Uint8Array | undefined = checkpoint?.size === 0 ? compactRangeRoot(range) : undefined;
  const fail = (problem: string, extra: Partial<LiveVerification> = {}): LiveVerification => ({
    ok: false,
    size: range.size,
    rootHex: "",
    problem,
    ...extra,
  });
  for (let start = 0; ; start += batch) {
    const rows = await db
      .selectFrom("record_entries")
      .select(["idx", "leaf", "leaf_hash"])
      .where("idx", ">=", start)
      .orderBy("idx")
      .limit(batch)
      .execute();
    for (const row of rows) {
      const index = range.size;
      if (row.idx !== index)
        return fail(`entry ${index} is missing (found ${row.idx} next)`, { firstBadIndex: index });
      const hash = leafHash(Buffer.from(row.leaf, "utf8"));
      if (Buffer.from(hash).toString("hex") !== row.leaf_hash) {
        return fail(`entry ${index}: its leaf does not match its stored hash`, { firstBadIndex: index });
      }
      const stated: unknown = JSON.parse(row.leaf);
      if (typeof stated !== "object" || stated === null || Reflect.get(stated, "index") !== index) {
        return fail(`entry ${index}: the event inside states another index`, { firstBadIndex: index });
      }
      appendToCompactRange(range, hash);
      if (checkpoint && range.size === checkpoint.size) checkpointRoot = compactRangeRoot(range);
    }
    if (rows.length < batch) break;
  }
  const root = compactRangeRoot(range);
  const stored = await treeRoot(db, range.size).catch(() => undefined);
  if (!stored || !hashesEqual(stored, root)) return fail("the stored Merkle tree does not match the entries");
  if (checkpoint) {
    if (!checkpointRoot || Buffer.from(checkpointRoot).toString("hex") !== checkpoint.root) {
      return fail(`the entries do not produce the root signed at size ${checkpoint.size}`);
    }
    const verdict = verifyNote(checkpoint.note, [
      { name: log.name, type: "ed25519", publicKey: log.publicKey },
    ]);
    if (!verdict.ok || !verdict.verified.some((v) => v.name === log.name)) {
      return fail(`checkpoint ${checkpoint.size} is not signed by the log key ${log.name}`, {
        badKey: log.name,
      });
    }
  }
  return {
    ok: true,
    size: range.size,
    rootHex: Buffer.from(root).toString("hex"),
  } satisfies LiveVerification;
}
