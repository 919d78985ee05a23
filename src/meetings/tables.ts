// Projection tables of a body's sessions: the session, participants, agenda with minutes, outcomes, approvals.
export interface MeetingRow {
  id: string;
  body_id: string;
  title_en: string;
  title_ko: string;
  /** ISO 8601 UTC. */
  starts_at: string;
  ends_at: string;
  /** IANA zone of the place, for local times and calendars. */
  time_zone: string;
  place_en: string;
  place_ko: string;
  level: string;
  /** "planned", "held" or "minutes-approved". */
  status: string;
  classification: string;
  /** JSON array of nations. */
  releasable_to: string;
  created_at: string;
  updated_at: string;
}

export interface MeetingParticipantRow {
  meeting_id: string;
  person_id: string;
  position: number;
}

export interface AgendaItemRow {
  id: string;
  meeting_id: string;
  body_id: string;
  position: number;
  title_en: string;
  title_ko: string;
  owner_person_id: string;
  classification: string;
  releasable_to: string;
  minutes_en: string;
  minutes_ko: string;
  /** Bumped on every save of the minutes; a save naming an older version gets 409. */
  minutes_version: number;
  minutes_updated_at: string | null;
}

export interface OutcomeRow {
  id: string;
  meeting_id: string;
  body_id: string;
  agenda_item_id: string;
  position: number;
  text_en: string;
  text_ko: string;
  classification: string;
  releasable_to: string;
  created_at: string;
}

export interface MinutesApprovalRow {
  meeting_id: string;
  nation: string;
  approved_by: string | null;
  approved_at: string;
}

export interface MeetingTables {
  meetings: MeetingRow;
  meeting_participants: MeetingParticipantRow;
  agenda_items: AgendaItemRow;
  meeting_outcomes: OutcomeRow;
  minutes_approvals: MinutesApprovalRow;
}
