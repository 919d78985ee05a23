// Sign-in throttling as pure rules: failures counted in a window; too many locks the key for a while.

export interface ThrottleLimits {
  maxFailures: number;
  windowSeconds: number;
  lockSeconds: number;
}

export interface ThrottleState {
  failures: number;
  windowStartedAt: string;
  lockedUntil: string | null;
}

/** Per account (username as typed, so unknown names behave like known ones) and per client address. */
export const signInLimits: { account: ThrottleLimits; address: ThrottleLimits } = {
  account: { maxFailures: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
  address: { maxFailures: 30, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
};

/** Seconds until the key may try again, or 0 when it may now. */
export function retryAfterSeconds(state: ThrottleState | undefined, now: Date): number {
  if (!state?.lockedUntil) return 0;
  const left = Date.parse(state.lockedUntil) - now.getTime();
  return left > 0 ? Math.ceil(left / 1000) : 0;
}

/** The state after one more failure, and whether this failure started a lockout. */
export function afterFailure(
  state: ThrottleState | undefined,
  now: Date,
  limits: ThrottleLimits,
): { state: ThrottleState; lockedNow: boolean } {
  const windowOpen =
    state !== undefined && now.getTime() - Date.parse(state.windowStartedAt) < limits.windowSeconds * 1000;
  const failures = windowOpen ? state.failures + 1 : 1;
  const windowStartedAt = windowOpen ? state.windowStartedAt : now.toISOString();
  if (failures >= limits.maxFailures) {
    const lockedUntil = new Date(now.getTime() + limits.lockSeconds * 1000).toISOString();
    // A lockout starts a fresh window, so the next lock needs a full count of new failures.
    return { state: { failures: 0, windowStartedAt: now.toISOString(), lockedUntil }, lockedNow: true };
  }
  return { state: { failures, windowStartedAt, lockedUntil: null }, lockedNow: false };
}
