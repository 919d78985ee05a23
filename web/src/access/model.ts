// Who is signed in, as GET /api/v1/auth/me describes them.

export type RoleGrant = { role: string; bodyId: string | null };

export type User = {
  id: string;
  username: string;
  displayName: string;
  nation: string;
  organizationId: string | null;
  clearance: string;
  roles: RoleGrant[];
  permissions: string[];
  demo: boolean;
  timeZone: string;
};

export type Session = {
  user: User;
  csrfToken: string;
  /** The account must set up TOTP or a passkey before anything else (see /security). */
  secondFactorSetupRequired?: boolean;
};

export type Meta = { demo: boolean; version: string };

export type Credentials = { username: string; password: string; code?: string };

/** Whether the server granted a permission; the server still checks it on every request. */
export function hasPermission(user: User, permission: string): boolean {
  return user.permissions.includes(permission);
}
