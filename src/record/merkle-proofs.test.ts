// Inclusion and consistency proofs: equal to RFC 9162's PATH and PROOF, verified by the RFC
// algorithms, and rejected once altered in any way.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
  appendToCompactRange,
  emptyCompactRange,
  leafHash,
  memoryNodeStore,
  type NodeReader,
} from "./merkle.ts";
import { consistencyProof, inclusionProof } from "./merkle-proofs.ts";
import {
  itemAt,
  referencePath,
  referenceProof,
  referenceRoot,
  sampleLeaves,
} from "./merkle-rfc-reference.ts";
import { verifyConsistency, verifyInclusion } from "./merkle-verify.ts";

const MAX = 1100;
const leaves = sampleLeaves(MAX);
const leafHashes = leaves.map(leafHash);
const store = memoryNodeStore();
const roots: Uint8Array[] = [];
const hexes = (hashes: readonly Uint8Array[]) => hashes.map((h) => Buffer.from(h).toString("hex"));

const rootOf = (size: number) => itemAt(roots, size);
const hashOf = (index: number) => itemAt(leafHashes, index);

beforeAll(() => {
  const range = emptyCompactRange();
  roots.push(referenceRoot([]));
  for (const hash of leafHashes) {
    store.put(appendToCompactRange(range, hash));
    roots.push(referenceRoot(leaves.slice(0, range.size)));
  }
});

/** Ways to spoil a proof; each must make verification fail. */
const alteration = fc.oneof(
  fc.record({ kind: fc.constant("flip" as const), at: fc.nat(), byte: fc.nat(31), bit: fc.nat(7) }),
  fc.record({ kind: fc.constant("drop" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("extra" as const),
    at: fc.nat(),
    hash: fc.uint8Array({ minLength: 32, maxLength: 32 }),
  }),
);

function alter(
  proof: readonly Uint8Array[],
  change: typeof alteration extends fc.Arbitrary<infer T> ? T : never,
) {
  const altered = proof.map((h) => Uint8Array.from(h));
  if (change.kind === "extra") altered.splice(change.at % (altered.length + 1), 0, change.hash);
  else if (altered.length === 0) return undefined;
  else if (change.kind === "drop") altered.splice(change.at % altered.length, 1);
  else {
    const target = altered[change.at % altered.length];
    if (target) target[change.byte] = (target[change.byte] ?? 0) ^ (1 << change.bit);
  }
  return altered;
}

describe("proofs equal the RFC 9162 definitions", () => {
  it("gives PATH(m, D[n]) for every leaf of every tree up to 70 leaves", async () => {
    for (let n = 1; n <= 70; n++) {
      for (let m = 0; m < n; m++) {
        expect(hexes(await inclusionProof(m, n, store.read))).toEqual(
          hexes(referencePath(m, leaves.slice(0, n))),
        );
      }
    }
  });

  it("gives PROOF(m, D[n]) for every pair of sizes up to 70 leaves", async () => {
    for (let n = 1; n <= 70; n++) {
      for (let m = 1; m <= n; m++) {
        expect(hexes(await consistencyProof(m, n, store.read))).toEqual(
          hexes(referenceProof(m, leaves.slice(0, n))),
        );
      }
    }
  });

  it("reads O(log n) nodes, in one batch", async () => {
    const batches: number[] = [];
    const counting: NodeReader = (ids) => {
      batches.push(ids.length);
      return store.read(ids);
    };
    await inclusionProof(700, 1099, counting);
    await consistencyProof(333, 1099, counting);
    expect(batches.length).toBe(2);
    for (const count of batches) expect(count).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(1099)) + 1);
  });

  it("refuses impossible requests", async () => {
    await expect(inclusionProof(5, 5, store.read)).rejects.toThrow(RangeError);
    await expect(consistencyProof(6, 5, store.read)).rejects.toThrow(RangeError);
    expect(await consistencyProof(0, 5, store.read)).toEqual([]);
  });
});

describe("inclusion proofs", () => {
  const leafInTree = fc
    .integer({ min: 1, max: MAX })
    .chain((size) => fc.tuple(fc.constant(size), fc.nat(size - 1)));

  it("verify for every leaf of random trees", async () => {
    await fc.assert(
      fc.asyncProperty(leafInTree, async ([size, index]) => {
        const proof = await inclusionProof(index, size, store.read);
        expect(verifyInclusion(index, size, hashOf(index), proof, rootOf(size))).toBe(true);
      }),
    );
  });

  it("fail when the proof, the leaf, the index, the size or the root is altered", async () => {
    await fc.assert(
      fc.asyncProperty(
        leafInTree,
        alteration,
        fc.nat(),
        fc.nat(),
        async ([size, index], change, other, otherSize) => {
          const proof = await inclusionProof(index, size, store.read);
          const altered = alter(proof, change);
          if (altered) expect(verifyInclusion(index, size, hashOf(index), altered, rootOf(size))).toBe(false);
          const wrongIndex = (index + 1 + (other % size)) % (size + 1);
          if (wrongIndex !== index)
            expect(verifyInclusion(wrongIndex, size, hashOf(index), proof, rootOf(size))).toBe(false);
          const wrongSize = 1 + (otherSize % MAX);
          if (wrongSize !== size)
            expect(verifyInclusion(index, wrongSize, hashOf(index), proof, rootOf(wrongSize))).toBe(false);
          expect(verifyInclusion(index, size, hashOf((index + 1) % MAX), proof, rootOf(size))).toBe(false);
          expect(verifyInclusion(index, size, hashOf(index), proof, rootOf(size - 1))).toBe(false);
        },
      ),
    );
  });
});

describe("consistency proofs", () => {
  const sizes = fc.integer({ min: 0, max: MAX }).chain((n) => fc.tuple(fc.nat(n), fc.constant(n)));

  it("verify for random pairs of tree sizes", async () => {
    await fc.assert(
      fc.asyncProperty(sizes, async ([m, n]) => {
        const proof = await consistencyProof(m, n, store.read);
        expect(verifyConsistency(m, n, proof, rootOf(m), rootOf(n))).toBe(true);
      }),
    );
  });

  it("fail when the proof, either size or either root is altered", async () => {
    await fc.assert(
      fc.asyncProperty(sizes, alteration, fc.nat(), async ([m, n], change, other) => {
        const proof = await consistencyProof(m, n, store.read);
        const altered = alter(proof, change);
        if (altered) expect(verifyConsistency(m, n, altered, rootOf(m), rootOf(n))).toBe(false);
        // An empty proof (old size 0, or equal sizes) also proves other trivial pairs: skip those.
        if (m > 0 && m < n) {
          const wrongOld = 1 + (other % n);
          if (wrongOld !== m)
            expect(verifyConsistency(wrongOld, n, proof, rootOf(wrongOld), rootOf(n))).toBe(false);
          const wrongNew = m + (other % (MAX - m + 1));
          if (wrongNew !== n)
            expect(verifyConsistency(m, wrongNew, proof, rootOf(m), rootOf(wrongNew))).toBe(false);
          expect(verifyConsistency(m, n, proof, rootOf(m - 1), rootOf(n))).toBe(false);
          expect(verifyConsistency(m, n, proof, rootOf(m), rootOf(n - 1))).toBe(false);
        }
      }),
    );
  });
});
