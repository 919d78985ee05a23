import { describe, expect, it } from "vitest";
import { allianceToday, checkCommitmentDates, dashboardOrder, isOverdue, nextDueOn } from "./model.ts";

const base = {
  status: "in-progress",
  dueOn: null,
  cadence: null,
  agreedOn: "2023-04-26",
  lastUpdateOn: null,
};

describe("overdue", () => {
  it("is the due date ended in both capitals, not just in Seoul", () => {
    const due = { ...base, dueOn: "2023-12-31" };
    // 1 January 10:00 in Seoul is still 31 December in Washington.
    expect(isOverdue(due, new Date("2024-01-01T01:00:00Z"))).toBe(false);
    // 1 January in Washington too.
    expect(isOverdue(due, new Date("2024-01-01T06:00:00Z"))).toBe(true);
    expect(allianceToday(new Date("2024-01-01T01:00:00Z"))).toBe("2023-12-31");
  });

  it("never applies to done commitments", () => {
    expect(
      isOverdue({ ...base, dueOn: "2023-12-31", status: "done" }, new Date("2025-01-01T00:00:00Z")),
    ).toBe(false);
  });

  it("follows the cadence from the last update", () => {
    const quarterly = { ...base, cadence: "quarterly", lastUpdateOn: "2025-01-15" };
    expect(nextDueOn(quarterly)).toBe("2025-04-15");
    expect(isOverdue(quarterly, new Date("2025-04-15T12:00:00Z"))).toBe(false);
    expect(isOverdue(quarterly, new Date("2025-04-17T12:00:00Z"))).toBe(true);
    expect(nextDueOn({ ...base, cadence: "annual" })).toBe("2024-04-26");
  });
});

describe("commitment dates", () => {
  const now = new Date("2026-11-26T10:00:00Z");
  it("refuses a due date before the commitment was agreed", () => {
    expect(() => checkCommitmentDates({ agreedOn: "2023-04-26", dueOn: "2023-01-01" }, now)).toThrow(
      /before the commitment was agreed/,
    );
  });
  it("refuses an agreement in the future, and neither due date nor cadence", () => {
    expect(() => checkCommitmentDates({ agreedOn: "2027-01-01", dueOn: "2027-02-01" }, now)).toThrow(
      /future/,
    );
    expect(() => checkCommitmentDates({ agreedOn: "2023-04-26" }, now)).toThrow(/due date or a cadence/);
  });
  it("accepts a due date on or after the agreement", () => {
    expect(() => checkCommitmentDates({ agreedOn: "2023-04-26", dueOn: "2023-04-26" }, now)).not.toThrow();
  });
});

describe("the dashboard order", () => {
  it("puts overdue first, then at risk, then by due date, done last", () => {
    const now = new Date("2024-06-01T00:00:00Z");
    const items = [
      { ...base, statementEn: "done", status: "done", dueOn: "2023-05-01" },
      { ...base, statementEn: "later", dueOn: "2025-01-01" },
      { ...base, statementEn: "risky", status: "at-risk", dueOn: "2026-01-01" },
      { ...base, statementEn: "overdue", dueOn: "2024-01-01" },
      { ...base, statementEn: "sooner", dueOn: "2024-09-01" },
    ];
    expect(dashboardOrder(items, now).map((c) => c.statementEn)).toEqual([
      "overdue",
      "risky",
      "sooner",
      "later",
      "done",
    ]);
  });
});
