// Verifying a 10^6-entry bundle (10^4 with BENCH_QUICK=1) with verifyBundle, built in memory from
// synthetic leaves under a signed checkpoint, beside raw SHA-256 over the same leaves.
import { hash } from "node:crypto";
import { BUNDLE_FORMAT, type RecordBundle, verifyBundle } from "../../src/record/bundle-verify.ts";
import {
  appendToCompactRange,
  compactRangeRoot,
  emptyCompactRange,
  leafHash,
} from "../../src/record/merkle.ts";
import { signCheckpoint } from "../../src/record/note-checkpoint.ts";
import { generateEd25519KeyPair } from "../../src/record/note-keys.ts";
import { now, summarize } from "../lib/measure.ts";
import { type BenchRow, count, duration, progress, quick, report, scale, times } from "../lib/report.ts";
import { syntheticLeaf } from "../lib/tree.ts";

const size = scale;
const repeats = quick ? 5 : 2;
const origin = "bench.entente.local/record";

const started = now();
const leaves: Buffer[] = [];
const entries: RecordBundle["entries"] = [];
const range = emptyCompactRange();
for (let i = 0; i < size; i++) {
  const leaf = syntheticLeaf(i);
  const leafHashValue = leafHash(leaf);
  leaves.push(leaf);
  appendToCompactRange(range, leafHashValue);
  // Every entry whole (leaf and leaf hash): the most a verifier has to check per entry.
  entries.push({
    index: i,
    leaf: leaf.toString("base64"),
    leafHash: Buffer.from(leafHashValue).toString("hex"),
  });
}
const key = generateEd25519KeyPair();
const checkpoint = signCheckpoint(
  { origin, size, rootHash: compactRangeRoot(range), extensions: [] },
  { name: origin, privateKey: key.privateKey },
);
const bundle: RecordBundle = {
  format: BUNDLE_FORMAT,
  origin,
  publicKeys: { [origin]: Buffer.from(key.publicKey).toString("base64") },
  checkpoint,
  entries,
};
const leafBytes = leaves.reduce((total, leaf) => total + leaf.length, 0);
progress(
  `built a ${count(size)}-entry bundle (${count(leafBytes / size)} B leaves) in ${duration(now() - started)}`,
);

const verifyTimes: number[] = [];
const hashTimes: number[] = [];
for (let round = 0; round < repeats; round++) {
  let start = now();
  const result = verifyBundle(bundle, { pinnedKeys: { [origin]: key.publicKey } });
  verifyTimes.push(now() - start);
  // Not timed: a benchmark of a verifier that rejects its input would measure nothing.
  if (!result.ok || result.size !== size) throw new Error(`bundle did not verify: ${result.problem}`);
  start = now();
  for (const leaf of leaves) hash("sha256", leaf);
  hashTimes.push(now() - start);
  progress(`round ${round + 1}/${repeats} done`);
}
const verify = summarize(verifyTimes).median;
const raw = summarize(hashTimes).median;
const rows: BenchRow[] = [
  {
    name: `bundle · verifyBundle @ ${quick ? "10^4" : "10^6"} entries`,
    figure: `${duration(verify)} (${count((size * 1000) / verify)} entries/s)`,
    baseline: `raw SHA-256 of the same leaves: ${duration(raw)}`,
    ratio: times(verify / raw),
    target: { text: "< 10 s", met: verify < 10_000 },
  },
];
report(`Bundle verification (median of ${repeats})`, rows);
