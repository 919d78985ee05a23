// Duty rosters: rotations handed over at a local time in an IANA zone, with covers and swaps,
// and the pure rule of who is on duty at an instant (time passed in).
import { type Static, Type } from "typebox";
import { NationCode, TimeZone } from "../directory/model.ts";
import { addDays, daysBetween, instantOf, minutesOf, wallClockOf } from "./wall-clock.ts";

/** Who a roster reaches: the escalation ladder's rungs. */
export const Tier = Type.Union([
  Type.Literal("duty-officer"),
  Type.Literal("director"),
  Type.Literal("principal"),
]);
export type Tier = Static<typeof Tier>;

const tiers: readonly Tier[] = ["duty-officer", "director", "principal"];

/** A stored tier read back; anything unknown reads as the first rung. */
export function tierOf(value: string): Tier {
  return tiers.find((tier) => tier === value) ?? "duty-officer";
}

const LocalTime = Type.String({ pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$", description: "HH:MM, local" });
const LocalDate = Type.String({ pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", description: "YYYY-MM-DD, local" });

export const RosterInput = Type.Object(
  {
    nation: NationCode,
    bodyId: Type.String({ minLength: 1 }),
    tier: Tier,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    timeZone: TimeZone,
    handoverTime: LocalTime,
    shiftDays: Type.Integer({ minimum: 1, maximum: 28 }),
    rotationStart: LocalDate,
    rotation: Type.Array(Type.String({ minLength: 1 }), { minItems: 1, maxItems: 50 }),
  },
  { additionalProperties: false },
);
export type RosterInput = Static<typeof RosterInput>;

export const OverrideKind = Type.Union([Type.Literal("cover"), Type.Literal("swap")]);

export const OverrideInput = Type.Object(
  {
    kind: OverrideKind,
    /** Who takes the duty (cover), or one side of the swap. */
    userId: Type.String({ minLength: 1 }),
    /** Who is covered (null: whoever is scheduled), or the other side of the swap. */
    otherUserId: Type.Union([Type.String({ minLength: 1 }), Type.Null()]),
    startsAt: Type.String({ format: "date-time" }),
    endsAt: Type.String({ format: "date-time" }),
    reason: Type.String({ maxLength: 500 }),
  },
  { additionalProperties: false },
);
export type OverrideInput = Static<typeof OverrideInput>;

export const RosterOverride = Type.Object({ id: Type.String(), ...OverrideInput.properties });
export type RosterOverride = Static<typeof RosterOverride>;

export const DutyRoster = Type.Object(
  { id: Type.String(), ...RosterInput.properties, overrides: Type.Array(RosterOverride) },
  { $id: "DutyRoster" },
);
export type DutyRoster = Static<typeof DutyRoster>;

export interface Shift {
  /** Who the rotation schedules. */
  scheduledUserId: string;
  startsAt: Date;
  endsAt: Date;
}

export interface OnDuty extends Shift {
  /** Who actually holds the duty after covers and swaps. */
  userId: string;
  overrideId: string | null;
}

const positiveModulo = (n: number, m: number) => ((n % m) + m) % m;

/** The rotation's shift that contains `at`, bounded by the hand-overs before and after it. */
export function shiftAt(roster: RosterInput, at: Date): Shift {
  const handover = minutesOf(roster.handoverTime);
  const local = wallClockOf(at, roster.timeZone);
  // Before the hand-over, the previous day's duty is still on.
  const dutyDate = local.minutes < handover ? addDays(local.date, -1) : local.date;
  const shiftNumber = Math.floor(daysBetween(roster.rotationStart, dutyDate) / roster.shiftDays);
  const firstDay = addDays(roster.rotationStart, shiftNumber * roster.shiftDays);
  const scheduledUserId = roster.rotation[positiveModulo(shiftNumber, roster.rotation.length)] ?? "";
  return {
    scheduledUserId,
    startsAt: instantOf(firstDay, handover, roster.timeZone),
    endsAt: instantOf(addDays(firstDay, roster.shiftDays), handover, roster.timeZone),
  };
}

function applies(override: RosterOverride, at: Date): boolean {
  const time = at.getTime();
  return Date.parse(override.startsAt) <= time && time < Date.parse(override.endsAt);
}

/** Who holds the duty at `at`: the rotation, then overrides in the order they were made. */
export function onDutyAt(roster: DutyRoster, at: Date): OnDuty {
  const shift = shiftAt(roster, at);
  let userId = shift.scheduledUserId;
  let overrideId: string | null = null;
  for (const override of roster.overrides) {
    if (!applies(override, at)) continue;
    if (override.kind === "cover" && (override.otherUserId === null || override.otherUserId === userId)) {
      userId = override.userId;
      overrideId = override.id;
    } else if (override.kind === "swap" && (userId === override.userId || userId === override.otherUserId)) {
      userId = userId === override.userId ? (override.otherUserId ?? userId) : override.userId;
      overrideId = override.id;
    }
  }
  return { ...shift, userId, overrideId };
}

/** Problems with an override, for `invalid(…)`; empty when it is sound. */
export function overrideProblems(roster: DutyRoster, override: OverrideInput) {
  const problems: { path: string; message: string }[] = [];
  if (Date.parse(override.endsAt) <= Date.parse(override.startsAt))
    problems.push({ path: "/endsAt", message: "must be after startsAt" });
  if (override.kind === "swap") {
    if (override.otherUserId === null)
      problems.push({ path: "/otherUserId", message: "a swap needs the other person" });
    for (const [path, id] of [
      ["/userId", override.userId],
      ["/otherUserId", override.otherUserId],
    ] as const) {
      if (id !== null && !roster.rotation.includes(id))
        problems.push({ path, message: "a swap is between people on the rotation" });
    }
  }
  return problems;
}
