// Own sessions and API tokens, and administrators' account management, through HTTP on both storages.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultClassificationLadder, setClassificationLadder } from "../src/access/marking.ts";
import { type RunningServer, startServer } from "../src/app/server.ts";
import { readEvents, recordSize } from "../src/record/log.ts";
import { testPassword, user } from "./factories.ts";
import { client } from "./http.ts";
import { storages } from "./stores.ts";

const demoPassword = "entente-demo-password";

describe.each(storages())("accounts on $name", (storage) => {
  let server: RunningServer;
  let clock = Date.UTC(2026, 10, 26, 3, 0, 0);

  beforeAll(async () => {
    server = await startServer({
      ...storage.fresh(),
      port: 0,
      demo: true,
      logLevel: "silent",
      webDir: "/nonexistent",
    });
    server.pipeline.now = () => new Date(clock);
  });
  afterAll(async () => {
    await server.close();
    await storage.cleanup();
  });

  async function signedIn(username: string, password = demoPassword) {
    const c = client(server.url);
    expect((await c.signIn(username, password)).status).toBe(200);
    return c;
  }

  it("lists your own sessions and ends one of them, but never another user's", async () => {
    const account = await user(server.pipeline);
    const laptop = await signedIn(account.username, testPassword);
    const phone = await signedIn(account.username, testPassword);
    const sessions = await laptop.json<{ items: { id: string; current: boolean }[] }>(
      "GET",
      "/api/v1/auth/sessions",
    );
    expect(sessions.body.items).toHaveLength(2);
    const other = sessions.body.items.find((s) => !s.current);
    if (!other) throw new Error("the phone's session is missing");
    const stranger = await signedIn("kor.duty");
    expect((await stranger.json("DELETE", `/api/v1/auth/sessions/${other.id}`)).status).toBe(404);
    expect((await laptop.json("DELETE", `/api/v1/auth/sessions/${other.id}`)).status).toBe(204);
    expect((await phone.json("GET", "/api/v1/auth/me")).status).toBe(401);
    expect((await laptop.json("GET", "/api/v1/auth/me")).status).toBe(200);
  });

  it("lets an administrator end every session of an account of their nation", async () => {
    const account = await user(server.pipeline);
    const c = await signedIn(account.username, testPassword);
    const admin = await signedIn("admin");
    const before = await recordSize(server.store.db);
    expect((await admin.json("POST", `/api/v1/users/${account.id}/sessions/revoke`)).status).toBe(204);
    expect((await c.json("GET", "/api/v1/auth/me")).status).toBe(401);
    const [event] = await readEvents(server.store.db, before, 1);
    expect(event).toMatchObject({ type: "auth.sessions-revoked", body: { userId: account.id, all: true } });
    const duty = await signedIn("kor.duty");
    expect((await duty.json("POST", `/api/v1/users/${account.id}/sessions/revoke`)).status).toBe(403);
  });

  it("issues scoped, hashed, expiring, revocable API tokens", async () => {
    const c = await signedIn("kor.secretariat");
    const before = await recordSize(server.store.db);
    const reader = await c.json<{ id: string; token: string }>("POST", "/api/v1/auth/tokens", {
      name: "read-only script",
      days: 1,
      scopes: ["read"],
    });
    expect(reader.status).toBe(201);
    const writer = await c.json<{ id: string; token: string }>("POST", "/api/v1/auth/tokens", {
      name: "importer",
      days: 30,
      scopes: ["read", "write"],
    });
    const as = (token: string) => ({ authorization: `Bearer ${token}` });
    const org = {
      nation: "KOR",
      acronym: "NIS",
      nameEn: "National Intelligence Service",
      nameKo: "국가정보원",
    };
    const read = await fetch(`${server.url}/api/v1/people`, { headers: as(reader.body.token) });
    expect(read.status).toBe(200);
    const write = (token: string) =>
      fetch(`${server.url}/api/v1/organizations`, {
        method: "POST",
        headers: { ...as(token), "content-type": "application/json" },
        body: JSON.stringify(org),
      });
    expect((await write(reader.body.token)).status).toBe(403);
    expect((await write(writer.body.token)).status).toBe(201);
    // A token never mints or revokes credentials.
    const minted = await fetch(`${server.url}/api/v1/auth/tokens`, {
      method: "POST",
      headers: { ...as(writer.body.token), "content-type": "application/json" },
      body: JSON.stringify({ name: "x", days: 1, scopes: ["read"] }),
    });
    expect(minted.status).toBe(403);

    const listed = await c.json<{ items: Record<string, unknown>[] }>("GET", "/api/v1/auth/tokens");
    expect(listed.body.items.map((t) => t.name)).toEqual(
      expect.arrayContaining(["read-only script", "importer"]),
    );
    expect(JSON.stringify(listed.body)).not.toContain(reader.body.token);
    const events = await readEvents(server.store.db, before, 10);
    expect(events.filter((e) => e.type === "auth.token-created")).toHaveLength(2);
    expect(JSON.stringify(events)).not.toContain(writer.body.token);

    expect((await c.json("DELETE", `/api/v1/auth/tokens/${writer.body.id}`)).status).toBe(204);
    expect((await write(writer.body.token)).status).toBe(401);
    expect((await c.json("DELETE", `/api/v1/auth/tokens/${writer.body.id}`)).status).toBe(404);

    clock += 2 * 86400_000;
    const expired = await fetch(`${server.url}/api/v1/people`, { headers: as(reader.body.token) });
    expect(expired.status).toBe(401);
  });

  it("refuses tokens to roles that may not create them", async () => {
    const c = await signedIn("kor.principal");
    const refused = await c.json("POST", "/api/v1/auth/tokens", { name: "x", days: 1, scopes: ["read"] });
    expect(refused.status).toBe(403);
  });

  it("lets an administrator create accounts, grant and revoke roles, and set clearances, each on the record", async () => {
    const admin = await signedIn("admin");
    const before = await recordSize(server.store.db);
    const account = {
      username: "kor.delegate.kim",
      displayName: "Kim Ji-ho",
      nation: "KOR",
      organizationId: null,
      personId: null,
      clearance: "CONFIDENTIAL",
      timeZone: "Asia/Seoul",
      password: "river lantern",
    };
    const weak = await admin.json("POST", "/api/v1/users", { ...account, password: "qwertyuiop123" });
    expect(weak.status).toBe(400);
    const badOrganization = await admin.json<{ errors: { path: string }[] }>("POST", "/api/v1/users", {
      ...account,
      organizationId: "no-such-organization",
    });
    expect(badOrganization.body.errors).toContainEqual(expect.objectContaining({ path: "/organizationId" }));
    const offLadder = await admin.json<{ errors: { path: string }[] }>("POST", "/api/v1/users", {
      ...account,
      clearance: "TOP SECRET",
    });
    expect(offLadder.body.errors).toContainEqual(expect.objectContaining({ path: "/clearance" }));
    const created = await admin.json<{ id: string; roles: unknown[] }>("POST", "/api/v1/users", account);
    expect(created.status).toBe(201);
    const id = created.body.id;
    const publicShort = await admin.json("POST", "/api/v1/users", {
      ...account,
      username: "kor.public.reader",
      clearance: "PUBLIC",
    });
    expect(publicShort.status).toBe(400);
    const granted = await admin.json<{ roles: unknown[] }>("POST", `/api/v1/users/${id}/roles`, {
      role: "delegate",
      bodyId: null,
    });
    expect(granted.body.roles).toEqual([{ role: "delegate", bodyId: null }]);
    const cleared = await admin.json<{ clearance: string }>("PUT", `/api/v1/users/${id}/clearance`, {
      clearance: "SECRET",
    });
    expect(cleared.body.clearance).toBe("SECRET");
    expect((await admin.json("PUT", `/api/v1/users/${id}/clearance`, { clearance: "COSMIC" })).status).toBe(
      400,
    );
    const revoked = await admin.json<{ roles: unknown[] }>("POST", `/api/v1/users/${id}/roles/revoke`, {
      role: "delegate",
      bodyId: null,
    });
    expect(revoked.body.roles).toEqual([]);
    const types = (await readEvents(server.store.db, before, 20)).map((e) => e.type);
    expect(types).toEqual(["user.created", "user.role-granted", "user.clearance-set", "user.role-revoked"]);
    const listed = await admin.json<{ items: { username: string }[] }>("GET", "/api/v1/users");
    expect(listed.body.items.map((u) => u.username)).toContain("kor.delegate.kim");
  });

  it("hides another nation's accounts from an administrator and refuses non-administrators", async () => {
    const usa = await user(server.pipeline, { nation: "USA" });
    const korAdmin = await signedIn("admin");
    expect((await korAdmin.json("GET", `/api/v1/users/${usa.id}`)).status).toBe(404);
    expect(
      (await korAdmin.json("PUT", `/api/v1/users/${usa.id}/clearance`, { clearance: "PUBLIC" })).status,
    ).toBe(404);
    const names = (await korAdmin.json<{ items: { nation: string }[] }>("GET", "/api/v1/users")).body.items;
    expect(new Set(names.map((u) => u.nation))).toEqual(new Set(["KOR"]));
    const usaAdmin = await signedIn("usa.admin");
    expect((await usaAdmin.json("GET", `/api/v1/users/${usa.id}`)).status).toBe(200);
    const secretariat = await signedIn("usa.secretariat");
    expect((await secretariat.json("GET", "/api/v1/users")).status).toBe(403);
    expect((await secretariat.json("GET", `/api/v1/users/${usa.id}`)).status).toBe(403);
  });
});

describe("a deployment with its own classification ladder", () => {
  const storage = storages()[0];
  let server: RunningServer;
  const ladder = ["PUBLIC", "OFFICIAL", "RESTRICTED", "CONFIDENTIAL", "SECRET", "TOP SECRET"];

  beforeAll(async () => {
    if (!storage) throw new Error("no storage");
    server = await startServer({
      ...storage.fresh(),
      port: 0,
      demo: true,
      logLevel: "silent",
      webDir: "/nonexistent",
      classificationLadder: ladder,
    });
  });
  afterAll(async () => {
    await server.close();
    setClassificationLadder(defaultClassificationLadder);
    await storage?.cleanup();
  });

  it("publishes the ladder and grants clearances on it only", async () => {
    const meta = await (await fetch(`${server.url}/api/v1/meta`)).json();
    expect(meta.classifications).toEqual(ladder);
    const admin = client(server.url);
    await admin.signIn("admin", demoPassword);
    const account = await user(server.pipeline);
    const topSecret = await admin.json<{ clearance: string }>(
      "PUT",
      `/api/v1/users/${account.id}/clearance`,
      {
        clearance: "TOP SECRET",
      },
    );
    expect(topSecret.body.clearance).toBe("TOP SECRET");
    const unknown = await admin.json("PUT", `/api/v1/users/${account.id}/clearance`, { clearance: "COSMIC" });
    expect(unknown.status).toBe(400);
  });
});
