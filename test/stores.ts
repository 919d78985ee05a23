// Runs storage tests on both databases: embedded SQLite in a temp folder, PostgreSQL in a schema of its own.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { ConfigOverrides } from "../src/app/config.ts";

export const postgresUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export interface TestStorage {
  name: "sqlite" | "postgres";
  /** Config overrides pointing at a fresh, empty database. */
  fresh(): ConfigOverrides;
  /** Removes every database `fresh` made. */
  cleanup(): Promise<void>;
}

function sqliteStorage(): TestStorage {
  const dirs: string[] = [];
  return {
    name: "sqlite",
    fresh() {
      const dataDir = mkdtempSync(join(tmpdir(), "entente-test-"));
      dirs.push(dataDir);
      return { dataDir };
    },
    async cleanup() {
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgresStorage(): TestStorage {
  const schemas: string[] = [];
  return {
    name: "postgres",
    fresh() {
      const schema = `t_${randomBytes(6).toString("hex")}`;
      schemas.push(schema);
      return {
        databaseUrl: postgresUrl,
        databaseSchema: schema,
        dataDir: mkdtempSync(join(tmpdir(), "entente-pg-")),
      };
    },
    async cleanup() {
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      try {
        for (const schema of schemas.splice(0)) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Both storages, for `describe.each(storages())`. */
export function storages(): TestStorage[] {
  return [sqliteStorage(), postgresStorage()];
}
