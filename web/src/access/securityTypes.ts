// What the own-security API answers (see /api/openapi.json, tag "security").
export type SecondFactors = {
  secondFactorRequired: boolean;
  secondFactorSetupRequired: boolean;
  totp: boolean;
  totpPending: boolean;
  recoveryCodesLeft: number;
  passkeys: number;
};
export type SessionView = {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  address: string | null;
  userAgent: string | null;
  current: boolean;
};
export type TokenView = {
  id: string;
  name: string;
  scopes: string[];
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
};
export type PasskeyView = { id: string; name: string; createdAt: string; lastUsedAt: string | null };
export type SecurityEvent = { index: number; at: string; type: string; body: Record<string, unknown> };
export type Items<T> = { items: T[] };
