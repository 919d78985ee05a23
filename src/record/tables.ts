// Tables of the shared record.
export interface RecordEntryRow {
  idx: number;
  at: string;
  type: string;
  subject_kind: string;
  subject_id: string;
  actor_user: string | null;
  actor_nation: string | null;
  classification: string;
  /** JSON array of ISO 3166 alpha-3 codes. */
  releasable_to: string;
  /** The RFC 8785 canonical JSON of the event: the Merkle leaf. */
  leaf: string;
  /** Hex SHA-256(0x00 ‖ leaf). */
  leaf_hash: string;
}

export interface RecordTables {
  record_entries: RecordEntryRow;
}
