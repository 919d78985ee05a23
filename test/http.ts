// A signed-in HTTP client for tests: keeps the session cookie and sends the CSRF token.
export interface Client {
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  json<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: T }>;
}

export function client(
  baseUrl: string,
): Client & { signIn(username: string, password: string, code?: string): Promise<Response> } {
  let cookie = "";
  let csrf = "";
  const self = {
    async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
      const all: Record<string, string> = { ...headers };
      if (cookie) all.cookie = cookie;
      if (csrf && method !== "GET") all["x-csrf-token"] ??= csrf;
      if (body !== undefined) all["content-type"] ??= "application/json";
      return fetch(baseUrl + path, {
        method,
        headers: all,
        body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
      });
    },
    async json<T>(method: string, path: string, body?: unknown, headers?: Record<string, string>) {
      const response = await self.request(method, path, body, headers);
      const text = await response.text();
      return {
        status: response.status,
        body: (text ? JSON.parse(text) : null) as T,
        headers: response.headers,
      };
    },
    async signIn(username: string, password: string, code?: string) {
      const body = code === undefined ? { username, password } : { username, password, code };
      const response = await self.request("POST", "/api/v1/auth/login", body);
      const setCookie = response.headers.get("set-cookie");
      if (setCookie) cookie = setCookie.split(";")[0] ?? "";
      if (response.ok) csrf = ((await response.clone().json()) as { csrfToken: string }).csrfToken;
      return response;
    },
  };
  return self;
}
