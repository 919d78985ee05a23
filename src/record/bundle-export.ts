// Writes the record as an "entente-record/1" bundle: whole entries for the nation, hashes for the rest.
import type { Kysely } from "kysely";
import type { Database } from "../store/schema.ts";
import { BUNDLE_FORMAT, type RecordBundle } from "./bundle-verify.ts";
import { checkpointWithCosignatures, makeCheckpoint } from "./checkpoints.ts";
import type { LogSigner } from "./log-key.ts";

const batch = 5000;

/** The bundle up to a fresh checkpoint; with `nation`, entries not releasable to it carry only `leafHash`. */
export async function exportBundle(
  db: Kysely<Database>,
  signer: LogSigner,
  now: Date,
  nation?: string,
): Promise<RecordBundle> {
  const checkpoint = await makeCheckpoint(db, signer, now);
  const cosigners = await db.selectFrom("record_cosigners").selectAll().execute();
  const publicKeys: Record<string, string> = {
    [signer.name]: Buffer.from(signer.publicKey).toString("base64"),
  };
  for (const c of cosigners) publicKeys[c.name] = c.public_key;
  const entries: RecordBundle["entries"] = [];
  for (let start = 0; start < checkpoint.size; start += batch) {
    const rows = await db
      .selectFrom("record_entries")
      .select(["idx", "leaf", "leaf_hash", "releasable_to"])
      .where("idx", ">=", start)
      .where("idx", "<", Math.min(start + batch, checkpoint.size))
      .orderBy("idx")
      .execute();
    for (const row of rows) {
      const releasable = !nation || JSON.parse(row.releasable_to).includes(nation);
      entries.push(
        releasable
          ? {
              index: row.idx,
              leaf: Buffer.from(row.leaf, "utf8").toString("base64"),
              leafHash: row.leaf_hash,
            }
          : { index: row.idx, leafHash: row.leaf_hash },
      );
    }
  }
  return {
    format: BUNDLE_FORMAT,
    origin: signer.name,
    publicKeys,
    checkpoint: await checkpointWithCosignatures(db, checkpoint),
    entries,
  };
}
