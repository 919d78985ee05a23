// Accounts as GET /api/v1/users answers them.
export type Account = {
  id: string;
  username: string;
  displayName: string;
  nation: string;
  organizationId: string | null;
  clearance: string;
  timeZone: string;
  demo: boolean;
  disabled: boolean;
  createdAt: string;
  roles: { role: string; bodyId: string | null }[];
  totp: boolean;
  passkeys: number;
};

export const roleNames = [
  "admin",
  "secretariat",
  "principal",
  "delegate",
  "duty-officer",
  "exercise-controller",
  "auditor",
  "observer",
] as const;

/** A body an account can be made a member of (a body-scoped role). */
export type BodyChoice = { id: string; acronym: string };
