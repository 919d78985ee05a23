// Projection table of public readouts: drafted from PUBLIC outcomes, edited, then published.
export interface ReadoutRow {
  id: string;
  meeting_id: string;
  body_id: string;
  title_en: string;
  title_ko: string;
  text_en: string;
  text_ko: string;
  releasable_to: string;
  version: number;
  created_at: string;
  updated_at: string;
  published_at: string | null;
}

export interface ReadoutTables {
  readouts: ReadoutRow;
}
