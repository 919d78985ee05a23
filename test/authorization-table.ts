// The authorization matrix's table: for each route of the OpenAPI document, who may call it and what
// each caller should get. Adding a route to the API means adding its line here.
import type { Role } from "../src/access/actor.ts";
import { roles } from "../src/access/actor.ts";
import { classificationRank } from "../src/access/marking.ts";
import { type Action, permissionsOf } from "../src/access/policy.ts";
import { testPassword } from "./factories.ts";
import type { Client } from "./http.ts";

export type Nation = "KOR" | "USA";
export interface Caller {
  role: Role;
  nation: Nation;
  clearance: string;
  http: Client;
}
/** Whose account a call is about, for routes that act on another account. */
export type Target = "own-nation" | "other-nation";
export interface Context {
  caller: Caller;
  /** An account id in the target nation (when the route has a target). */
  accountId: string;
  targetNation: Nation;
  unique: string;
  mofaId: string;
  /** The demo NCG's id: a real body for commands that look their body up before authorizing. */
  ncgId: string;
}
export interface Expectation {
  /** Roles that may; "any" is every signed-in user (their own account's routes). */
  roles: readonly Role[] | "any";
  /**
   * The answer when allowed: a status; "not-refused" (anything but 401/403/404); or "not-forbidden"
   * (anything but 401/403: the role passed and the request failed later, e.g. on a made-up id).
   */
  ok: number | "not-refused" | "not-forbidden";
  /** A query string for the call. */
  query?: string;
  /** The route acts on another account: run it on one of each nation; unseen answers `unseen`. */
  targets?: { unseen: 403 | 404 };
  /** The request body; "example" makes one from the route's schema (see schema-example.ts). */
  body?: ((ctx: Context) => unknown) | "example";
  /** What a caller whose roles lack the action may get (default 403): 404 too where the object is looked up first. */
  refused?: readonly number[];
  /** Runs after every other route (it ends the caller's session). */
  last?: boolean;
}

const managers = ["admin"] as const;
const writers = ["admin", "secretariat"] as const;
const tokenHolders = ["admin", "secretariat", "auditor"] as const;
const readersOfDirectory = roles;
export const other = (nation: Nation): Nation => (nation === "KOR" ? "USA" : "KOR");
const grant = () => ({ role: "observer", bodyId: null });

/** The roles whose grant carries `action`, as the policy has them. */
function holding(action: Action): Role[] {
  return roles.filter((role) =>
    permissionsOf({
      kind: "user",
      userId: "matrix",
      username: "matrix",
      displayName: "Matrix",
      nation: "KOR",
      organizationId: null,
      clearance: "SECRET",
      timeZone: "Asia/Seoul",
      demo: true,
      roles: [{ role, bodyId: null }],
      via: "session",
    }).includes(action),
  );
}
/** A write of another capability on a made-up or real object: roles without the action are refused
 * (403, or 404 where the object is looked up first); roles with it get past the policy. */
const writeBy = (action: Action): Expectation => ({
  roles: holding(action),
  ok: "not-forbidden",
  body: "example",
  refused: [403, 404],
});
const recordReaders = roles.filter((role) => role !== "observer");
const rosterReaders = ["admin", "secretariat", "principal", "duty-officer", "auditor"] as const;
const rosterManagers = ["admin", "secretariat"] as const;
const consultationReaders = [
  "admin",
  "secretariat",
  "principal",
  "delegate",
  "duty-officer",
  "auditor",
] as const;
const consultationOpeners = ["secretariat", "principal"] as const;
const auditors = ["auditor"] as const;
const inAWeek = () => new Date(Date.now() + 7 * 86400_000).toISOString();
/** Consultations are looked up before the policy is asked, so a made-up id is 404 for everyone. */
const onMissingConsultation = (body?: () => unknown): Expectation => ({
  roles: "any",
  ok: 404,
  ...(body ? { body } : {}),
});

/** "METHOD /path/{param}" → what each caller should get. */
export const table: Record<string, Expectation | "public"> = {
  "POST /api/v1/auth/login": "public",
  "GET /api/v1/meta": "public",
  "POST /api/v1/auth/logout": { roles: "any", ok: 204, last: true },
  "GET /api/v1/auth/me": { roles: "any", ok: 200 },
  "GET /api/v1/auth/security": { roles: "any", ok: 200 },
  "POST /api/v1/auth/totp": { roles: "any", ok: 201 },
  "POST /api/v1/auth/totp/confirm": { roles: "any", ok: 400, body: () => ({ code: "000000" }) },
  "POST /api/v1/auth/totp/disable": { roles: "any", ok: 400, body: () => ({ password: "not the password" }) },
  "POST /api/v1/auth/recovery-codes": { roles: "any", ok: 409, body: () => ({ password: testPassword }) },
  "POST /api/v1/auth/password": {
    roles: "any",
    ok: 400,
    body: () => ({ currentPassword: "not the password", newPassword: "a long enough new phrase" }),
  },
  "GET /api/v1/auth/sessions": { roles: "any", ok: 200 },
  "DELETE /api/v1/auth/sessions/{id}": { roles: "any", ok: 404 },
  "GET /api/v1/auth/tokens": { roles: "any", ok: 200 },
  "POST /api/v1/auth/tokens": {
    roles: tokenHolders,
    ok: 201,
    body: () => ({ name: "matrix", days: 1, scopes: ["read"] }),
  },
  "DELETE /api/v1/auth/tokens/{id}": { roles: "any", ok: 404 },
  "GET /api/v1/auth/activity": { roles: "any", ok: 200 },
  "POST /api/v1/auth/passkey/options": "public",
  "POST /api/v1/auth/passkey/login": "public",
  "POST /api/v1/auth/passkeys/options": { roles: "any", ok: 200 },
  "POST /api/v1/auth/passkeys": {
    roles: "any",
    ok: 400,
    body: () => ({
      name: "forged",
      response: {
        id: "AAAA",
        rawId: "AAAA",
        type: "public-key",
        clientExtensionResults: {},
        response: { clientDataJSON: "e30", attestationObject: "AAAA" },
      },
    }),
  },
  "GET /api/v1/auth/passkeys": { roles: "any", ok: 200 },
  "DELETE /api/v1/auth/passkeys/{id}": { roles: "any", ok: 404 },
  "GET /api/v1/users": { roles: managers, ok: 200 },
  "POST /api/v1/users": {
    roles: managers,
    ok: 201,
    targets: { unseen: 403 },
    body: (ctx) => ({
      username: `m.${ctx.unique}`,
      displayName: "Matrix Account",
      nation: ctx.targetNation,
      organizationId: null,
      personId: null,
      clearance: "OFFICIAL",
      timeZone: "Asia/Seoul",
      password: "matrix account passphrase",
    }),
  },
  "GET /api/v1/users/{id}": { roles: managers, ok: 200, targets: { unseen: 404 } },
  "POST /api/v1/users/{id}/roles": {
    roles: managers,
    ok: "not-refused",
    targets: { unseen: 404 },
    body: grant,
  },
  "POST /api/v1/users/{id}/roles/revoke": {
    roles: managers,
    ok: "not-refused",
    targets: { unseen: 404 },
    body: grant,
  },
  "PUT /api/v1/users/{id}/clearance": {
    roles: managers,
    ok: 200,
    targets: { unseen: 404 },
    body: () => ({ clearance: "OFFICIAL" }),
  },
  "PUT /api/v1/users/{id}/status": {
    roles: managers,
    ok: 200,
    targets: { unseen: 404 },
    body: () => ({ disabled: false }),
  },
  "POST /api/v1/users/{id}/sessions/revoke": { roles: managers, ok: 204, targets: { unseen: 404 } },
  "POST /api/v1/users/{id}/totp/reset": { roles: managers, ok: 409, targets: { unseen: 404 } },
  "GET /api/v1/nations": { roles: readersOfDirectory, ok: 200 },
  "GET /api/v1/organizations": { roles: readersOfDirectory, ok: 200 },
  "POST /api/v1/organizations": {
    roles: writers,
    ok: 201,
    body: (ctx) => ({
      nation: ctx.caller.nation,
      acronym: "MX",
      nameEn: `Matrix ${ctx.unique}`,
      nameKo: "매트릭스",
    }),
  },
  "GET /api/v1/people": { roles: readersOfDirectory, ok: 200 },
  "GET /api/v1/people/{id}": { roles: readersOfDirectory, ok: 404 },
  "POST /api/v1/people": {
    roles: writers,
    ok: 201,
    body: (ctx) => ({
      nameEn: "Matrix Person",
      nameKo: "매트릭스",
      titleEn: "Officer",
      titleKo: "담당관",
      organizationId: ctx.mofaId,
      nation: "KOR",
      timeZone: "Asia/Seoul",
      email: "matrix@example.kr",
    }),
  },
  "GET /api/v1/bodies": { roles: readersOfDirectory, ok: 200 },
  "GET /api/v1/bodies/{id}": { roles: "any", ok: 404 },
  "PUT /api/v1/bodies/{id}/details": writeBy("bodies.write"),
  "GET /api/v1/search": { roles: holding("sessions.read"), ok: 200, query: "?q=nuclear" },
  "GET /api/v1/sessions": { roles: holding("sessions.read"), ok: 200 },
  "GET /api/v1/bodies/{bodyId}/sessions": { roles: holding("sessions.read"), ok: 200 },
  "POST /api/v1/bodies/{bodyId}/sessions": writeBy("sessions.write"),
  "GET /api/v1/bodies/{bodyId}/sessions/{sessionId}": { roles: "any", ok: 404 },
  "GET /api/v1/bodies/{bodyId}/sessions/{sessionId}/minutes.md": { roles: "any", ok: 404 },
  "GET /api/v1/bodies/{bodyId}/sessions/{sessionId}/minutes.pdf": { roles: "any", ok: 404 },
  "POST /api/v1/bodies/{bodyId}/sessions/{sessionId}/agenda": writeBy("sessions.write"),
  "PUT /api/v1/bodies/{bodyId}/sessions/{sessionId}/agenda/{itemId}/minutes": writeBy("sessions.write"),
  "POST /api/v1/bodies/{bodyId}/sessions/{sessionId}/outcomes": writeBy("sessions.write"),
  "POST /api/v1/bodies/{bodyId}/sessions/{sessionId}/held": writeBy("sessions.write"),
  "POST /api/v1/bodies/{bodyId}/sessions/{sessionId}/approvals": writeBy("minutes.approve"),
  "POST /api/v1/bodies/{bodyId}/sessions/{sessionId}/readout": writeBy("readouts.write"),
  "GET /api/v1/bodies/{bodyId}/calendar.ics": "public",
  "GET /api/v1/calendar.ics": "public",
  "GET /api/v1/commitments": { roles: holding("commitments.read"), ok: 200 },
  "GET /api/v1/commitments/{id}": { roles: "any", ok: 404 },
  "POST /api/v1/commitments": writeBy("commitments.write"),
  "POST /api/v1/commitments/{id}/updates": writeBy("commitments.write"),
  "GET /api/v1/readouts": "public",
  "GET /api/v1/readouts/{id}": "public",
  "GET /api/v1/readouts/drafts": { roles: holding("sessions.read"), ok: 200 },
  "PUT /api/v1/readouts/{id}": writeBy("readouts.write"),
  "POST /api/v1/readouts/{id}/publish": writeBy("readouts.publish"),
  "GET /api/v1/bodies/{id}/escalation-policy": { roles: rosterReaders, ok: "not-forbidden" },
  "POST /api/v1/escalation-policies": {
    roles: rosterManagers,
    ok: "not-forbidden",
    body: (ctx) => ({
      bodyId: ctx.ncgId,
      name: "Matrix ladder",
      steps: [{ tier: "duty-officer", ackTimeoutMinutes: 10, channels: ["in-app"] }],
      repeatCount: 0,
      fallback: { tier: "principal", channels: ["in-app"] },
    }),
  },
  "GET /api/v1/consultations": { roles: consultationReaders, ok: 200 },
  "POST /api/v1/consultations": {
    roles: consultationOpeners,
    ok: "not-forbidden",
    body: (ctx) => ({
      bodyId: ctx.ncgId,
      subject: `Matrix ${ctx.unique}`,
      brief: "A consultation opened by the authorization matrix.",
      classification: "PUBLIC",
      responseDeadline: inAWeek(),
      urgency: "priority",
    }),
  },
  "GET /api/v1/consultations/{id}": onMissingConsultation(),
  "GET /api/v1/consultations/{id}/timeline": onMissingConsultation(),
  "POST /api/v1/consultations/{id}/acknowledge": onMissingConsultation(),
  "POST /api/v1/consultations/{id}/seen": onMissingConsultation(),
  "POST /api/v1/consultations/{id}/position": onMissingConsultation(() => ({
    position: "concur",
    comments: "",
  })),
  "POST /api/v1/consultations/{id}/extend": onMissingConsultation(() => ({
    responseDeadline: inAWeek(),
    reason: "matrix",
  })),
  "POST /api/v1/consultations/{id}/information": onMissingConsultation(() => ({ text: "matrix" })),
  "POST /api/v1/consultations/{id}/close": onMissingConsultation(() => ({ outcome: "matrix" })),
  "GET /api/v1/rosters": { roles: rosterReaders, ok: 200 },
  "POST /api/v1/rosters": {
    roles: rosterManagers,
    ok: "not-forbidden",
    body: (ctx) => ({
      nation: ctx.caller.nation,
      bodyId: ctx.ncgId,
      tier: "director",
      name: `Matrix roster ${ctx.unique}`,
      timeZone: "Asia/Seoul",
      handoverTime: "09:00",
      shiftDays: 7,
      rotationStart: "2026-11-02",
      rotation: [ctx.accountId],
    }),
  },
  "POST /api/v1/rosters/{id}/overrides": {
    roles: "any",
    ok: 404,
    body: () => ({
      kind: "cover",
      userId: "someone",
      otherUserId: null,
      startsAt: inAWeek(),
      endsAt: inAWeek(),
      reason: "",
    }),
  },
  "GET /api/v1/webhooks": { roles: rosterManagers, ok: 200 },
  "POST /api/v1/webhooks": {
    roles: rosterManagers,
    ok: "not-forbidden",
    body: () => ({ url: "https://example.org/hook" }),
  },
  "GET /api/v1/record/checkpoint": { roles: recordReaders, ok: 200 },
  "GET /api/v1/record/keys": { roles: recordReaders, ok: 200 },
  "GET /api/v1/record/entries": { roles: recordReaders, ok: 200, query: "?start=0&end=1" },
  "GET /api/v1/record/proof/inclusion": { roles: recordReaders, ok: 200, query: "?index=0&size=2" },
  "GET /api/v1/record/proof/consistency": { roles: recordReaders, ok: 200, query: "?from=1&to=2" },
  "POST /api/v1/record/cosigners": {
    roles: auditors,
    ok: "not-forbidden",
    body: (ctx) => ({ name: `matrix-${ctx.unique}`, publicKey: "not a key" }),
  },
  "POST /api/v1/record/cosignatures": {
    roles: auditors,
    ok: "not-forbidden",
    body: () => ({ size: 1, cosignature: "not a cosignature" }),
  },
  "POST /api/v1/bodies": {
    roles: writers,
    ok: 201,
    body: (ctx) => ({
      acronym: `M${ctx.unique.slice(0, 6)}`,
      nameEn: "Matrix Body",
      nameKo: "매트릭스",
      memberNations: ["KOR", "USA"],
      classification: "OFFICIAL",
    }),
  },
};

/** The answer `ctx.caller` should get from `route` on `target`. */
export function expected(
  rule: Expectation,
  caller: Caller,
  target: Target | null,
): Expectation["ok"] | readonly number[] {
  const mayAct = rule.roles === "any" || rule.roles.includes(caller.role);
  if (!mayAct) return rule.refused ?? [403];
  if (rule.targets && target) {
    // Accounts are marked OFFICIAL, releasable to their own nation.
    const sees =
      target === "own-nation" && classificationRank(caller.clearance) >= classificationRank("OFFICIAL");
    if (!sees) return rule.targets.unseen;
  }
  return rule.ok;
}

/** Fills a route's path: a body id names the demo NCG, `id` the given one, any other parameter a made-up id. */
export function fill(path: string, id: string, ncgId: string): string {
  return path
    .replace("{bodyId}", encodeURIComponent(ncgId))
    .replace("{id}", encodeURIComponent(id))
    .replace(/\{[A-Za-z]+\}/g, "missing");
}

export function isLast(key: string): boolean {
  const rule = table[key];
  return rule !== undefined && rule !== "public" && rule.last === true;
}
