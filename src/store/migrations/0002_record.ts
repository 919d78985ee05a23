// The record's Merkle tree (complete subtree hashes above the leaves; leaf hashes live in record_entries), signed checkpoints, nation cosigners and cosignatures.
import { type Kysely, SqliteAdapter, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("record_nodes")
    .addColumn("level", "integer", (c) => c.notNull())
    .addColumn("idx", "integer", (c) => c.notNull())
    .addColumn("hash", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("record_nodes_pk", ["level", "idx"])
    // On SQLite the key is the table itself: one B-tree to write per node instead of two.
    .$call((table) =>
      db.getExecutor().adapter instanceof SqliteAdapter ? table.modifyEnd(sql`WITHOUT ROWID`) : table,
    )
    .execute();
  await db.schema
    .createTable("record_checkpoints")
    .addColumn("size", "integer", (c) => c.primaryKey())
    .addColumn("root", "text", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("record_cosigners")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("nation", "text", (c) => c.notNull())
    .addColumn("public_key", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("record_cosignatures")
    .addColumn("size", "integer", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("line", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("record_cosignatures_pk", ["size", "name"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["record_cosignatures", "record_cosigners", "record_checkpoints", "record_nodes"]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
