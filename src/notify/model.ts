// Pure rules of delivery: when to retry, how a webhook is signed, how times read in both capitals.
import { createHmac, timingSafeEqual } from "node:crypto";

/** Delay before attempt `attempt + 1`: doubling from `baseMs`, capped at `capMs`. */
export function retryDelayMs(attempt: number, baseMs = 5_000, capMs = 10 * 60_000): number {
  return Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
}

/** What happens after a failed attempt: retry at a time, or dead-letter. */
export function afterFailure(attempt: number, maxAttempts: number, at: Date) {
  if (attempt >= maxAttempts) return { status: "dead" as const, nextAttemptAt: null };
  return { status: "pending" as const, nextAttemptAt: new Date(at.getTime() + retryDelayMs(attempt)) };
}

/**
 * The `X-Entente-Signature` of a webhook: HMAC-SHA256 over "timestamp.body", hex, prefixed "sha256=".
 * Receivers recompute it with their shared secret and reject stale timestamps.
 */
export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

export function verifyWebhookSignature(secret: string, timestamp: string, body: string, signature: string) {
  const expected = Buffer.from(webhookSignature(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export const capitals = [
  { label: "Seoul", timeZone: "Asia/Seoul" },
  { label: "Washington", timeZone: "America/New_York" },
] as const;

/** "Seoul 2026-11-26 14:00 · Washington 2026-11-26 00:00": a time as both capitals read it. */
export function inBothCapitals(iso: string): string {
  return capitals
    .map(({ label, timeZone }) => {
      const local = new Intl.DateTimeFormat("sv-SE", {
        timeZone,
        dateStyle: "short",
        timeStyle: "short",
      }).format(new Date(iso));
      return `${label} ${local}`;
    })
    .join(" · ");
}
