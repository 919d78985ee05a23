// Projection tables of consultative bodies.
export interface BodyRow {
  id: string;
  acronym: string;
  name_en: string;
  name_ko: string;
  /** JSON array of member nations' alpha-3 codes. */
  member_nations: string;
  /** The highest classification the body's material may carry by default. */
  classification: string;
  created_at: string;
}

export interface BodyTables {
  bodies: BodyRow;
}
