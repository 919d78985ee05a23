// Tables the command pipeline keeps for itself.
export interface IdempotencyKeyRow {
  actor: string;
  key: string;
  /** SHA-256 of the request the key was first used with. */
  fingerprint: string;
  /** JSON of the command's result, returned again on retry. */
  result: string;
  created_at: string;
}

export interface PipelineTables {
  idempotency_keys: IdempotencyKeyRow;
}
