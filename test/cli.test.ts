// The `entente` command on a real data folder: migrate, people list/add, token create (then used over HTTP).
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { startServer } from "../src/app/server.ts";
import { storages } from "./stores.ts";

const run = promisify(execFile);
const [sqlite] = storages();

function entente(args: string[], dataDir: string) {
  return run(process.execPath, ["src/cli/main.ts", ...args, "--data-dir", dataDir], {
    env: { ...process.env, DATABASE_URL: "", NODE_NO_WARNINGS: "1" },
  });
}

describe("the entente command", () => {
  const storage = sqlite;
  if (!storage) throw new Error("no sqlite storage");
  afterAll(() => storage.cleanup());
  const { dataDir = "" } = storage.fresh();

  it("lists, adds and issues tokens against the same data folder the server uses", async () => {
    const seeded = await startServer({
      dataDir,
      port: 0,
      demo: true,
      logLevel: "silent",
      webDir: "/nonexistent",
    });
    const orgs = await seeded.store.db
      .selectFrom("organizations")
      .selectAll()
      .where("acronym", "=", "MOFA")
      .execute();
    await seeded.close();
    const mofa = orgs[0]?.id ?? "";

    expect((await entente(["migrate"], dataDir)).stdout).toContain("up to date");
    const list = await entente(["people", "list", "--nation", "KOR"], dataDir);
    expect(list.stdout).toContain("Ham Sang-wook (함상욱)");
    expect(list.stdout).not.toContain("Bonnie Jenkins");

    const add = [
      ...[
        "people",
        "add",
        "--name-en",
        "Park Soo-min",
        "--name-ko",
        "박수민",
        "--title-en",
        "Deputy Director",
      ],
      ...["--title-ko", "부과장", "--organization", mofa, "--nation", "KOR", "--time-zone", "Asia/Seoul"],
      ...["--email", "park@mofa.example.kr"],
    ];
    expect((await entente(add, dataDir)).stdout).toContain("Added Park Soo-min");
    const bad = entente([...add.slice(0, -1), "not-an-email"], dataDir);
    await expect(bad).rejects.toMatchObject({ stderr: expect.stringContaining("/email") });

    const token = (await entente(["token", "create", "--user", "usa.auditor"], dataDir)).stdout.trim();
    expect(token).toMatch(/^ent_/);
    const server = await startServer({
      dataDir,
      port: 0,
      demo: true,
      logLevel: "silent",
      webDir: "/nonexistent",
    });
    try {
      const me = await fetch(`${server.url}/api/v1/auth/me`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(((await me.json()) as { user: { username: string } }).user.username).toBe("usa.auditor");
      const people = await fetch(`${server.url}/api/v1/people`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(people.status).toBe(200);
      const names = ((await people.json()) as { items: { nameEn: string }[] }).items.map((p) => p.nameEn);
      expect(names).toContain("Park Soo-min");
      const forged = await fetch(`${server.url}/api/v1/people`, {
        headers: { authorization: "Bearer ent_forged" },
      });
      expect(forged.status).toBe(401);
    } finally {
      await server.close();
    }
  });

  it("verifies, exports, re-verifies and replays the record", async () => {
    const verified = await entente(["record", "verify"], dataDir);
    expect(verified.stdout).toContain("verdict: VERIFIED");
    const bundle = `${dataDir}/kor-bundle.json`;
    expect(
      (await entente(["record", "export", "--out", bundle, "--nation", "KOR"], dataDir)).stdout,
    ).toContain("Wrote");
    const fromBundle = await run(process.execPath, [
      "src/cli/main.ts",
      "record",
      "verify",
      "--bundle",
      bundle,
    ]);
    expect(fromBundle.stdout).toContain("verdict: VERIFIED");
    expect((await entente(["record", "replay"], dataDir)).stdout).toMatch(/Replayed \d+ events/);
    expect((await entente(["record", "verify"], dataDir)).stdout).toContain("verdict: VERIFIED");
    const { DatabaseSync } = await import("node:sqlite");
    const raw = new DatabaseSync(`${dataDir}/entente.sqlite`);
    raw.exec(
      "UPDATE record_entries SET leaf = replace(leaf, 'Ham', 'Hom') WHERE leaf LIKE '%Ham Sang-wook%' AND type = 'person.added'",
    );
    raw.close();
    await expect(entente(["record", "verify"], dataDir)).rejects.toMatchObject({
      stdout: expect.stringMatching(/FAILED \(first bad index \d+\)/),
    });
  });

  it("makes a witness key and cosigns the live checkpoint as a nation's auditor", async () => {
    const key = `${dataDir}/usa-witness.pem`;
    const publicKey = (
      await run(process.execPath, ["src/cli/main.ts", "record", "keygen", "--out", key])
    ).stdout.trim();
    expect(Buffer.from(publicKey, "base64")).toHaveLength(32);
    const token = (await entente(["token", "create", "--user", "usa.auditor"], dataDir)).stdout.trim();
    const server = await startServer({
      dataDir,
      port: 0,
      demo: true,
      logLevel: "silent",
      webDir: "/nonexistent",
    });
    try {
      const auth = { authorization: `Bearer ${token}`, "content-type": "application/json" };
      const registered = await fetch(`${server.url}/api/v1/record/cosigners`, {
        method: "POST",
        headers: auth,
        body: JSON.stringify({ name: "usa.witness", publicKey }),
      });
      expect(registered.status).toBe(201);
      const cosign = [
        "src/cli/main.ts",
        "record",
        "cosign",
        "--key",
        key,
        "--name",
        "usa.witness",
        "--url",
        server.url,
      ];
      const first = await run(process.execPath, [...cosign, "--token", token]);
      expect(first.stdout).toMatch(/Cosigned checkpoint of size \d+/);
      const note = await (await fetch(`${server.url}/api/v1/record/checkpoint`, { headers: auth })).text();
      expect(note).toContain("\u2014 usa.witness ");
      // A failed sign-in adds an entry; the second run proves consistency from the size it cosigned before.
      await fetch(`${server.url}/api/v1/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username: "nobody", password: "wrong password" }),
      });
      const second = await run(process.execPath, [...cosign, "--token", token]);
      expect(second.stdout).toMatch(/Cosigned checkpoint of size \d+/);
    } finally {
      await server.close();
    }
  });
});
