import { describe, expect, it } from "vitest";
import {
  afterFailure,
  inBothCapitals,
  retryDelayMs,
  verifyWebhookSignature,
  webhookSignature,
} from "./model.ts";

describe("delivery rules", () => {
  it("backs off by doubling up to a cap, then dead-letters after the last attempt", () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n))).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(retryDelayMs(30)).toBe(600_000);
    const at = new Date("2026-11-26T00:00:00Z");
    expect(afterFailure(1, 3, at)).toEqual({
      status: "pending",
      nextAttemptAt: new Date("2026-11-26T00:00:05Z"),
    });
    expect(afterFailure(3, 3, at)).toEqual({ status: "dead", nextAttemptAt: null });
  });

  it("signs webhooks with HMAC-SHA256 over timestamp and body", () => {
    const signature = webhookSignature("secret", "1764115200", '{"a":1}');
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature("secret", "1764115200", '{"a":1}', signature)).toBe(true);
    expect(verifyWebhookSignature("secret", "1764115200", '{"a":2}', signature)).toBe(false);
    expect(verifyWebhookSignature("other", "1764115200", '{"a":1}', signature)).toBe(false);
  });

  it("reads a time in both capitals", () => {
    expect(inBothCapitals("2026-11-26T05:00:00Z")).toBe(
      "Seoul 2026-11-26 14:00 · Washington 2026-11-26 00:00",
    );
  });
});
