// Record entries as a reader sees them: whole where the policy lets them read, leaf hash only otherwise.
import type { Kysely } from "kysely";
import type { Actor } from "../access/actor.ts";
import { canSee } from "../access/policy.ts";
import type { Database } from "../store/schema.ts";
import type { RecordedEvent } from "./event.ts";

export type VisibleEntry =
  | { index: number; leafHash: string; leaf: string; event: RecordedEvent }
  | { index: number; leafHash: string };

/** Entries [start, end) for `reader`; an entry it may not read carries only its hash. */
export async function visibleEntries(
  db: Kysely<Database>,
  reader: Actor | { nation: string },
  start: number,
  end: number,
) {
  const rows = await db
    .selectFrom("record_entries")
    .select(["idx", "leaf", "leaf_hash", "classification", "releasable_to"])
    .where("idx", ">=", start)
    .where("idx", "<", end)
    .orderBy("idx")
    .execute();
  return rows.map((row): VisibleEntry => {
    const marking = { classification: row.classification, releasableTo: JSON.parse(row.releasable_to) };
    const readable =
      "kind" in reader ? canSee(reader, { marking }) : marking.releasableTo.includes(reader.nation);
    if (!readable) return { index: row.idx, leafHash: row.leaf_hash };
    return {
      index: row.idx,
      leafHash: row.leaf_hash,
      leaf: Buffer.from(row.leaf, "utf8").toString("base64"),
      event: JSON.parse(row.leaf),
    };
  });
}
