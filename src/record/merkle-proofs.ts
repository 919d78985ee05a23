// RFC 9162 §2.1.3.1 inclusion proofs and §2.1.4.1 consistency proofs, built from stored
// complete-subtree hashes with O(log n) reads in one batch.
import { type NodeReader, splitPoint, subtreeHashes } from "./merkle.ts";

type Range = readonly [number, number];

/**
 * The inclusion proof (audit path) for the leaf at `index` in the tree of `size` leaves,
 * ordered from the leaf's sibling up to the root's child, as RFC 9162 PATH(m, D[n]).
 *
 * @example const proof = await inclusionProof(3, 7, store.read); // 3 hashes
 */
export async function inclusionProof(index: number, size: number, read: NodeReader): Promise<Uint8Array[]> {
  assertSize(size);
  if (!Number.isSafeInteger(index) || index < 0 || index >= size) {
    throw new RangeError(`leaf index ${index} is outside a tree of ${size} leaves`);
  }
  const siblings: Range[] = [];
  let start = 0;
  let end = size;
  while (end - start > 1) {
    const k = splitPoint(end - start);
    if (index < start + k) {
      siblings.push([start + k, end]);
      end = start + k;
    } else {
      siblings.push([start, start + k]);
      start += k;
    }
  }
  return (await subtreeHashes(siblings, read)).reverse();
}

/**
 * The consistency proof between the tree of `oldSize` leaves and the tree of `newSize` leaves,
 * as RFC 9162 PROOF(m, D[n]). Empty when `oldSize` is 0 or equals `newSize`: nothing to prove.
 *
 * @example const proof = await consistencyProof(3, 7, store.read);
 */
export async function consistencyProof(
  oldSize: number,
  newSize: number,
  read: NodeReader,
): Promise<Uint8Array[]> {
  assertSize(oldSize);
  assertSize(newSize);
  if (oldSize > newSize) throw new RangeError(`old size ${oldSize} exceeds new size ${newSize}`);
  if (oldSize === 0 || oldSize === newSize) return [];
  const ranges: Range[] = [];
  let start = 0;
  let end = newSize;
  // SUBPROOF's flag b: whether the old tree is still the whole current subtree's left edge.
  let oldRootIsKnown = true;
  while (oldSize < end) {
    const k = splitPoint(end - start);
    if (oldSize - start <= k) {
      ranges.push([start + k, end]);
      end = start + k;
    } else {
      ranges.push([start, start + k]);
      start += k;
      oldRootIsKnown = false;
    }
  }
  if (!oldRootIsKnown) ranges.push([start, end]);
  return (await subtreeHashes(ranges, read)).reverse();
}

function assertSize(size: number): void {
  if (!Number.isSafeInteger(size) || size < 0) throw new RangeError(`bad tree size ${size}`);
}
