// Inclusion and consistency proof time at 10^6 entries (10^4 with BENCH_QUICK=1), from an in-memory
// node store and from SQLite's record_nodes, beside one raw SHA-256 and one raw indexed SELECT.
import { hash } from "node:crypto";
import { memoryNodeStore, type NodeReader, rootFromNodes } from "../../src/record/merkle.ts";
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
  // Rows go straight into record_nodes in big batches: what 10^6 appends would have left there.
  const { root, leafHashes } = await store.db.transaction().execute((trx) =>
    growTree(size, 8000, async (nodes) => {
      memory.put(nodes);
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
      .where("level", "=", 0)
      .where("idx", "=", random(size))
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
