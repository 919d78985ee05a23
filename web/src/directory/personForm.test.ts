import { describe, expect, it } from "vitest";
import { errorsByField, timeZoneChoices } from "./personForm.ts";

describe("errorsByField", () => {
  it("puts each error beside its field and keeps the rest for the summary", () => {
    const problem = {
      type: "about:blank",
      title: "Invalid",
      status: 400,
      errors: [
        { path: "/body/email", message: "must match format email" },
        { path: "/body/nameEn", message: "is required" },
        { path: "/body/nameEn", message: "is too short" },
        { path: "/headers/idempotency-key", message: "8 to 200 characters" },
      ],
    };
    expect(errorsByField(problem)).toEqual({
      byField: { email: "must match format email", nameEn: "is required is too short" },
      unplaced: ["8 to 200 characters"],
    });
  });
});

describe("timeZoneChoices", () => {
  it("offers the two capitals first, each once", () => {
    const zones = timeZoneChoices();
    expect(zones.slice(0, 2)).toEqual(["Asia/Seoul", "America/New_York"]);
    expect(zones.filter((zone) => zone === "Asia/Seoul")).toHaveLength(1);
  });
});
