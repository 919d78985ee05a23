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

/** What a successful sign-in answers (the same shape as GET /api/v1/auth/me). */
export type SignedIn = {
  user: {
    id: string;
    username: string;
    displayName: string;
    nation: string;
    organizationId: string | null;
    clearance: string;
    timeZone: string;
    demo: boolean;
    roles: { role: string; bodyId: string | null }[];
    permissions: string[];
  };
  csrfToken: string;
  secondFactorSetupRequired: boolean;
};
