import { describe, expect, it } from "vitest";
import { blocksOf } from "./model.ts";

describe("a readout's blocks", () => {
  it("reads numbered points and ○ sub-points as the seed writes them", () => {
    expect(blocksOf("1. Opening.\n\n○ Detail one.\n\n○ Detail two.\n\n\n2. Next.\n\nNote")).toEqual([
      { kind: "point", text: "1. Opening." },
      { kind: "sub-point", text: "Detail one." },
      { kind: "sub-point", text: "Detail two." },
      { kind: "point", text: "2. Next." },
      { kind: "paragraph", text: "Note" },
    ]);
  });
});
