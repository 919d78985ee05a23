import { describe, expect, it } from "vitest";
import { completedNodes, leafHash, memoryNodeStore, rootFromNodes } from "../../../src/record/merkle.ts";
import { inclusionProof } from "../../../src/record/merkle-proofs.ts";
import { parseCheckpointNote, verifyInclusion } from "./inclusion.ts";

describe("the browser's inclusion check", () => {
  it("accepts every server proof and refuses a tampered one", async () => {
    const store = memoryNodeStore();
    const size = 37;
    const leaves: Uint8Array[] = [];
    for (let i = 0; i < size; i++) {
      const hash = leafHash(new TextEncoder().encode(`entry ${i}`));
      leaves.push(hash);
      store.put(await completedNodes(i, hash, store.read));
    }
    const root = await rootFromNodes(size, store.read);
    for (let index = 0; index < size; index++) {
      const proof = await inclusionProof(index, size, store.read);
      const leaf = leaves[index] ?? new Uint8Array();
      expect(await verifyInclusion(index, size, leaf, proof, root)).toBe(true);
      const other = leaves[(index + 1) % size] ?? new Uint8Array();
      expect(await verifyInclusion(index, size, other, proof, root)).toBe(false);
    }
  });

  it("reads a checkpoint note's size, root and signers", () => {
    const note = "entente.local/demo\n12\nAAAA\n\n\u2014 entente.local/demo abc=\n\u2014 kor.witness def=\n";
    expect(parseCheckpointNote(note)).toEqual({
      origin: "entente.local/demo",
      size: 12,
      root: "AAAA",
      signers: ["entente.local/demo", "kor.witness"],
    });
  });
});
