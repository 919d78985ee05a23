import { describe, expect, it } from "vitest";
import { consultedNations, deadlineProblem } from "./model.ts";

describe("consultation rules", () => {
  it("consults every member nation but the requester's", () => {
    expect(consultedNations(["USA", "KOR"], "USA")).toEqual(["KOR"]);
  });

  it("only extends a deadline forward and into the future", () => {
    const now = new Date("2026-11-26T03:00:00Z");
    expect(deadlineProblem("2026-11-26T04:00:00Z", "2026-11-26T05:00:00Z", now)).toBeNull();
    expect(deadlineProblem("2026-11-26T04:00:00Z", "2026-11-26T03:30:00Z", now)).toMatch(/later/);
    expect(deadlineProblem("2026-11-26T02:00:00Z", "2026-11-26T02:30:00Z", now)).toMatch(/future/);
  });
});
