// Outbound webhooks: a JSON POST signed with HMAC-SHA256 (see notify/model.ts for the scheme).
import { webhookSignature } from "./model.ts";

export interface WebhookPost {
  url: string;
  secret: string;
  /** Sent as Idempotency-Key so a receiver can drop a retry it already took. */
  deliveryId: string;
  payload: unknown;
  at: Date;
}

/** Resolves to "HTTP <status>" on 2xx; throws otherwise. */
export async function postWebhook(post: WebhookPost): Promise<string> {
  const body = JSON.stringify(post.payload);
  const timestamp = String(Math.floor(post.at.getTime() / 1000));
  const response = await fetch(post.url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-entente-timestamp": timestamp,
      "x-entente-signature": webhookSignature(post.secret, timestamp, body),
      "idempotency-key": post.deliveryId,
    },
    body,
    redirect: "error",
  });
  await response.body?.cancel();
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return `HTTP ${response.status}`;
}
