// Projection tables of consultative bodies and their members.
export interface BodyRow {
  id: string;
  acronym: string;
  name_en: string;
  name_ko: string;
  /** JSON array of member nations' alpha-3 codes. */
  member_nations: string;
  /** The highest classification the body's material may carry by default. */
  classification: string;
  /** How often the body meets, e.g. "annual", "quarterly"; null when ad hoc. */
  cadence: string | null;
  created_at: string;
}

export interface BodyMemberRow {
  body_id: string;
  person_id: string;
  /** "co-chair", "delegate", "secretariat" or "observer". */
  role: string;
}

export interface BodyTables {
  bodies: BodyRow;
  body_members: BodyMemberRow;
}
