// RFC 8785 canonical JSON: key order by UTF-16 code units, ECMAScript number forms, and refusal of
// values JSON cannot carry.
import { describe, expect, it } from "vitest";
import { canonicalJson, canonicalJsonText } from "./canonical.ts";

describe("canonicalJson", () => {
  it("sorts keys by UTF-16 code units, as RFC 8785 §3.2.3 shows", () => {
    const value = { "\u20ac": 1, "\r": 2, "\ufb33": 3, "1": 4, "\ud83d\ude00": 5, "\u0080": 6, "\u00f6": 7 };
    expect(canonicalJsonText(value)).toBe(
      '{"\\r":2,"1":4,"\u0080":6,"\u00f6":7,"\u20ac":1,"\ud83d\ude00":5,"\ufb33":3}',
    );
  });

  it("writes numbers and strings the RFC 8785 way, without whitespace", () => {
    expect(canonicalJsonText({ b: [1e21, 1e-7, 0.000001, -0, 333333333.3333333], a: "\u00e9\n\u2028" })).toBe(
      '{"a":"\u00e9\\n\u2028","b":[1e+21,1e-7,0.000001,0,333333333.3333333]}',
    );
  });

  it("returns the UTF-8 bytes of that text", () => {
    expect(Buffer.from(canonicalJson({ z: "é", a: null })).toString("hex")).toBe(
      Buffer.from('{"a":null,"z":"é"}').toString("hex"),
    );
  });

  it("refuses values JSON cannot represent", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const bad of [
      undefined,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      { f: () => 1 },
      [() => 1],
      "\ud800",
      1n,
      cyclic,
    ]) {
      expect(() => canonicalJson(bad)).toThrow(TypeError);
    }
  });
});
