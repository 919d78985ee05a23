// The access pages' calls to /api/v1: JSON in and out, the session's CSRF token on unsafe methods,
// and problem+json read into a short outcome the pages can show.
export type Outcome<T> = { ok: true; value: T } | { ok: false; status: number; detail: string };

export type Method = "GET" | "POST" | "PUT" | "DELETE";

function detailOf(body: unknown, status: number): string {
  if (typeof body === "object" && body !== null && "detail" in body && typeof body.detail === "string")
    return body.detail;
  return `HTTP ${status}`;
}

/** Calls the API; `csrfToken` is required for every method but GET. */
export async function callApi<T>(
  method: Method,
  path: string,
  csrfToken?: string,
  body?: unknown,
): Promise<Outcome<T>> {
  const headers: Record<string, string> = { accept: "application/json, application/problem+json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["x-csrf-token"] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      credentials: "same-origin",
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    return { ok: false, status: 0, detail: "network" };
  }
  const text = await response.text();
  if (!response.ok) {
    const problem: unknown = text ? JSON.parse(text) : null;
    return { ok: false, status: response.status, detail: detailOf(problem, response.status) };
  }
  // The server serializes every answer through its OpenAPI schemas; the pages trust that contract.
  const value: T = text ? JSON.parse(text) : null;
  return { ok: true, value };
}
