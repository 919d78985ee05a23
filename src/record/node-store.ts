// The Merkle tree's complete-subtree hashes in the database: batch reads for proofs, writes on append.
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../store/schema.ts";
import type { NodeId, NodeReader, TreeNode } from "./merkle.ts";

type Db = Kysely<Database> | Transaction<Database>;

/** Reads the requested nodes in one query; a missing node is an error (the tree is damaged). */
export function databaseNodeReader(db: Db): NodeReader {
  return async (ids: readonly NodeId[]) => {
    if (ids.length === 0) return [];
    const rows = await db
      .selectFrom("record_nodes")
      .select(["level", "idx", "hash"])
      .where((eb) => eb.or(ids.map((id) => eb.and([eb("level", "=", id.level), eb("idx", "=", id.index)]))))
      .execute();
    const byId = new Map(rows.map((row) => [`${row.level}/${row.idx}`, row.hash]));
    return ids.map((id) => {
      const hash = byId.get(`${id.level}/${id.index}`);
      if (hash === undefined)
        throw new Error(`The record's tree lacks node level ${id.level} index ${id.index}.`);
      return Buffer.from(hash, "hex");
    });
  };
}

export async function storeNodes(db: Db, nodes: readonly TreeNode[]): Promise<void> {
  if (nodes.length === 0) return;
  await db
    .insertInto("record_nodes")
    .values(nodes.map((n) => ({ level: n.level, idx: n.index, hash: Buffer.from(n.hash).toString("hex") })))
    .execute();
}
