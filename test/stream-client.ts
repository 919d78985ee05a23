// A test client for the realtime stream: signs in, connects with the session cookie, collects messages.
import WebSocket from "ws";
import type { RecordedEvent } from "../src/record/event.ts";

export type StreamMessage =
  | { type: "event"; event: RecordedEvent }
  | { type: "alert"; consultationId: string; alertIds: string[] }
  | { type: "ready"; lastIndex: number };

export async function sessionCookie(baseUrl: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status}`);
  return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

export interface StreamClient {
  messages: StreamMessage[];
  events(): RecordedEvent[];
  until(predicate: (messages: StreamMessage[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function openStream(
  baseUrl: string,
  cookie: string,
  after?: number,
  headers: Record<string, string> = {},
): Promise<StreamClient> {
  const query = after === undefined ? "" : `?after=${after}`;
  const socket = new WebSocket(`${baseUrl.replace(/^http/, "ws")}/api/v1/stream${query}`, {
    headers: { cookie, ...headers },
  });
  const messages: StreamMessage[] = [];
  socket.on("message", (data) => messages.push(JSON.parse(String(data))));
  await new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("error", reject);
    socket.once("unexpected-response", (_request, response) =>
      reject(new Error(`stream refused: ${response.statusCode}`)),
    );
  });
  const client: StreamClient = {
    messages,
    events: () => messages.flatMap((m) => (m.type === "event" ? [m.event] : [])),
    async until(predicate, timeoutMs = 5000) {
      const started = Date.now();
      while (!predicate(messages)) {
        if (Date.now() - started > timeoutMs)
          throw new Error(`stream: condition not met; got ${JSON.stringify(messages.map((m) => m.type))}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (socket.readyState === socket.CLOSED) return resolve();
        socket.once("close", () => resolve());
        socket.close();
      }),
  };
  return client;
}
