// Throwaway databases for benchmarks: SQLite in a temp folder, PostgreSQL in a schema of its own.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { loadConfig } from "../../src/app/config.ts";
import { openPlatform } from "../../src/app/server.ts";

/** The PostgreSQL the benchmarks use; BENCH_DATABASE_URL overrides it. */
export const postgresUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export type BenchStorage = "sqlite" | "postgres";
export type BenchPlatform = Awaited<ReturnType<typeof openPlatform>> & {
  storage: BenchStorage;
  /** Closes the store and removes the database (the temp folder, or the schema). */
  dispose(): Promise<void>;
};

/** A migrated, empty platform (store, pipeline, log key) on `storage`, with no demo data. */
export async function benchPlatform(storage: BenchStorage): Promise<BenchPlatform> {
  const dataDir = mkdtempSync(join(tmpdir(), "entente-bench-"));
  const schema = `bench_${randomBytes(6).toString("hex")}`;
  const overrides =
    storage === "postgres"
      ? { dataDir, databaseUrl: postgresUrl, databaseSchema: schema, demo: false }
      : { dataDir, demo: false };
  const platform = await openPlatform(loadConfig({}, overrides));
  return {
    ...platform,
    storage,
    async dispose() {
      await platform.store.close();
      rmSync(dataDir, { recursive: true, force: true });
      if (storage === "postgres") await dropSchema(schema);
    },
  };
}

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}
