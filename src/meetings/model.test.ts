import { describe, expect, it } from "vitest";
import { checkSchedule, minutesApprovedByAll, nationsYetToApprove } from "./model.ts";

const now = new Date("2026-11-26T10:00:00Z");

describe("minutes approval", () => {
  it("needs every member nation's secretariat", () => {
    expect(minutesApprovedByAll(["KOR", "USA"], [])).toBe(false);
    expect(minutesApprovedByAll(["KOR", "USA"], ["KOR"])).toBe(false);
    expect(minutesApprovedByAll(["KOR", "USA"], ["USA", "KOR"])).toBe(true);
    expect(nationsYetToApprove(["KOR", "USA"], ["KOR"])).toEqual(["USA"]);
  });

  it("is never complete for a body without members, and ignores non-members' approvals", () => {
    expect(minutesApprovedByAll([], [])).toBe(false);
    expect(minutesApprovedByAll(["KOR", "USA"], ["KOR", "JPN"])).toBe(false);
  });
});

describe("scheduling a session", () => {
  it("plans a future session", () => {
    expect(() =>
      checkSchedule({ startsAt: "2026-12-10T01:00:00Z", endsAt: "2026-12-10T03:00:00Z" }, now),
    ).not.toThrow();
  });

  it("refuses a planned session in the past, an end before the start, a held session in the future", () => {
    expect(() =>
      checkSchedule({ startsAt: "2021-10-26T14:00:00Z", endsAt: "2021-10-26T16:00:00Z" }, now),
    ).toThrow(/cannot start in the past/);
    expect(() =>
      checkSchedule({ startsAt: "2026-12-10T03:00:00Z", endsAt: "2026-12-10T01:00:00Z" }, now),
    ).toThrow(/end after it starts/);
    expect(() =>
      checkSchedule({ startsAt: "2026-12-10T01:00:00Z", endsAt: "2026-12-10T03:00:00Z", held: true }, now),
    ).toThrow(/recorded as held/);
  });

  it("records a past session as held", () => {
    expect(() =>
      checkSchedule({ startsAt: "2021-10-26T14:00:00Z", endsAt: "2021-10-26T16:00:00Z", held: true }, now),
    ).not.toThrow();
  });
});
