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

/** A complete subtree's hash, stored when it completes: level 0 are leaves. */
export interface RecordNodeRow {
  level: number;
  idx: number;
  /** Hex SHA-256. */
  hash: string;
}

export interface RecordCheckpointRow {
  size: number;
  root: string;
  /** The signed note, log signature only; cosignatures are added when served. */
  note: string;
  created_at: string;
}

/** A member nation's witness key (a projection of `record.cosigner-registered`). */
export interface RecordCosignerRow {
  name: string;
  nation: string;
  /** Base64 raw Ed25519 public key. */
  public_key: string;
  created_at: string;
}

export interface RecordCosignatureRow {
  size: number;
  name: string;
  /** The signature line, as it appears in the note. */
  line: string;
  created_at: string;
}

export interface RecordTables {
  record_entries: RecordEntryRow;
  record_nodes: RecordNodeRow;
  record_checkpoints: RecordCheckpointRow;
  record_cosigners: RecordCosignerRow;
  record_cosignatures: RecordCosignatureRow;
}
