import { describe, expect, it } from "vitest";
import { DomainError } from "../app/errors.ts";
import { markingWithinBody } from "./model.ts";

const dnp = { acronym: "DNP", classification: "CONFIDENTIAL", memberNations: ["KOR", "USA"] };

describe("a marking within its body", () => {
  it("defaults to the body's ceiling, releasable to every member", () => {
    expect(markingWithinBody(dnp, undefined)).toEqual({
      classification: "CONFIDENTIAL",
      releasableTo: ["KOR", "USA"],
    });
  });

  it("accepts anything at or below the ceiling, releasable to members", () => {
    expect(markingWithinBody(dnp, { classification: "PUBLIC", releasableTo: ["USA", "KOR"] })).toEqual({
      classification: "PUBLIC",
      releasableTo: ["KOR", "USA"],
    });
  });

  it("refuses a classification above the body's, naming the field", () => {
    const attempt = () =>
      markingWithinBody(dnp, { classification: "SECRET", releasableTo: ["KOR"] }, "/marking");
    expect(attempt).toThrow(DomainError);
    expect(attempt).toThrow(/above DNP's ceiling of CONFIDENTIAL/);
  });

  it("refuses unknown classifications and release to non-members", () => {
    expect(() => markingWithinBody(dnp, { classification: "COSMIC", releasableTo: ["KOR"] })).toThrow(
      /unknown/,
    );
    expect(() => markingWithinBody(dnp, { classification: "PUBLIC", releasableTo: ["JPN"] })).toThrow(
      /JPN is not a member/,
    );
  });
});
