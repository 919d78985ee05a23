// Kysely's PostgreSQL dialect over a `pg` pool, optionally pinned to one schema.
import { PostgresDialect } from "kysely";
import pg from "pg";

// Counts and sizes fit in a double; parse int8 as a number rather than a string.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export interface PostgresOptions {
  url: string;
  /** A schema of its own (tests, several deployments on one database); created when missing. */
  schema?: string;
  maxConnections?: number;
}

/** A pg pool whose connections use `schema` as their search path. */
export function createPostgresPool(options: PostgresOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    options: options.schema ? `-c search_path=${options.schema}` : undefined,
  });
  // An idle client losing its connection must not crash the process.
  pool.on("error", () => undefined);
  return pool;
}

/** Creates the schema named in `options` if it does not exist yet. */
export async function ensurePostgresSchema(options: PostgresOptions): Promise<void> {
  if (!options.schema) return;
  if (!/^[a-z_][a-z0-9_]*$/.test(options.schema)) throw new Error(`Invalid schema name: ${options.schema}`);
  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`);
  } finally {
    await client.end();
  }
}

export function createPostgresDialect(pool: pg.Pool): PostgresDialect {
  return new PostgresDialect({ pool });
}
