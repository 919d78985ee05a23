// Accounts rebuild from the record alone: replaying access's events into emptied tables gives the same
// users and roles, on both storages. Secrets are not projections, so replay never needs them.
import { afterAll, describe, expect, it } from "vitest";
import { revokeRole, setAccountStatus, setClearance } from "../src/access/account-commands.ts";
import { systemActor } from "../src/access/actor.ts";
import { grantRole } from "../src/access/commands.ts";
import { accessProjection } from "../src/access/projection.ts";
import { runCommand } from "../src/pipeline/run-command.ts";
import { readEvents, recordSize } from "../src/record/log.ts";
import { emptyPlatform, nation, user } from "./factories.ts";
import { storages } from "./stores.ts";

const admin = systemActor("test");

describe.each(storages())("access replay on $name", (storage) => {
  afterAll(() => storage.cleanup());

  it("rebuilds users and roles from their events", async () => {
    const { store, pipeline } = await emptyPlatform(storage.fresh());
    await nation(pipeline, "KOR");
    await nation(pipeline, "USA");
    const kim = await user(pipeline, { role: "delegate", clearance: "CONFIDENTIAL" });
    const lee = await user(pipeline, { nation: "USA", role: "auditor" });
    await runCommand(pipeline, admin, grantRole, { userId: kim.id, role: "observer", bodyId: null });
    await runCommand(pipeline, admin, revokeRole, { userId: kim.id, role: "delegate", bodyId: null });
    await runCommand(pipeline, admin, setClearance, { userId: kim.id, clearance: "SECRET" });
    await runCommand(pipeline, admin, setAccountStatus, { userId: lee.id, disabled: true });

    const snapshot = async () => ({
      users: await store.db.selectFrom("users").selectAll().orderBy("id").execute(),
      roles: await store.db.selectFrom("user_roles").selectAll().orderBy("user_id").orderBy("role").execute(),
    });
    const before = await snapshot();
    expect(before.users.find((u) => u.id === kim.id)?.clearance).toBe("SECRET");
    expect(before.users.find((u) => u.id === lee.id)?.disabled).toBe(1);

    for (const table of accessProjection.tables) await store.db.deleteFrom(table).execute();
    const events = await readEvents(store.db, 0, await recordSize(store.db));
    for (const event of events) {
      const project = accessProjection.projectors[event.type];
      if (project) await project(store.db, event);
    }
    expect(await snapshot()).toEqual(before);
    await store.close();
  });
});
