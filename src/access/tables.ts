// Accounts (projections of the record) and credentials, sessions, tokens (local secrets).
export interface UserRow {
  id: string;
  username: string;
  display_name: string;
  nation: string;
  organization_id: string | null;
  person_id: string | null;
  clearance: string;
  time_zone: string;
  demo: number;
  disabled: number;
  created_at: string;
}

export interface UserRoleRow {
  user_id: string;
  role: string;
  /** A body's id, or "*" for an alliance-wide role. */
  body_id: string;
}

export interface UserCredentialRow {
  user_id: string;
  password_hash: string;
  updated_at: string;
}

export interface SessionRow {
  /** SHA-256 of the cookie's secret, never the secret itself. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
  address: string | null;
  user_agent: string | null;
}

export interface ApiTokenRow {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  /** Space-separated scopes: "read", "write". */
  scopes: string;
  last_used_at: string | null;
}

export interface TotpCredentialRow {
  user_id: string;
  /** Base32 secret; a local secret, never in the record. */
  secret: string;
  created_at: string;
  confirmed_at: string | null;
  last_used_step: number | null;
}

export interface RecoveryCodeRow {
  user_id: string;
  /** SHA-256 of the code (the codes carry 50 random bits, so a fast hash suffices). */
  code_hash: string;
  created_at: string;
  used_at: string | null;
}

export interface PasskeyRow {
  /** The credential id, base64url. */
  id: string;
  user_id: string;
  name: string;
  /** COSE public key, base64url. */
  public_key: string;
  counter: number;
  /** JSON array of transports. */
  transports: string;
  created_at: string;
  last_used_at: string | null;
}

export interface WebauthnChallengeRow {
  challenge: string;
  purpose: string;
  user_id: string | null;
  expires_at: string;
}

export interface SignInThrottleRow {
  /** "account:<username>" or "address:<ip>". */
  key: string;
  failures: number;
  window_started_at: string;
  locked_until: string | null;
}

export interface AccessTables {
  users: UserRow;
  user_roles: UserRoleRow;
  user_credentials: UserCredentialRow;
  sessions: SessionRow;
  api_tokens: ApiTokenRow;
  totp_credentials: TotpCredentialRow;
  recovery_codes: RecoveryCodeRow;
  passkeys: PasskeyRow;
  webauthn_challenges: WebauthnChallengeRow;
  sign_in_throttle: SignInThrottleRow;
}
