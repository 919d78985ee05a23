import { describe, expect, it } from "vitest";
import { dashboardPath, endOfDay } from "./model.ts";

describe("a due date's end in each capital", () => {
  it("is local midnight after the date, with daylight time where it applies", () => {
    expect(endOfDay("2023-12-31", "America/New_York").toISOString()).toBe("2024-01-01T05:00:00.000Z");
    expect(endOfDay("2024-06-30", "America/New_York").toISOString()).toBe("2024-07-01T04:00:00.000Z");
    expect(endOfDay("2023-12-31", "Asia/Seoul").toISOString()).toBe("2023-12-31T15:00:00.000Z");
  });
});

describe("the dashboard path", () => {
  it("keeps only the filters in use", () => {
    expect(dashboardPath({ bodyId: "", owner: "KOR", status: "overdue" })).toBe(
      "/commitments?owner=KOR&status=overdue",
    );
    expect(dashboardPath({ bodyId: "", owner: "", status: "" })).toBe("/commitments");
  });
});
