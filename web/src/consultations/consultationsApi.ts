// The console's calls to /api/v1: consultations, their timeline and actions, rosters, bodies.
import { newIdempotencyKey, sendJson } from "../app/api.ts";
import type { Consultation } from "./model.ts";

export const consultationsPath = "/consultations";
export const consultationPath = (id: string) => `/consultations/${encodeURIComponent(id)}`;
export const timelinePath = (id: string) => `${consultationPath(id)}/timeline`;
export const rostersPath = (bodyId: string) => `/rosters?bodyId=${encodeURIComponent(bodyId)}`;

export type Action = "acknowledge" | "seen" | "position" | "extend" | "information" | "close";

export function act(
  id: string,
  action: Action,
  body: object,
  csrfToken: string,
  idempotencyKey = newIdempotencyKey(),
) {
  return sendJson<Consultation>("POST", `${consultationPath(id)}/${action}`, body, {
    csrfToken,
    idempotencyKey,
  });
}

export type OpenInput = {
  bodyId: string;
  subject: string;
  brief: string;
  classification: string;
  responseDeadline: string;
  urgency: string;
};

export function openConsultation(input: OpenInput, csrfToken: string, idempotencyKey: string) {
  return sendJson<Consultation>("POST", consultationsPath, input, { csrfToken, idempotencyKey });
}

export type Body = { id: string; acronym: string; nameEn: string; nameKo: string; classification: string };

export type RosterView = {
  id: string;
  nation: string;
  tier: string;
  name: string;
  timeZone: string;
  handoverTime: string;
  onDuty: {
    userId: string;
    displayName: string;
    overrideId: string | null;
    startsAt: string;
    endsAt: string;
  };
};
