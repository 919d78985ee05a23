// The one HTTP client for /api/v1: JSON in and out, problem+json errors, CSRF and idempotency headers.
import { networkProblem, type Problem, readProblem } from "./problem.ts";

export type ApiResult<T> = { ok: true; value: T } | { ok: false; problem: Problem };

/** What every unsafe request (POST, PUT, PATCH, DELETE) carries besides its body. */
export type WriteGuard = { csrfToken: string; idempotencyKey: string };

const apiRoot = "/api/v1";

/** Tells the server which language the reader has chosen, for messages it can translate. */
function languageHeader(): Record<string, string> {
  return { "accept-language": document.documentElement.lang || "en" };
}

async function call(path: string, init: RequestInit): Promise<ApiResult<Response>> {
  let response: Response;
  try {
    response = await fetch(`${apiRoot}${path}`, { credentials: "same-origin", ...init });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    return { ok: false, problem: networkProblem };
  }
  if (response.ok) return { ok: true, value: response };
  const body: unknown = await response.json().catch(() => undefined);
  return { ok: false, problem: readProblem(body, response.status, response.statusText) };
}

async function readJson<T>(result: ApiResult<Response>): Promise<ApiResult<T>> {
  if (!result.ok) return result;
  // The server serializes every response through its OpenAPI schemas; the client trusts that contract.
  const value: T = await result.value.json();
  return { ok: true, value };
}

/** GET a JSON resource. */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<ApiResult<T>> {
  const init: RequestInit = { headers: { accept: "application/json", ...languageHeader() } };
  if (signal) init.signal = signal;
  return readJson<T>(await call(path, init));
}

function writeHeaders(guard: WriteGuard | null): Record<string, string> {
  const headers: Record<string, string> = {
    accept: "application/json, application/problem+json",
    "content-type": "application/json",
    ...languageHeader(),
  };
  if (guard) {
    headers["x-csrf-token"] = guard.csrfToken;
    headers["idempotency-key"] = guard.idempotencyKey;
  }
  return headers;
}

/** POST (or another unsafe method) a JSON body and read the JSON answer. */
export async function sendJson<T>(
  method: "POST" | "PUT" | "PATCH",
  path: string,
  body: unknown,
  guard: WriteGuard | null,
): Promise<ApiResult<T>> {
  const init = { method, headers: writeHeaders(guard), body: JSON.stringify(body) };
  return readJson<T>(await call(path, init));
}

/** Send a request whose answer has no body (204), such as signing out. */
export async function sendCommand(
  method: "POST" | "DELETE",
  path: string,
  guard: WriteGuard,
): Promise<ApiResult<null>> {
  const headers = writeHeaders(guard);
  delete headers["content-type"];
  const result = await call(path, { method, headers });
  return result.ok ? { ok: true, value: null } : result;
}

/** A fresh key for one user action; the caller keeps it to resend the same action on retry. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  // randomUUID exists only in secure contexts; getRandomValues works everywhere.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
