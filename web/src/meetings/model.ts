// Sessions of a body as the API returns them, and the paths of their pages and resources.
import type { MarkingValue } from "../bodies/model.ts";

export type Meeting = {
  id: string;
  bodyId: string;
  titleEn: string;
  titleKo: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  placeEn: string;
  placeKo: string;
  level: string;
  status: string;
  marking: MarkingValue;
  participantIds: string[];
};

export type AgendaItem = {
  id: string;
  position: number;
  titleEn: string;
  titleKo: string;
  ownerPersonId: string;
  marking: MarkingValue;
  minutesEn: string;
  minutesKo: string;
  minutesVersion: number;
  minutesUpdatedAt: string | null;
};

export type Outcome = {
  id: string;
  agendaItemId: string;
  position: number;
  textEn: string;
  textKo: string;
  marking: MarkingValue;
};

export type MeetingDetail = Meeting & {
  agenda: AgendaItem[];
  outcomes: Outcome[];
  approvedBy: string[];
  awaitingApprovalFrom: string[];
};

export const sessionApi = (bodyId: string, id: string) =>
  `/bodies/${encodeURIComponent(bodyId)}/sessions/${encodeURIComponent(id)}`;
export const sessionPage = sessionApi;
export const minutesMarkdownUrl = (bodyId: string, id: string) =>
  `/api/v1${sessionApi(bodyId, id)}/minutes.md`;
export const minutesPdfUrl = (bodyId: string, id: string) => `/api/v1${sessionApi(bodyId, id)}/minutes.pdf`;

/** The outcomes recorded under one agenda item, in order. */
export function outcomesOf(item: AgendaItem, outcomes: readonly Outcome[]): Outcome[] {
  return outcomes.filter((o) => o.agendaItemId === item.id).sort((a, b) => a.position - b.position);
}
