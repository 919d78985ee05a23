// A synthetic record tree of n leaves: every stored node (leaves and completed subtrees) and the root.
import {
  appendToCompactRange,
  compactRangeRoot,
  emptyCompactRange,
  leafHash,
  type TreeNode,
} from "../../src/record/merkle.ts";

/** The bytes of synthetic leaf `i`: a canonical-JSON-shaped event of about 300 bytes. */
export function syntheticLeaf(i: number): Buffer {
  return Buffer.from(
    JSON.stringify({
      actor: { nation: i % 2 === 0 ? "KOR" : "USA", user: `user-${i % 97}` },
      at: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
      body: { text: `Exercise notice ${i} acknowledged by the duty officers of both nations.` },
      index: i,
      marking: { classification: "OFFICIAL", releasableTo: ["KOR", "USA"] },
      subject: { id: `consultation-${i % 1000}`, kind: "consultation" },
      type: "consultation.acknowledged",
      v: 1,
    }),
  );
}

/**
 * Grows a tree of `size` leaves and hands over its stored nodes in batches of about `batch`, as
 * appends would have stored them; returns the root and the leaf hashes.
 */
export async function growTree(
  size: number,
  batch: number,
  store: (nodes: TreeNode[]) => Promise<void> | void,
): Promise<{ root: Uint8Array; leafHashes: Uint8Array[] }> {
  const range = emptyCompactRange();
  const leafHashes: Uint8Array[] = [];
  let pending: TreeNode[] = [];
  for (let i = 0; i < size; i++) {
    const hash = leafHash(syntheticLeaf(i));
    leafHashes.push(hash);
    pending.push(...appendToCompactRange(range, hash));
    if (pending.length >= batch) {
      await store(pending);
      pending = [];
    }
  }
  if (pending.length > 0) await store(pending);
  return { root: compactRangeRoot(range), leafHashes };
}
