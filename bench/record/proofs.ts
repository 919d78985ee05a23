// Inclusion and consistency proof time at 10^6 entries (10^4 with BENCH_QUICK=1), from an in-memory
// node store and from SQLite's record_nodes, beside one raw SHA-256 and one raw indexed SELECT.
import { hash } from "node:crypto";
import { memoryNodeStore, type NodeReader, rootFromNodes, type TreeNode } from "../../src/record/merkle.ts";
import { consistencyProof, inclusionProof } from "../../src/record/merkle-proofs.ts";
import { verifyConsistency, verifyInclusion } from "../../src/record/merkle-verify.ts";
import { databaseNodeReader, storeNodes } from "../../src/record/node-store.ts";
import { batchedLatency, type Latency, latency, now, seededRandom } from "../lib/measure.ts";
import { type BenchRow, count, duration, progress, quick, report, scale, times } from "../lib/report.ts";
import { benchPlatform } from "../lib/stores.ts";
import { growTree } from "../lib/tree.ts";

const samples = quick ? 300 : 2000;
const size = scale;
const sizeText = quick ? "10^4" : "10^6";

const platform = await benchPlatform("sqlite");
try {
  const { store } = platform;
  const memory = memoryNodeStore();
  const started = now();
  let stored = 0;
  // Rows go straight into the tables in big batches: what 10^6 appends would have left there
  // (leaf hashes in record_entries, the nodes above them in record_nodes).
  const { root, leafHashes } = await store.db.transaction().execute((trx) =>
    growTree(size, 8000, async (nodes) => {
      memory.put(nodes);
      await storeLeafRows(
        trx,
        nodes.filter((n) => n.level === 0),
      );
      await storeNodes(trx, nodes);
      stored += nodes.length;
    }),
  );
  progress(`built ${count(stored)} nodes of a ${count(size)}-leaf tree in ${duration(now() - started)}`);

  const sqlite = databaseNodeReader(store.db);
  await checkProofs(memory.read, root, leafHashes);
  await checkProofs(sqlite, root, leafHashes);

  const node = Buffer.alloc(65, 1);
  const sha = batchedLatency(samples, 100, () => hash("sha256", node));
  const random = seededRandom(7);
  const select = await latency(samples, () =>
    store.db
      .selectFrom("record_nodes")
      .select("hash")
      .where("level", "=", 1)
      .where("idx", "=", random(size / 2))
      .executeTakeFirstOrThrow(),
  );
  const rows: BenchRow[] = [];
  for (const [name, read, baseline, baselineText] of [
    ["memoryNodeStore", memory.read, sha, "one raw SHA-256 (65 B)"],
    ["sqlite databaseNodeReader", sqlite, select, "one raw indexed SELECT"],
  ] as const) {
    const pick = seededRandom(11);
    const inclusion = await latency(samples, () => inclusionProof(pick(size), size, read));
    const consistency = await latency(samples, () => consistencyProof(1 + pick(size - 1), size, read));
    for (const [kind, measured] of [
      ["inclusion", inclusion],
      ["consistency", consistency],
    ] as const) {
      rows.push(row(`proofs · ${name} · ${kind} @ ${sizeText}`, measured, baseline, baselineText));
    }
    progress(`${name}: proofs timed`);
  }
  report(`Proofs in a tree of ${count(size)} entries (${samples} random proofs each)`, rows);
} finally {
  await platform.dispose();
}

function row(name: string, measured: Latency, baseline: Latency, baselineText: string): BenchRow {
  return {
    name,
    figure: `median ${duration(measured.median)}, p99 ${duration(measured.p99)}`,
    baseline: `${baselineText}: ${duration(baseline.median)}`,
    ratio: `${times(measured.median / baseline.median)} (median)`,
    target: { text: "median < 1 ms", met: measured.median < 1 },
  };
}

// Not timed: the proofs being timed are real ones, checked against the root as a verifier would.
async function checkProofs(read: NodeReader, root: Uint8Array, leafHashes: readonly Uint8Array[]) {
  const pick = seededRandom(3);
  for (let i = 0; i < 20; i++) {
    const index = pick(size);
    const leaf = leafHashes[index];
    if (!leaf || !verifyInclusion(index, size, leaf, await inclusionProof(index, size, read), root)) {
      throw new Error(`inclusion proof of leaf ${index} does not verify`);
    }
    const old = 1 + pick(size - 1);
    const proof = await consistencyProof(old, size, read);
    if (!verifyConsistency(old, size, proof, await rootFromNodes(old, read), root)) {
      throw new Error(`consistency proof from ${old} does not verify`);
    }
  }
}

// Stand-in entries carrying only what proofs read: the index and the leaf hash.
async function storeLeafRows(trx: Parameters<typeof storeNodes>[0], leaves: TreeNode[]) {
  if (leaves.length === 0) return;
  for (let i = 0; i < leaves.length; i += 2000) {
    await trx
      .insertInto("record_entries")
      .values(
        leaves.slice(i, i + 2000).map((n) => ({
          idx: n.index,
          at: "2026-01-01T00:00:00.000Z",
          type: "bench",
          subject_kind: "bench",
          subject_id: "bench",
          actor_user: null,
          actor_nation: null,
          classification: "OFFICIAL",
          releasable_to: "[]",
          leaf: "{}",
          leaf_hash: Buffer.from(n.hash).toString("hex"),
        })),
      )
      .execute();
  }
}
