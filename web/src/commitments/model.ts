// Commitments as the API returns them, and when a due date's deadline falls in each capital.
import type { MarkingValue } from "../bodies/model.ts";
import { offsetMinutes } from "../meetings/zones.ts";

export type Commitment = {
  id: string;
  bodyId: string;
  sourceEn: string;
  sourceKo: string;
  agreedOn: string;
  statementEn: string;
  statementKo: string;
  ownerNations: string[];
  dueOn: string | null;
  cadence: string | null;
  nextDueOn: string | null;
  status: string;
  overdue: boolean;
  marking: MarkingValue;
  lastUpdateOn: string | null;
};

export type CommitmentFilter = { bodyId: string; owner: string; status: string };

export const statuses = ["planned", "in-progress", "at-risk", "done", "overdue"] as const;

/**
 * The instant a due date ends in `zone` (midnight after it), e.g. "2023-12-31" in Washington is
 * 2024-01-01T05:00Z. The server calls a commitment overdue only once its date has ended in both capitals.
 */
export function endOfDay(isoDate: string, zone: string): Date {
  const [y, m, d] = isoDate.split("-").map(Number);
  const midnightUtc = Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + 1);
  const guess = midnightUtc - offsetMinutes(zone, midnightUtc) * 60_000;
  return new Date(midnightUtc - offsetMinutes(zone, guess) * 60_000);
}

export function dashboardPath(filter: CommitmentFilter): string {
  const query = new URLSearchParams(Object.entries(filter).filter(([, value]) => value !== ""));
  const text = query.toString();
  return text ? `/commitments?${text}` : "/commitments";
}
