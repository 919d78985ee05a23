import { describe, expect, it } from "vitest";
import { outcomesOf } from "./model.ts";
import { wallClockToUtc } from "./zones.ts";

describe("a wall-clock time in a zone", () => {
  it("becomes the right UTC instant, daylight time included", () => {
    expect(wallClockToUtc("2021-10-26T10:00", "America/New_York")).toBe("2021-10-26T14:00:00.000Z");
    expect(wallClockToUtc("2022-01-10T10:00", "America/New_York")).toBe("2022-01-10T15:00:00.000Z");
    expect(wallClockToUtc("2026-12-17T10:00", "Asia/Seoul")).toBe("2026-12-17T01:00:00.000Z");
    expect(wallClockToUtc("not a time", "Asia/Seoul")).toBeNull();
  });
});

describe("outcomes of an agenda item", () => {
  it("keeps the item's own, in order", () => {
    const marking = { classification: "PUBLIC", releasableTo: [] };
    const item = {
      id: "a",
      position: 1,
      titleEn: "",
      titleKo: "",
      ownerPersonId: "",
      marking,
      minutesEn: "",
      minutesKo: "",
      minutesVersion: 0,
      minutesUpdatedAt: null,
    };
    const o = (id: string, agendaItemId: string, position: number) => ({
      id,
      agendaItemId,
      position,
      textEn: "",
      textKo: "",
      marking,
    });
    expect(outcomesOf(item, [o("2", "a", 2), o("x", "b", 1), o("1", "a", 1)]).map((x) => x.id)).toEqual([
      "1",
      "2",
    ]);
  });
});
