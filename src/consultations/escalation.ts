// Escalation policies and the pure rule of which step is due at an instant, given the acknowledgement.
import { type Static, Type } from "typebox";
import { Tier } from "../rosters/model.ts";

export const Channel = Type.Union([Type.Literal("in-app"), Type.Literal("email"), Type.Literal("webhook")]);
export type Channel = Static<typeof Channel>;

const Channels = Type.Array(Channel, { minItems: 1, uniqueItems: true });

export const EscalationStep = Type.Object(
  { tier: Tier, ackTimeoutMinutes: Type.Integer({ minimum: 1, maximum: 24 * 60 }), channels: Channels },
  { additionalProperties: false },
);
export type EscalationStep = Static<typeof EscalationStep>;

export const EscalationPolicyInput = Type.Object(
  {
    bodyId: Type.String({ minLength: 1 }),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    steps: Type.Array(EscalationStep, { minItems: 1, maxItems: 10 }),
    /** How many more times the whole ladder is walked before the fallback. */
    repeatCount: Type.Integer({ minimum: 0, maximum: 5 }),
    /** Reached when every step timed out: alerted once, no further timeout. */
    fallback: Type.Object({ tier: Tier, channels: Channels }, { additionalProperties: false }),
  },
  { additionalProperties: false },
);
export type EscalationPolicyInput = Static<typeof EscalationPolicyInput>;

export const EscalationPolicy = Type.Object(
  { id: Type.String(), ...EscalationPolicyInput.properties },
  { $id: "EscalationPolicy" },
);
export type EscalationPolicy = Static<typeof EscalationPolicy>;

export interface Rung {
  /** Place in the walked ladder: 0 is the first step, the fallback is last. */
  position: number;
  tier: Tier;
  channels: Channel[];
  /** Minutes to wait for an acknowledgement; null on the fallback. */
  ackTimeoutMinutes: number | null;
  isFallback: boolean;
}

/** The ladder walked: the steps `repeatCount + 1` times, then the fallback. */
export function ladderOf(policy: EscalationPolicyInput): Rung[] {
  const rungs: Rung[] = [];
  for (let round = 0; round <= policy.repeatCount; round++) {
    for (const step of policy.steps) {
      rungs.push({ position: rungs.length, ...step, isFallback: false });
    }
  }
  rungs.push({ position: rungs.length, ...policy.fallback, ackTimeoutMinutes: null, isFallback: true });
  return rungs;
}

/** The rung after `position`, or undefined once the fallback has been reached. */
export function rungAfter(policy: EscalationPolicyInput, position: number): Rung | undefined {
  return ladderOf(policy)[position + 1];
}

export interface EscalationState {
  rung: Rung;
  /** When the current rung times out and the next is due; null once acknowledged or at the fallback. */
  nextDueAt: Date | null;
}

/**
 * Which rung is due at `at` for a party alerted at `openedAt`. An acknowledgement freezes the ladder
 * where it stood. Example: duty officer 15 min → director 15 min, no ack, 20 min in → director.
 */
export function escalationAt(
  policy: EscalationPolicyInput,
  openedAt: Date,
  acknowledgedAt: Date | null,
  at: Date,
): EscalationState {
  const acknowledged = acknowledgedAt !== null && acknowledgedAt <= at;
  const stop = acknowledged ? acknowledgedAt : at;
  let rungStart = openedAt.getTime();
  for (const rung of ladderOf(policy)) {
    if (rung.ackTimeoutMinutes === null) return { rung, nextDueAt: null };
    const dueAt = rungStart + rung.ackTimeoutMinutes * 60_000;
    if (stop.getTime() < dueAt) return { rung, nextDueAt: acknowledged ? null : new Date(dueAt) };
    rungStart = dueAt;
  }
  throw new Error("A ladder always ends with its fallback.");
}
