// Opens the database (embedded SQLite by default, PostgreSQL when a URL is given) and migrates it.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { Kysely, type MigrationResultSet, Migrator } from "kysely";
import { migrations } from "./migrations/index.ts";
import { createPostgresDialect, createPostgresPool, ensurePostgresSchema } from "./postgres-dialect.ts";
import type { Database } from "./schema.ts";
import { createSqliteDialect } from "./sqlite-dialect.ts";

export type DialectName = "sqlite" | "postgres";

export interface Store {
  db: Kysely<Database>;
  dialect: DialectName;
  /** The PostgreSQL schema the store lives in, when not the default one. */
  schema?: string | undefined;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** Folder of the embedded database; used when `databaseUrl` is absent. */
  dataDir: string;
  databaseUrl?: string | undefined;
  databaseSchema?: string | undefined;
}

/**
 * Opens the store. Example: `const store = await openStore({ dataDir: "./data" })`.
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  if (options.databaseUrl) {
    const pgOptions = { url: options.databaseUrl, schema: options.databaseSchema };
    await ensurePostgresSchema(pgOptions);
    const db = new Kysely<Database>({ dialect: createPostgresDialect(createPostgresPool(pgOptions)) });
    return { db, dialect: "postgres", schema: options.databaseSchema, close: () => db.destroy() };
  }
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const db = new Kysely<Database>({ dialect: createSqliteDialect(join(options.dataDir, "entente.sqlite")) });
  return { db, dialect: "sqlite", close: () => db.destroy() };
}

/** Brings the schema up to the latest migration; throws with the failing migration's name. */
export async function migrateToLatest(store: Store): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db: store.db,
    // Kysely looks for its own tables across all schemas unless told which one is ours.
    ...(store.schema ? { migrationTableSchema: store.schema } : {}),
    provider: { getMigrations: () => Promise.resolve(migrations) },
  });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`Migration ${failed} failed: ${String(result.error)}`);
  }
  return result;
}
