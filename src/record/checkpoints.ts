// Signed checkpoints of the record: made at most once a second while entries arrive, and on demand;
// a new one is signed only after proving it consistent with the last.
import type { Kysely } from "kysely";
import type { Database } from "../store/schema.ts";
import { recordSize } from "./log.ts";
import type { LogSigner } from "./log-key.ts";
import { rootFromNodes } from "./merkle.ts";
import { consistencyProof } from "./merkle-proofs.ts";
import { verifyConsistency } from "./merkle-verify.ts";
import { databaseNodeReader } from "./node-store.ts";
import { addSignatures, parseNote } from "./note.ts";
import { signCheckpoint } from "./note-checkpoint.ts";
import type { RecordCheckpointRow } from "./tables.ts";

export async function latestCheckpoint(db: Kysely<Database>): Promise<RecordCheckpointRow | undefined> {
  return db.selectFrom("record_checkpoints").selectAll().orderBy("size", "desc").limit(1).executeTakeFirst();
}

/** The root hash of the first `size` entries. */
export async function treeRoot(db: Kysely<Database>, size: number): Promise<Uint8Array> {
  return rootFromNodes(size, databaseNodeReader(db));
}

/**
 * Signs a checkpoint of the record as it is now, unless the latest already covers it.
 * Throws, signing nothing, if the tree does not extend the last signed checkpoint.
 */
export async function makeCheckpoint(
  db: Kysely<Database>,
  signer: LogSigner,
  now: Date,
): Promise<RecordCheckpointRow> {
  const size = await recordSize(db);
  const latest = await latestCheckpoint(db);
  if (latest && latest.size >= size) return latest;
  const read = databaseNodeReader(db);
  const root = await rootFromNodes(size, read);
  if (latest) {
    const proof = await consistencyProof(latest.size, size, read);
    if (!verifyConsistency(latest.size, size, proof, Buffer.from(latest.root, "hex"), root)) {
      throw new Error(
        `Refusing to sign: the record at size ${size} is not consistent with checkpoint ${latest.size}.`,
      );
    }
  }
  const note = signCheckpoint({ origin: signer.name, size, rootHash: root, extensions: [] }, signer);
  const row = { size, root: Buffer.from(root).toString("hex"), note, created_at: now.toISOString() };
  // Another process may sign the same size at the same moment: Ed25519 is deterministic, so it is the same note.
  await db
    .insertInto("record_checkpoints")
    .values(row)
    .onConflict((oc) => oc.column("size").doNothing())
    .execute();
  return row;
}

/** The checkpoint's note with the log signature and every cosignature collected for it. */
export async function checkpointWithCosignatures(
  db: Kysely<Database>,
  checkpoint: RecordCheckpointRow,
): Promise<string> {
  const rows = await db
    .selectFrom("record_cosignatures")
    .selectAll()
    .where("size", "=", checkpoint.size)
    .orderBy("name")
    .execute();
  if (rows.length === 0) return checkpoint.note;
  const lines = rows.map((row) => `${row.line}\n`).join("");
  return addSignatures(checkpoint.note, parseNote(`${parseNote(checkpoint.note).text}\n${lines}`).signatures);
}

/** Makes checkpoints at most once a second while events arrive; `stop` cancels a pending one. */
export function startCheckpointer(
  db: Kysely<Database>,
  signer: LogSigner,
  now: () => Date,
  onError: (e: unknown) => void,
) {
  let pending: NodeJS.Timeout | undefined;
  let last = 0;
  const run = () => {
    pending = undefined;
    last = Date.now();
    makeCheckpoint(db, signer, now()).catch(onError);
  };
  return {
    poke() {
      if (pending) return;
      pending = setTimeout(run, Math.max(0, 1000 - (Date.now() - last)));
    },
    stop() {
      if (pending) clearTimeout(pending);
    },
  };
}
