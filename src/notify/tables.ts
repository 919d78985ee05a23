// The delivery outbox: one row per alert and channel, and every attempt made on it (local, not projections).
export interface DeliveryRow {
  /** The alert's id: one alert is one person on one channel. */
  id: string;
  consultation_id: string;
  user_id: string;
  channel: string;
  /** "pending" | "delivered" | "dead". */
  status: string;
  attempts: number;
  next_attempt_at: string;
  claimed_until: string | null;
  last_error: string | null;
  delivered_at: string | null;
  created_at: string;
}

export interface DeliveryAttemptRow {
  id: string;
  delivery_id: string;
  attempt: number;
  at: string;
  /** 1 when the channel accepted it. */
  ok: number;
  detail: string;
}

export interface WebhookRow {
  id: string;
  /** The nation whose systems receive it. */
  nation: string;
  url: string;
  /** HMAC-SHA256 key; a local secret. */
  secret: string;
  created_at: string;
}

export interface NotifyTables {
  deliveries: DeliveryRow;
  delivery_attempts: DeliveryAttemptRow;
  webhooks: WebhookRow;
}
