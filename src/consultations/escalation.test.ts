import { describe, expect, it } from "vitest";
import { type EscalationPolicyInput, escalationAt, ladderOf, rungAfter } from "./escalation.ts";

const policy: EscalationPolicyInput = {
  bodyId: "ncg",
  name: "NCG urgent",
  steps: [
    { tier: "duty-officer", ackTimeoutMinutes: 10, channels: ["in-app", "email"] },
    { tier: "director", ackTimeoutMinutes: 15, channels: ["in-app", "email", "webhook"] },
  ],
  repeatCount: 1,
  fallback: { tier: "principal", channels: ["in-app", "email"] },
};

const opened = new Date("2026-11-26T03:00:00Z");
const minutes = (n: number) => new Date(opened.getTime() + n * 60_000);

describe("the escalation ladder", () => {
  it("walks the steps repeatCount + 1 times and ends at the fallback", () => {
    expect(ladderOf(policy).map((r) => r.tier)).toEqual([
      "duty-officer",
      "director",
      "duty-officer",
      "director",
      "principal",
    ]);
    expect(rungAfter(policy, 3)?.isFallback).toBe(true);
    expect(rungAfter(policy, 4)).toBeUndefined();
  });

  it("is due at the next step exactly when the ack timeout passes", () => {
    expect(escalationAt(policy, opened, null, minutes(0))).toMatchObject({
      rung: { position: 0, tier: "duty-officer" },
      nextDueAt: minutes(10),
    });
    expect(escalationAt(policy, opened, null, minutes(9.99)).rung.position).toBe(0);
    expect(escalationAt(policy, opened, null, minutes(10)).rung).toMatchObject({
      position: 1,
      tier: "director",
    });
    expect(escalationAt(policy, opened, null, minutes(24)).nextDueAt).toEqual(minutes(25));
    expect(escalationAt(policy, opened, null, minutes(25)).rung.position).toBe(2);
  });

  it("reaches the fallback after the last timeout and stays there", () => {
    const state = escalationAt(policy, opened, null, minutes(50));
    expect(state.rung).toMatchObject({ position: 4, tier: "principal", isFallback: true });
    expect(state.nextDueAt).toBeNull();
    expect(escalationAt(policy, opened, null, minutes(5000)).rung.position).toBe(4);
  });

  it("freezes where it stood when acknowledged", () => {
    const ackAt = minutes(12);
    expect(escalationAt(policy, opened, ackAt, minutes(60))).toMatchObject({
      rung: { position: 1 },
      nextDueAt: null,
    });
    // An acknowledgement later than the instant asked about does not count yet.
    expect(escalationAt(policy, opened, ackAt, minutes(5)).nextDueAt).toEqual(minutes(10));
  });
});
