// Writes on a session from the web app: each through the one API client, with CSRF and idempotency keys.
import { newIdempotencyKey, sendJson } from "../app/api.ts";
import { sessionApi } from "./model.ts";

type Guard = { csrfToken: string };
const guarded = (session: Guard) => ({ csrfToken: session.csrfToken, idempotencyKey: newIdempotencyKey() });

export const saveMinutes = (
  session: Guard,
  ref: { bodyId: string; sessionId: string; itemId: string },
  minutes: { minutesEn: string; minutesKo: string; version: number },
) =>
  sendJson<{ version: number }>(
    "PUT",
    `${sessionApi(ref.bodyId, ref.sessionId)}/agenda/${encodeURIComponent(ref.itemId)}/minutes`,
    minutes,
    guarded(session),
  );

export const sessionAction = (
  session: Guard,
  bodyId: string,
  sessionId: string,
  action: "held" | "approvals" | "readout",
) =>
  sendJson<{ id?: string; status?: string }>(
    "POST",
    `${sessionApi(bodyId, sessionId)}/${action}`,
    {},
    guarded(session),
  );
