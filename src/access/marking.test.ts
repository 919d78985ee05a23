import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../app/config.ts";
import {
  classificationLadder,
  classificationRank,
  defaultClassificationLadder,
  ladderProblem,
  onLadder,
  setClassificationLadder,
} from "./marking.ts";

const sixLevels = ["PUBLIC", "OFFICIAL", "RESTRICTED", "CONFIDENTIAL", "SECRET", "TOP SECRET"];

describe("the classification ladder", () => {
  afterEach(() => setClassificationLadder(defaultClassificationLadder));

  it("defaults to PUBLIC < OFFICIAL < CONFIDENTIAL < SECRET and ranks unknown levels above all", () => {
    expect(classificationLadder()).toEqual(["PUBLIC", "OFFICIAL", "CONFIDENTIAL", "SECRET"]);
    expect(classificationRank("OFFICIAL")).toBeLessThan(classificationRank("SECRET"));
    expect(classificationRank("COSMIC")).toBe(Number.POSITIVE_INFINITY);
  });

  it("takes a deployment's own ladder when it starts at PUBLIC and holds OFFICIAL", () => {
    setClassificationLadder(sixLevels);
    expect(onLadder("TOP SECRET")).toBe(true);
    expect(classificationRank("RESTRICTED")).toBeLessThan(classificationRank("CONFIDENTIAL"));
    expect(ladderProblem(["OFFICIAL", "SECRET"])).toContain("PUBLIC");
    expect(ladderProblem(["PUBLIC", "SECRET"])).toContain("OFFICIAL");
    expect(ladderProblem(["PUBLIC", "OFFICIAL", "OFFICIAL"])).toContain("repeats");
    expect(() => setClassificationLadder(["SECRET"])).toThrow();
  });

  it("is read from ENTENTE_CLASSIFICATIONS and refused at start when it cannot be", () => {
    const config = loadConfig({ ENTENTE_CLASSIFICATIONS: sixLevels.join(", ") }, { demo: false });
    expect(config.classificationLadder).toEqual(sixLevels);
    expect(() => loadConfig({ ENTENTE_CLASSIFICATIONS: "SECRET,PUBLIC" }, { demo: false })).toThrow(
      /ENTENTE_CLASSIFICATIONS/,
    );
  });
});
