// The Merkle tree's complete-subtree hashes in the database: batch reads for proofs, writes on append.
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../store/schema.ts";
import type { NodeId, NodeReader, TreeNode } from "./merkle.ts";

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Reads the requested nodes (leaf hashes from the entries, higher nodes from record_nodes) in at
 * most two queries; a missing node is an error (the tree is damaged).
 */
export function databaseNodeReader(db: Db): NodeReader {
  return async (ids: readonly NodeId[]) => {
    if (ids.length === 0) return [];
    const leaves = ids.filter((id) => id.level === 0).map((id) => id.index);
    const inner = ids.filter((id) => id.level > 0);
    const byId = new Map<string, string>();
    if (leaves.length > 0) {
      const rows = await db
        .selectFrom("record_entries")
        .select(["idx", "leaf_hash"])
        .where("idx", "in", leaves)
        .execute();
      for (const row of rows) byId.set(`0/${row.idx}`, row.leaf_hash);
    }
    if (inner.length > 0) {
      const rows = await db
        .selectFrom("record_nodes")
        .select(["level", "idx", "hash"])
        .where((eb) =>
          eb.or(inner.map((id) => eb.and([eb("level", "=", id.level), eb("idx", "=", id.index)]))),
        )
        .execute();
      for (const row of rows) byId.set(`${row.level}/${row.idx}`, row.hash);
    }
    return ids.map((id) => {
      const hash = byId.get(`${id.level}/${id.index}`);
      if (hash === undefined)
        throw new Error(`The record's tree lacks node level ${id.level} index ${id.index}.`);
      return Buffer.from(hash, "hex");
    });
  };
}

/** Stores the nodes above the leaves; a leaf's hash is already in its entry. */
export async function storeNodes(db: Db, nodes: readonly TreeNode[]): Promise<void> {
  const inner = nodes.filter((n) => n.level > 0);
  if (inner.length === 0) return;
  await db
    .insertInto("record_nodes")
    .values(inner.map((n) => ({ level: n.level, idx: n.index, hash: Buffer.from(n.hash).toString("hex") })))
    .execute();
}
