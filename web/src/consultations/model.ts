// The console's view of consultations (as the API presents them) and its pure rules.
import type { User } from "../access/model.ts";

export type PositionKind = "concur" | "concur-with-conditions" | "do-not-concur" | "need-more-time";
export const positionKinds: readonly PositionKind[] = [
  "concur",
  "concur-with-conditions",
  "do-not-concur",
  "need-more-time",
];
export const urgencies = ["flash", "immediate", "priority", "routine"] as const;

export type Party = {
  nation: string;
  position: number;
  tier: string;
  nextEscalationAt: string | null;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  stance: PositionKind | null;
  comments: string | null;
  statedAt: string | null;
};

export type AlertView = {
  id: string;
  nation: string;
  userId: string;
  displayName: string;
  channel: string;
  position: number;
  tier: string;
  alertedAt: string;
  deliveredAt: string | null;
  seenAt: string | null;
  acknowledgedAt: string | null;
  deliveryStatus: string;
  attempts: number;
};

export type Consultation = {
  id: string;
  bodyId: string;
  subject: string;
  brief: string;
  marking: { classification: string; releasableTo: string[] };
  urgency: string;
  requesterNation: string;
  requesterUserId: string | null;
  openedAt: string;
  responseDeadline: string;
  status: "open" | "closed";
  outcome: string | null;
  closedAt: string | null;
  parties: Party[];
  alerts: AlertView[];
};

export type TimelineEntry = {
  index: number;
  at: string;
  type: string;
  nation: string | null;
  user: string | null;
  body: unknown;
};

export type PartyStage = "alerted" | "acknowledged" | "stated";

export function stageOf(party: Party): PartyStage {
  if (party.stance) return "stated";
  return party.acknowledgedAt ? "acknowledged" : "alerted";
}

/** The user's own nation's party, when their nation is consulted and they may respond. */
export function myParty(user: User, consultation: Consultation): Party | null {
  if (consultation.status !== "open" || !user.permissions.includes("consultations.respond")) return null;
  return consultation.parties.find((party) => party.nation === user.nation) ?? null;
}

/** The requesting nation steers the consultation: extend, add information, close. */
export function canSteer(user: User, consultation: Consultation): boolean {
  return (
    consultation.status === "open" &&
    user.nation === consultation.requesterNation &&
    user.permissions.includes("consultations.open")
  );
}

/** Whole minutes until `deadline` (negative once passed). */
export function minutesLeft(now: Date, deadline: string): number {
  return Math.floor((Date.parse(deadline) - now.getTime()) / 60_000);
}

/** The event's one-line summary key and values for the timeline. */
export function timelineLabel(entry: TimelineEntry): { key: string; values: Record<string, string> } {
  const body: Record<string, unknown> =
    typeof entry.body === "object" && entry.body !== null
      ? Object.fromEntries(Object.entries(entry.body))
      : {};
  const field = (name: string) => {
    const value = body[name];
    return typeof value === "string" || typeof value === "number" ? String(value) : "";
  };
  return {
    key: `consultations.event.${entry.type.replace("consultation.", "")}`,
    values: {
      nation: field("nation") || (entry.nation ?? ""),
      tier: field("tier"),
      position: field("position"),
      outcome: field("outcome"),
      text: field("text"),
      deadline: field("responseDeadline"),
    },
  };
}
