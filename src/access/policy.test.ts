import { describe, expect, it } from "vitest";
import type { UserActor } from "./actor.ts";
import { authorize, authorizeOn, can, canSee, permissionsOf } from "./policy.ts";

function user(spec: Partial<UserActor> = {}): UserActor {
  return {
    kind: "user",
    userId: "u1",
    username: "kor.test",
    displayName: "Test",
    nation: "KOR",
    organizationId: null,
    clearance: "CONFIDENTIAL",
    timeZone: "Asia/Seoul",
    demo: false,
    roles: [{ role: "secretariat", bodyId: null }],
    via: "session",
    ...spec,
  };
}

const secretForBoth = { marking: { classification: "SECRET", releasableTo: ["KOR", "USA"] } };
const officialUsaOnly = { marking: { classification: "OFFICIAL", releasableTo: ["USA"] } };
const ncgPublic = { bodyId: "ncg", marking: { classification: "PUBLIC", releasableTo: ["KOR", "USA"] } };

describe("the access policy", () => {
  it("allows an action only through a role that carries it", () => {
    expect(can(user(), "directory.write")).toBe(true);
    expect(can(user({ roles: [{ role: "observer", bodyId: null }] }), "directory.write")).toBe(false);
    expect(can(user({ roles: [] }), "directory.read")).toBe(false);
  });

  it("scopes a body role to that body", () => {
    const member = user({ roles: [{ role: "secretariat", bodyId: "ncg" }] });
    expect(can(member, "bodies.write", "ncg")).toBe(true);
    expect(can(member, "bodies.write", "edscg")).toBe(false);
    expect(canSee(member, ncgPublic)).toBe(true);
    expect(canSee(member, { ...ncgPublic, bodyId: "edscg" })).toBe(false);
  });

  it("hides what is above the clearance or not releasable to the nation", () => {
    expect(canSee(user({ clearance: "SECRET" }), secretForBoth)).toBe(true);
    expect(canSee(user({ clearance: "CONFIDENTIAL" }), secretForBoth)).toBe(false);
    expect(canSee(user({ clearance: "SECRET" }), officialUsaOnly)).toBe(false);
    expect(canSee(user({ nation: "USA" }), officialUsaOnly)).toBe(true);
  });

  it("answers 401 for nobody, 404 for the unseen, 403 for the seen but refused", () => {
    expect(() => authorize(null, "directory.read")).toThrow(
      expect.objectContaining({ kind: "unauthorized" }),
    );
    expect(() => authorizeOn(user(), "bodies.read", officialUsaOnly, "text")).toThrow(
      expect.objectContaining({ kind: "not-found" }),
    );
    const observer = user({ roles: [{ role: "observer", bodyId: null }] });
    expect(() => authorizeOn(observer, "bodies.write", ncgPublic, "body")).toThrow(
      expect.objectContaining({ kind: "forbidden" }),
    );
  });

  it("lists the permissions a user's roles carry", () => {
    expect(permissionsOf(user({ roles: [{ role: "auditor", bodyId: null }] }))).toContain("record.audit");
    expect(permissionsOf(user())).not.toContain("users.manage");
  });
});
