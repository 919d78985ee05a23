import { describe, expect, it } from "vitest";
import { type DutyRoster, onDutyAt, overrideProblems, shiftAt } from "./model.ts";

const seoul: DutyRoster = {
  id: "r1",
  nation: "KOR",
  bodyId: "ncg",
  tier: "duty-officer",
  name: "MOFA situation room",
  timeZone: "Asia/Seoul",
  handoverTime: "08:00",
  shiftDays: 1,
  rotationStart: "2026-11-02",
  rotation: ["kim", "lee", "park"],
  overrides: [],
};

const washington: DutyRoster = {
  ...seoul,
  id: "r2",
  nation: "USA",
  timeZone: "America/New_York",
  handoverTime: "07:00",
  rotationStart: "2026-11-01",
  rotation: ["morgan", "smith"],
};

describe("who is on duty", () => {
  it("hands over at the local time in Seoul, whatever the UTC date", () => {
    // 2026-11-02 07:59 KST = 2026-11-01 22:59 UTC: the day before the rotation starts, so the last person.
    expect(onDutyAt(seoul, new Date("2026-11-01T22:59:00Z")).userId).toBe("park");
    // 08:00 KST: kim takes over.
    const kim = onDutyAt(seoul, new Date("2026-11-01T23:00:00Z"));
    expect(kim.userId).toBe("kim");
    expect(kim.startsAt.toISOString()).toBe("2026-11-01T23:00:00.000Z");
    expect(kim.endsAt.toISOString()).toBe("2026-11-02T23:00:00.000Z");
    expect(onDutyAt(seoul, new Date("2026-11-03T00:00:00Z")).userId).toBe("lee");
    expect(onDutyAt(seoul, new Date("2026-11-05T00:00:00Z")).userId).toBe("kim");
  });

  it("follows daylight saving time in Washington: hand-over stays at 07:00 local", () => {
    // EDT until 2026-11-01 02:00: 07:00 EDT on Oct 31 is 11:00 UTC, 07:00 EST on Nov 2 is 12:00 UTC.
    expect(shiftAt(washington, new Date("2026-11-01T11:30:00Z")).scheduledUserId).toBe("smith");
    const first = shiftAt(washington, new Date("2026-11-01T12:00:00Z"));
    expect(first.scheduledUserId).toBe("morgan");
    expect(first.startsAt.toISOString()).toBe("2026-11-01T12:00:00.000Z");
    expect(shiftAt(washington, new Date("2026-11-02T11:59:00Z")).scheduledUserId).toBe("morgan");
    expect(shiftAt(washington, new Date("2026-11-02T12:00:00Z")).scheduledUserId).toBe("smith");
    const summer = shiftAt(washington, new Date("2026-07-01T10:59:00Z"));
    expect(summer.endsAt.toISOString()).toBe("2026-07-01T11:00:00.000Z");
  });

  it("runs multi-day shifts", () => {
    const weekly = { ...seoul, shiftDays: 7 };
    expect(onDutyAt(weekly, new Date("2026-11-08T00:00:00Z")).userId).toBe("kim");
    expect(onDutyAt(weekly, new Date("2026-11-08T23:00:00Z")).userId).toBe("lee");
  });

  it("applies a cover for the person it covers and only inside its window", () => {
    const covered: DutyRoster = {
      ...seoul,
      overrides: [
        {
          id: "o1",
          kind: "cover",
          userId: "choi",
          otherUserId: "kim",
          startsAt: "2026-11-02T01:00:00Z",
          endsAt: "2026-11-02T05:00:00Z",
          reason: "medical appointment",
        },
      ],
    };
    expect(onDutyAt(covered, new Date("2026-11-02T00:59:00Z")).userId).toBe("kim");
    const during = onDutyAt(covered, new Date("2026-11-02T02:00:00Z"));
    expect(during).toMatchObject({ userId: "choi", scheduledUserId: "kim", overrideId: "o1" });
    expect(onDutyAt(covered, new Date("2026-11-02T05:00:00Z")).userId).toBe("kim");
    // The cover names kim: it does not apply to lee's shift.
    expect(onDutyAt(covered, new Date("2026-11-03T02:00:00Z")).userId).toBe("lee");
  });

  it("applies a swap both ways", () => {
    const swapped: DutyRoster = {
      ...seoul,
      overrides: [
        {
          id: "s1",
          kind: "swap",
          userId: "kim",
          otherUserId: "lee",
          startsAt: "2026-11-01T23:00:00Z",
          endsAt: "2026-11-03T23:00:00Z",
          reason: "leave",
        },
      ],
    };
    expect(onDutyAt(swapped, new Date("2026-11-02T10:00:00Z")).userId).toBe("lee");
    expect(onDutyAt(swapped, new Date("2026-11-03T10:00:00Z")).userId).toBe("kim");
    expect(onDutyAt(swapped, new Date("2026-11-04T10:00:00Z")).userId).toBe("park");
  });

  it("refuses a swap with someone off the rotation and a window that ends before it starts", () => {
    const problems = overrideProblems(seoul, {
      kind: "swap",
      userId: "kim",
      otherUserId: "stranger",
      startsAt: "2026-11-02T05:00:00Z",
      endsAt: "2026-11-02T01:00:00Z",
      reason: "",
    });
    expect(problems.map((p) => p.path)).toEqual(["/endsAt", "/otherUserId"]);
  });
});
