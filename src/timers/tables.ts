// Durable timers: local to the deployment (not projections); claimed by one process at a time.
export interface TimerRow {
  id: string;
  /** What fires: "consultation.ack-timeout", "consultation.deadline"… */
  kind: string;
  subject_id: string;
  /** JSON given to the handler. */
  payload: string;
  due_at: string;
  /** "pending" | "fired" | "cancelled". */
  status: string;
  claimed_by: string | null;
  /** A claim older than this is abandoned (its process died) and may be taken again. */
  claimed_until: string | null;
  fired_at: string | null;
  attempts: number;
  created_at: string;
}

export interface TimerTables {
  timers: TimerRow;
}
