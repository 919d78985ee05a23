// RFC 9162 Merkle tree hashing over complete-subtree hashes stored by (level, index), and the
// compact range that grows a tree one leaf at a time in amortized O(1).
import { createHash, hash } from "node:crypto";

/** A complete (perfect) subtree: at `level` it covers leaves [index·2^level, (index+1)·2^level). */
export type NodeId = { level: number; index: number };
/** A complete subtree with its hash; level 0 nodes are leaf hashes. */
export type TreeNode = NodeId & { hash: Uint8Array };
/**
 * Reads the hashes of complete subtrees in one batch, returned in the order asked.
 * Only nodes that have completed (all their leaves appended) are ever asked for.
 */
export type NodeReader = (ids: readonly NodeId[]) => Promise<Uint8Array[]>;
/** The right edge of a tree: the hashes of its perfect subtrees, largest (leftmost) first. */
export type CompactRange = { size: number; peaks: Uint8Array[] };

const LEAF_PREFIX = Uint8Array.of(0x00);
const NODE_PREFIX = Uint8Array.of(0x01);

/** The root of the empty tree, SHA-256 of the empty string (RFC 9162 §2.1.1). */
export const EMPTY_ROOT: Uint8Array = createHash("sha256").digest();

/** RFC 9162 leaf hash: SHA-256(0x00 ‖ leaf). */
export function leafHash(leaf: Uint8Array): Uint8Array {
  return hash("sha256", Buffer.concat([LEAF_PREFIX, leaf]), "buffer");
}

/** RFC 9162 interior node hash: SHA-256(0x01 ‖ left ‖ right). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Uint8Array {
  return hash("sha256", Buffer.concat([NODE_PREFIX, left, right]), "buffer");
}

/** True when two hashes hold the same bytes. */
export function hashesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

/** The largest power of two strictly below `n` (n ≥ 2), the RFC 9162 split point k. */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * The perfect subtrees that make up the RFC 9162 subtree over leaves [start, end), largest first.
 * `start` must be aligned to the largest of them, as every subtree in RFC 9162 proofs is.
 *
 * @example perfectSubtrees(0, 6) // [{ level: 2, index: 0 }, { level: 1, index: 2 }]
 */
export function perfectSubtrees(start: number, end: number): NodeId[] {
  const ids: NodeId[] = [];
  let position = start;
  let width = end - start > 0 ? splitPoint(2 * (end - start)) : 0;
  for (let level = Math.log2(width); width >= 1; width /= 2, level--) {
    if (end - position < width) continue;
    if (position % width !== 0) throw new RangeError(`[${start}, ${end}) is not an RFC 9162 subtree`);
    ids.push({ level, index: position / width });
    position += width;
  }
  return ids;
}

/**
 * The nodes that complete when the leaf at `leafIndex` is appended: the leaf itself (level 0)
 * and each parent it closes. Reads only the left siblings, so appends are amortized O(1).
 */
export async function completedNodes(
  leafIndex: number,
  leafHashValue: Uint8Array,
  read: NodeReader,
): Promise<TreeNode[]> {
  const siblings: NodeId[] = [];
  for (let index = leafIndex, level = 0; index % 2 === 1; index = (index - 1) / 2, level++) {
    siblings.push({ level, index: index - 1 });
  }
  const nodes: TreeNode[] = [{ level: 0, index: leafIndex, hash: leafHashValue }];
  let current = leafHashValue;
  for (const [level, left] of (await readNodes(read, siblings)).entries()) {
    current = nodeHash(left, current);
    nodes.push({ level: level + 1, index: Math.floor(leafIndex / 2 ** (level + 1)), hash: current });
  }
  return nodes;
}

/** The root of the tree of the first `size` leaves, from O(log size) stored nodes. */
export async function rootFromNodes(size: number, read: NodeReader): Promise<Uint8Array> {
  const [root] = await subtreeHashes([[0, size]], read);
  return root ?? EMPTY_ROOT;
}

/**
 * The RFC 9162 hashes MTH(D[start:end]) of several subtrees, reading every node they need in
 * one batch. An empty range hashes to {@link EMPTY_ROOT}.
 */
export async function subtreeHashes(
  ranges: readonly (readonly [number, number])[],
  read: NodeReader,
): Promise<Uint8Array[]> {
  const pieces = ranges.map(([start, end]) => perfectSubtrees(start, end));
  const hashes = await readNodes(read, pieces.flat());
  let offset = 0;
  return pieces.map((ids) => {
    const parts = hashes.slice(offset, offset + ids.length);
    offset += ids.length;
    return foldPeaks(parts);
  });
}

/** A compact range holding no leaves. */
export function emptyCompactRange(): CompactRange {
  return { size: 0, peaks: [] };
}

/** Loads the compact range of the first `size` leaves from stored nodes. */
export async function loadCompactRange(size: number, read: NodeReader): Promise<CompactRange> {
  return { size, peaks: await readNodes(read, perfectSubtrees(0, size)) };
}

/**
 * Appends a leaf hash to `range` in place and returns the nodes that completed, leaf first,
 * so a store can persist them as they complete.
 */
export function appendToCompactRange(range: CompactRange, leafHashValue: Uint8Array): TreeNode[] {
  const nodes: TreeNode[] = [{ level: 0, index: range.size, hash: leafHashValue }];
  let current = leafHashValue;
  for (let index = range.size, level = 0; index % 2 === 1; index = (index - 1) / 2, level++) {
    const left = range.peaks.pop();
    if (left === undefined) throw new Error("compact range has fewer peaks than its size implies");
    current = nodeHash(left, current);
    nodes.push({ level: level + 1, index: (index - 1) / 2, hash: current });
  }
  range.peaks.push(current);
  range.size += 1;
  return nodes;
}

/** The root hash of the tree a compact range describes. */
export function compactRangeRoot(range: CompactRange): Uint8Array {
  return foldPeaks(range.peaks);
}

// MTH of a left-aligned range is its perfect pieces hashed together from the right.
function foldPeaks(peaks: readonly Uint8Array[]): Uint8Array {
  let root: Uint8Array | undefined;
  for (let i = peaks.length - 1; i >= 0; i--) {
    const peak = peaks[i];
    if (peak === undefined) continue;
    root = root === undefined ? peak : nodeHash(peak, root);
  }
  return root ?? EMPTY_ROOT;
}

async function readNodes(read: NodeReader, ids: readonly NodeId[]): Promise<Uint8Array[]> {
  if (ids.length === 0) return [];
  const hashes = await read(ids);
  if (hashes.length !== ids.length || hashes.some((h) => h.length !== 32)) {
    throw new Error(`node reader returned ${hashes.length} hashes for ${ids.length} nodes, or a bad hash`);
  }
  return hashes;
}

/**
 * An in-memory node store, for tests and for verifying a whole tree held in memory.
 * Reading a node that was never put is an error.
 */
export function memoryNodeStore(): { read: NodeReader; put: (nodes: readonly TreeNode[]) => void } {
  const nodes = new Map<string, Uint8Array>();
  return {
    put: (added) => {
      for (const node of added) nodes.set(`${node.level}/${node.index}`, node.hash);
    },
    read: async (ids) =>
      ids.map(({ level, index }) => {
        const found = nodes.get(`${level}/${index}`);
        if (found === undefined) throw new RangeError(`no stored node at level ${level}, index ${index}`);
        return found;
      }),
  };
}
