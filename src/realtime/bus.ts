// Wakes every process's streams when any process appends to the record: PostgreSQL LISTEN/NOTIFY
// carries the new index across processes; the in-process hub covers the rest (and SQLite).
import { sql } from "kysely";
import pg from "pg";
import type { Config } from "../app/config.ts";
import type { Hub } from "../pipeline/hub.ts";
import type { Store } from "../store/store.ts";

export type Wake = (index: number) => void;

export interface RecordBus {
  /** Calls `wake` with the index of every event appended, here or in another process. */
  subscribe(wake: Wake): () => void;
  close(): Promise<void>;
}

/** One channel per schema, so deployments sharing a database do not wake each other. */
const channelOf = (config: Config) => `entente_record_${config.databaseSchema ?? "public"}`;

export async function openRecordBus(config: Config, store: Store, hub: Hub): Promise<RecordBus> {
  const wakes = new Set<Wake>();
  const wakeAll = (index: number) => {
    for (const wake of wakes) wake(index);
  };
  let listener: pg.Client | null = null;
  const unsubscribeHub = hub.subscribe((event) => {
    wakeAll(event.index);
    if (store.dialect === "postgres")
      void sql`SELECT pg_notify(${channelOf(config)}, ${String(event.index)})`
        .execute(store.db)
        .catch(() => undefined);
  });
  if (store.dialect === "postgres" && config.databaseUrl) {
    const client = new pg.Client({ connectionString: config.databaseUrl });
    client.on("error", () => undefined);
    await client.connect();
    client.on("notification", (message) => wakeAll(Number(message.payload ?? -1)));
    await client.query(`LISTEN ${channelOf(config)}`);
    listener = client;
  }
  return {
    subscribe(wake) {
      wakes.add(wake);
      return () => wakes.delete(wake);
    },
    async close() {
      unsubscribeHub();
      wakes.clear();
      await listener?.end().catch(() => undefined);
    },
  };
}
