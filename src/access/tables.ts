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
}

export interface AccessTables {
  users: UserRow;
  user_roles: UserRoleRow;
  user_credentials: UserCredentialRow;
  sessions: SessionRow;
  api_tokens: ApiTokenRow;
}
