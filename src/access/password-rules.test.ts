import { describe, expect, it } from "vitest";
import { minimumPasswordLength, passwordProblems } from "./password-rules.ts";

const alone = { username: "kor.duty", secondFactorRequired: false };
const withFactor = { username: "kor.duty", secondFactorRequired: true };

describe("password acceptance (NIST SP 800-63B-4)", () => {
  it("needs 15 characters where the password alone signs in, 12 with a second factor", () => {
    expect(minimumPasswordLength(false)).toBe(15);
    expect(minimumPasswordLength(true)).toBe(12);
    expect(passwordProblems("violet river stone", alone)).toEqual([]);
    expect(passwordProblems("violet river", alone)[0]?.message).toContain("15");
    expect(passwordProblems("violet river", withFactor)).toEqual([]);
  });

  it("counts characters, not bytes, and sets no composition rules", () => {
    expect(passwordProblems("한강의 물결은 조용히 흐른다", alone)).toEqual([]);
    expect(passwordProblems("alllowercasewordsonly", alone)).toEqual([]);
  });

  it("refuses common and breached passwords whatever their case", () => {
    expect(passwordProblems("password123456", withFactor)[0]?.message).toContain("common");
    expect(passwordProblems("QwertyUiop123", withFactor)[0]?.message).toContain("common");
    expect(passwordProblems("iloveyouforever", alone)[0]?.message).toContain("common");
  });

  it("refuses the username inside the password and runs of few characters", () => {
    expect(passwordProblems("kor.duty is my password", alone)[0]?.message).toContain("username");
    expect(passwordProblems("abababababababab", alone)[0]?.message).toContain("few different");
  });

  it("accepts the demo and test passwords", () => {
    expect(passwordProblems("entente-demo-password", alone)).toEqual([]);
    expect(passwordProblems("correct horse battery staple", alone)).toEqual([]);
  });
});
