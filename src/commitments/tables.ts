// Projection tables of commitments and their dated updates.
export interface CommitmentRow {
  id: string;
  body_id: string;
  source_outcome_id: string | null;
  /** The text the commitment comes from, e.g. "Washington Declaration". */
  source_en: string;
  source_ko: string;
  /** ISO date the source was agreed; due dates cannot precede it. */
  agreed_on: string;
  statement_en: string;
  statement_ko: string;
  owner_nations: string;
  owner_organization_id: string | null;
  due_on: string | null;
  cadence: string | null;
  /** "planned", "in-progress", "done" or "at-risk"; overdue is computed. */
  status: string;
  review_meeting_id: string | null;
  classification: string;
  releasable_to: string;
  created_at: string;
  last_update_on: string | null;
}

export interface CommitmentUpdateRow {
  id: string;
  commitment_id: string;
  on_date: string;
  status: string;
  note_en: string;
  note_ko: string;
  evidence: string;
  nation: string | null;
  recorded_at: string;
}

export interface CommitmentTables {
  commitments: CommitmentRow;
  commitment_updates: CommitmentUpdateRow;
}
