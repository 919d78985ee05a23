// Calls to /api/v1/auth and /api/v1/meta: sign in, sign out, who am I, is this a demo.
import { type ApiResult, getJson, newIdempotencyKey, sendCommand, sendJson } from "../app/api.ts";
import type { Credentials, Meta, Session } from "./model.ts";

export function fetchMeta(signal?: AbortSignal): Promise<ApiResult<Meta>> {
  return getJson<Meta>("/meta", signal);
}

export function fetchSession(signal?: AbortSignal): Promise<ApiResult<Session>> {
  return getJson<Session>("/auth/me", signal);
}

export function signIn(credentials: Credentials): Promise<ApiResult<Session>> {
  return sendJson<Session>("POST", "/auth/login", credentials, null);
}

export function signOut(session: Session): Promise<ApiResult<null>> {
  return sendCommand("POST", "/auth/logout", {
    csrfToken: session.csrfToken,
    idempotencyKey: newIdempotencyKey(),
  });
}
