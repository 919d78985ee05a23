// The record's head kept in memory on SQLite (one writer process): the next index and the tree's
// compact range, so an append needs no read. Forgotten after any failed transaction, and reloaded.
import type { Transaction } from "kysely";
import type { Database } from "../store/schema.ts";
import { type CompactRange, loadCompactRange } from "./merkle.ts";
import { databaseNodeReader } from "./node-store.ts";

export interface RecordHead {
  /** Undefined until loaded, and again after a transaction that may have appended rolled back. */
  range: CompactRange | undefined;
}

export const createRecordHead = (): RecordHead => ({ range: undefined });

export async function nextIndex(trx: Transaction<Database>): Promise<number> {
  const head = await trx
    .selectFrom("record_entries")
    .select((eb) => eb.fn.max("idx").as("last"))
    .executeTakeFirst();
  return head?.last === null || head?.last === undefined ? 0 : Number(head.last) + 1;
}

/** The compact range at the record's current size, from memory or loaded from the stored tree. */
export async function currentRange(head: RecordHead, trx: Transaction<Database>): Promise<CompactRange> {
  head.range ??= await loadCompactRange(await nextIndex(trx), databaseNodeReader(trx));
  return { size: head.range.size, peaks: [...head.range.peaks] };
}

/** True for the error SQLite gives when another process appended at the index we expected. */
export function isStaleHead(error: unknown): boolean {
  return error instanceof Error && /UNIQUE constraint failed: record_entries\.idx/.test(error.message);
}
