import { describe, expect, it } from "vitest";
import { seoulZone, washingtonZone, zoneTime } from "./clock.ts";

describe("zoneTime", () => {
  const winter = new Date("2025-01-15T18:12:00Z");
  const summer = new Date("2025-07-15T18:12:00Z");

  it("shows Seoul as KST, 24-hour, on the next day", () => {
    expect(zoneTime(winter, seoulZone, "en")).toEqual({ time: "03:12", day: "Thu, Jan 16", zone: "KST" });
  });

  it("follows Washington's daylight time", () => {
    expect(zoneTime(winter, washingtonZone, "en")?.zone).toBe("EST");
    expect(zoneTime(summer, washingtonZone, "en")).toEqual({
      time: "14:12",
      day: "Tue, Jul 15",
      zone: "EDT",
    });
  });

  it("writes the day in Korean for Korean readers", () => {
    expect(zoneTime(winter, seoulZone, "ko")?.day).toBe("1월 16일 (목)");
  });

  it("answers null for a zone that does not exist", () => {
    expect(zoneTime(winter, "Mars/Olympus_Mons", "en")).toBeNull();
  });
});
