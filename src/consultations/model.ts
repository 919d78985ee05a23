// Urgent consultations: inputs, API shapes and the pure rules of who may do what when.
import { type Static, Type } from "typebox";
import { Tier } from "../rosters/model.ts";
import { Channel } from "./escalation.ts";

export const Urgency = Type.Union([
  Type.Literal("flash"),
  Type.Literal("immediate"),
  Type.Literal("priority"),
  Type.Literal("routine"),
]);
export type Urgency = Static<typeof Urgency>;

export const PositionKind = Type.Union([
  Type.Literal("concur"),
  Type.Literal("concur-with-conditions"),
  Type.Literal("do-not-concur"),
  Type.Literal("need-more-time"),
]);
export type PositionKind = Static<typeof PositionKind>;

const DateTime = Type.String({ format: "date-time" });

export const OpenConsultationInput = Type.Object(
  {
    bodyId: Type.String({ minLength: 1 }),
    subject: Type.String({ minLength: 1, maxLength: 300 }),
    brief: Type.String({ minLength: 1, maxLength: 20_000 }),
    classification: Type.String({ minLength: 1 }),
    responseDeadline: DateTime,
    urgency: Urgency,
  },
  { additionalProperties: false },
);
export type OpenConsultationInput = Static<typeof OpenConsultationInput>;

export const PositionInput = Type.Object(
  { position: PositionKind, comments: Type.String({ maxLength: 5000 }) },
  { additionalProperties: false },
);
export const ExtendDeadlineInput = Type.Object(
  { responseDeadline: DateTime, reason: Type.String({ maxLength: 1000 }) },
  { additionalProperties: false },
);
export const AddInformationInput = Type.Object(
  { text: Type.String({ minLength: 1, maxLength: 20_000 }) },
  { additionalProperties: false },
);
export const CloseInput = Type.Object(
  { outcome: Type.String({ minLength: 1, maxLength: 5000 }) },
  { additionalProperties: false },
);

/** One alert: a person reached on one channel at one rung of the ladder. */
export const Alert = Type.Object({
  id: Type.String(),
  nation: Type.String(),
  userId: Type.String(),
  channel: Channel,
  position: Type.Integer(),
  tier: Tier,
});
export type Alert = Static<typeof Alert>;

export const AlertView = Type.Object({
  ...Alert.properties,
  displayName: Type.String(),
  alertedAt: Type.String(),
  deliveredAt: Type.Union([Type.String(), Type.Null()]),
  seenAt: Type.Union([Type.String(), Type.Null()]),
  acknowledgedAt: Type.Union([Type.String(), Type.Null()]),
  deliveryStatus: Type.String(),
  attempts: Type.Integer(),
});

export const Party = Type.Object({
  nation: Type.String(),
  position: Type.Integer(),
  tier: Tier,
  nextEscalationAt: Type.Union([Type.String(), Type.Null()]),
  acknowledgedAt: Type.Union([Type.String(), Type.Null()]),
  acknowledgedBy: Type.Union([Type.String(), Type.Null()]),
  stance: Type.Union([PositionKind, Type.Null()]),
  comments: Type.Union([Type.String(), Type.Null()]),
  statedAt: Type.Union([Type.String(), Type.Null()]),
});
export type Party = Static<typeof Party>;

export const TimelineEntry = Type.Object({
  index: Type.Integer(),
  at: Type.String(),
  type: Type.String(),
  nation: Type.Union([Type.String(), Type.Null()]),
  user: Type.Union([Type.String(), Type.Null()]),
  body: Type.Unknown(),
});

export const Consultation = Type.Object(
  {
    id: Type.String(),
    bodyId: Type.String(),
    subject: Type.String(),
    brief: Type.String(),
    marking: Type.Object({ classification: Type.String(), releasableTo: Type.Array(Type.String()) }),
    urgency: Urgency,
    requesterNation: Type.String(),
    requesterUserId: Type.Union([Type.String(), Type.Null()]),
    openedAt: Type.String(),
    responseDeadline: Type.String(),
    status: Type.Union([Type.Literal("open"), Type.Literal("closed")]),
    outcome: Type.Union([Type.String(), Type.Null()]),
    closedAt: Type.Union([Type.String(), Type.Null()]),
    parties: Type.Array(Party),
    alerts: Type.Array(AlertView),
  },
  { $id: "Consultation" },
);
export type Consultation = Static<typeof Consultation>;

const urgencies: readonly Urgency[] = ["flash", "immediate", "priority", "routine"];
const positionKinds: readonly PositionKind[] = [
  "concur",
  "concur-with-conditions",
  "do-not-concur",
  "need-more-time",
];
const channels: readonly Channel[] = ["in-app", "email", "webhook"];

/** Stored values read back into their unions (the projector only ever writes valid ones). */
export const urgencyOf = (value: string): Urgency => urgencies.find((u) => u === value) ?? "routine";
export const stanceOf = (value: string | null): PositionKind | null =>
  positionKinds.find((p) => p === value) ?? null;
export const channelOf = (value: string): Channel => channels.find((c) => c === value) ?? "in-app";

/** The parties consulted: every member nation but the requester's. */
export function consultedNations(memberNations: string[], requesterNation: string): string[] {
  return memberNations.filter((nation) => nation !== requesterNation).sort();
}

/** Why a new deadline is refused, or null when it may be set. */
export function deadlineProblem(current: string, proposed: string, now: Date): string | null {
  if (Date.parse(proposed) <= now.getTime()) return "The new deadline must be in the future.";
  if (Date.parse(proposed) <= Date.parse(current))
    return "An extension must be later than the current deadline.";
  return null;
}
