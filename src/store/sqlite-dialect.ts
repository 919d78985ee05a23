// Kysely's SQLite dialect driven by Node's built-in `node:sqlite` (no native addon).
import { DatabaseSync, type SQLInputValue, type StatementSync } from "node:sqlite";
import { type SqliteDatabase, SqliteDialect, type SqliteStatement } from "kysely";

function toSqliteValue(value: unknown): SQLInputValue {
  if (value === undefined || value === null) return null;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "string" || typeof value === "number" || typeof value === "bigint") return value;
  if (value instanceof Uint8Array) return value;
  return JSON.stringify(value);
}

function wrapStatement(statement: StatementSync): SqliteStatement {
  const reader = statement.columns().length > 0;
  return {
    reader,
    all: (parameters) => statement.all(...parameters.map(toSqliteValue)),
    run: (parameters) => {
      const result = statement.run(...parameters.map(toSqliteValue));
      return { changes: result.changes, lastInsertRowid: result.lastInsertRowid };
    },
    iterate: (parameters) => statement.iterate(...parameters.map(toSqliteValue)),
  };
}

/** Opens `file` with WAL, foreign keys and a busy timeout, wrapped for Kysely. */
export function openSqliteDatabase(file: string): SqliteDatabase {
  const database = new DatabaseSync(file, { timeout: 5000 });
  database.exec("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;");
  return {
    close: () => database.close(),
    prepare: (sql) => wrapStatement(database.prepare(sql)),
  };
}

/** A Kysely dialect over a node:sqlite database file (":memory:" works too). */
export function createSqliteDialect(file: string): SqliteDialect {
  return new SqliteDialect({ database: () => Promise.resolve(openSqliteDatabase(file)) });
}
