import { describe, expect, it } from "vitest";
import { inReadingOrder } from "./model.ts";

describe("inReadingOrder", () => {
  const ham = { en: "Ham Sang-wook", ko: "함상욱" };

  it("puts the reader's language first", () => {
    expect(inReadingOrder(ham, "ko")).toEqual({
      primary: { text: "함상욱", language: "ko" },
      secondary: { text: "Ham Sang-wook", language: "en" },
    });
  });

  it("falls back to the other language when a name is missing", () => {
    expect(inReadingOrder({ en: "", ko: "함상욱" }, "en")).toEqual({
      primary: { text: "함상욱", language: "ko" },
      secondary: null,
    });
  });
});
