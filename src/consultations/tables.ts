// Projection tables of escalation policies and consultations: parties, alerts, positions.
export interface EscalationPolicyRow {
  id: string;
  body_id: string;
  name: string;
  /** JSON array of steps: tier, ackTimeoutMinutes, channels. */
  steps: string;
  repeat_count: number;
  /** JSON: tier and channels of the last resort. */
  fallback: string;
  created_at: string;
}

export interface ConsultationRow {
  id: string;
  body_id: string;
  /** JSON snapshot of the escalation policy in force when it was opened. */
  policy: string;
  subject: string;
  brief: string;
  classification: string;
  /** JSON array of nations. */
  releasable_to: string;
  urgency: string;
  requester_nation: string;
  requester_user_id: string | null;
  opened_at: string;
  response_deadline: string;
  /** "open" | "closed". */
  status: string;
  outcome: string | null;
  closed_at: string | null;
}

export interface ConsultationPartyRow {
  consultation_id: string;
  nation: string;
  /** Rung of the escalation ladder reached. */
  position: number;
  tier: string;
  rung_started_at: string;
  next_escalation_at: string | null;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
  stance: string | null;
  comments: string | null;
  stated_at: string | null;
}

export interface ConsultationAlertRow {
  id: string;
  consultation_id: string;
  nation: string;
  user_id: string;
  channel: string;
  position: number;
  tier: string;
  alerted_at: string;
  seen_at: string | null;
  acknowledged_at: string | null;
}

export interface ConsultationTables {
  escalation_policies: EscalationPolicyRow;
  consultations: ConsultationRow;
  consultation_parties: ConsultationPartyRow;
  consultation_alerts: ConsultationAlertRow;
}
