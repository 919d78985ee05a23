import { describe, expect, it } from "vitest";
import { afterFailure, retryAfterSeconds, type ThrottleState } from "./throttle-rules.ts";

const limits = { maxFailures: 3, windowSeconds: 600, lockSeconds: 900 };
const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 9, minutes));

describe("sign-in throttling rules", () => {
  it("locks a key on the failure that reaches the limit within the window", () => {
    let state: ThrottleState | undefined;
    const locks: boolean[] = [];
    for (const minute of [0, 1, 2]) {
      const next = afterFailure(state, at(minute), limits);
      state = next.state;
      locks.push(next.lockedNow);
    }
    expect(locks).toEqual([false, false, true]);
    expect(retryAfterSeconds(state, at(2))).toBe(900);
    expect(retryAfterSeconds(state, at(10))).toBe(420);
    expect(retryAfterSeconds(state, at(17))).toBe(0);
  });

  it("forgets failures older than the window", () => {
    const first = afterFailure(undefined, at(0), limits).state;
    const second = afterFailure(first, at(1), limits).state;
    const late = afterFailure(second, at(20), limits);
    expect(late.lockedNow).toBe(false);
    expect(late.state.failures).toBe(1);
  });

  it("never locks a key without failures", () => {
    expect(retryAfterSeconds(undefined, at(0))).toBe(0);
  });
});
