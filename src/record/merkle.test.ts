// Merkle tree hashing and appends, checked against the RFC 9162 recursive definition.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  appendToCompactRange,
  compactRangeRoot,
  completedNodes,
  EMPTY_ROOT,
  emptyCompactRange,
  leafHash,
  loadCompactRange,
  memoryNodeStore,
  nodeHash,
  perfectSubtrees,
  rootFromNodes,
} from "./merkle.ts";
import { itemAt, referenceRoot, sampleLeaves } from "./merkle-rfc-reference.ts";

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

describe("RFC 9162 hashes", () => {
  it("uses SHA-256 of the empty string as the empty root", () => {
    expect(hex(EMPTY_ROOT)).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it("prefixes leaves with 0x00 and nodes with 0x01 (RFC 6962 test vectors)", () => {
    expect(hex(leafHash(new Uint8Array()))).toBe(
      "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    );
    const [left, right] = [new Uint8Array(32).fill(0xaa), new Uint8Array(32).fill(0xbb)];
    const expected = createHash("sha256").update(Uint8Array.of(1)).update(left).update(right).digest("hex");
    expect(hex(nodeHash(left, right))).toBe(expected);
  });
});

describe("roots", () => {
  const leaves = sampleLeaves(300);

  it("match the recursive MTH for every size 0..300, by compact range and by stored nodes", async () => {
    const range = emptyCompactRange();
    const store = memoryNodeStore();
    expect(hex(compactRangeRoot(range))).toBe(hex(referenceRoot([])));
    expect(hex(await rootFromNodes(0, store.read))).toBe(hex(referenceRoot([])));
    for (const [i, leaf] of leaves.entries()) {
      const fromRange = appendToCompactRange(range, leafHash(leaf));
      const fromStore = await completedNodes(i, leafHash(leaf), store.read);
      expect(fromStore).toEqual(fromRange);
      store.put(fromStore);
      const expected = hex(referenceRoot(leaves.slice(0, i + 1)));
      expect(hex(compactRangeRoot(range))).toBe(expected);
      expect(hex(await rootFromNodes(i + 1, store.read))).toBe(expected);
    }
  });

  it("stores every complete subtree exactly once, a leaf completing one node per trailing 1 bit", async () => {
    const store = memoryNodeStore();
    let stored = 0;
    for (const [i, leaf] of leaves.slice(0, 64).entries()) {
      const nodes = await completedNodes(i, leafHash(leaf), store.read);
      expect(nodes.length).toBe(1 + (i.toString(2).match(/1*$/)?.[0].length ?? 0));
      stored += nodes.length;
      store.put(nodes);
    }
    expect(stored).toBe(127);
    expect(hex(itemAt(await store.read([{ level: 6, index: 0 }]), 0))).toBe(
      hex(referenceRoot(leaves.slice(0, 64))),
    );
  });

  it("resumes appending from a compact range loaded out of the store", async () => {
    const store = memoryNodeStore();
    const range = emptyCompactRange();
    for (const leaf of leaves.slice(0, 37)) store.put(appendToCompactRange(range, leafHash(leaf)));
    const resumed = await loadCompactRange(37, store.read);
    expect(resumed).toEqual(range);
    for (const leaf of leaves.slice(37, 100)) appendToCompactRange(resumed, leafHash(leaf));
    expect(hex(compactRangeRoot(resumed))).toBe(hex(referenceRoot(leaves.slice(0, 100))));
  });

  it("reads only the left siblings when a leaf is appended", async () => {
    const asked: string[] = [];
    const store = memoryNodeStore();
    for (const [i, leaf] of leaves.slice(0, 7).entries())
      store.put([{ level: 0, index: i, hash: leafHash(leaf) }]);
    store.put([
      {
        level: 1,
        index: 2,
        hash: nodeHash(leafHash(itemAt(leaves, 4)), leafHash(itemAt(leaves, 5))),
      },
      { level: 2, index: 0, hash: referenceRoot(leaves.slice(0, 4)) },
    ]);
    const nodes = await completedNodes(7, leafHash(itemAt(leaves, 7)), async (ids) => {
      asked.push(...ids.map((id) => `${id.level}/${id.index}`));
      return store.read(ids);
    });
    expect(asked).toEqual(["0/6", "1/2", "2/0"]);
    expect(nodes.map((n) => `${n.level}/${n.index}`)).toEqual(["0/7", "1/3", "2/1", "3/0"]);
    expect(hex(itemAt(nodes, 3).hash)).toBe(hex(referenceRoot(leaves.slice(0, 8))));
  });
});

describe("perfectSubtrees", () => {
  it("splits a range into aligned perfect subtrees, largest first", () => {
    expect(perfectSubtrees(0, 0)).toEqual([]);
    expect(perfectSubtrees(0, 6)).toEqual([
      { level: 2, index: 0 },
      { level: 1, index: 2 },
    ]);
    expect(perfectSubtrees(8, 13)).toEqual([
      { level: 2, index: 2 },
      { level: 0, index: 12 },
    ]);
    expect(perfectSubtrees(2 ** 40, 2 ** 40 + 3)).toEqual([
      { level: 1, index: 2 ** 39 },
      { level: 0, index: 2 ** 40 + 2 },
    ]);
  });

  it("refuses a range that is not a subtree", () => {
    expect(() => perfectSubtrees(1, 3)).toThrow(RangeError);
  });
});
