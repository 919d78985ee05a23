// Administrators' commands on accounts: revoke a role, set the clearance, disable or enable.

import type { Transaction } from "kysely";
import { Type } from "typebox";
import { conflict, invalid, notFound } from "../app/errors.ts";
import { defineCommand } from "../pipeline/command.ts";
import type { Database } from "../store/schema.ts";
import type { Actor } from "./actor.ts";
import { accountMarking, classificationLadder, onLadder } from "./marking.ts";
import { RoleName } from "./model.ts";
import { authorize, authorizeAccountManagement } from "./policy.ts";
import { holdsRole } from "./queries.ts";
import { findAccount } from "./second-factor-commands.ts";

/** Another account `actor` manages; 404 when it may not know of it. */
export async function managedAccount(trx: Transaction<Database>, actor: Actor, userId: string) {
  const user = await findAccount(trx, userId);
  authorizeAccountManagement(actor, user?.nation);
  if (!user) throw notFound("No user with that id.");
  return user;
}

export const revokeRole = defineCommand({
  name: "revokeRole",
  input: Type.Object(
    { userId: Type.String(), role: RoleName, bodyId: Type.Union([Type.String(), Type.Null()]) },
    { additionalProperties: false },
  ),
  async decide({ trx, actor }, grant) {
    const user = await managedAccount(trx, actor, grant.userId);
    const held = await holdsRole(trx, user.id, grant);
    if (!held) throw conflict("The user does not hold that role.");
    return {
      event: {
        type: "user.role-revoked",
        subject: { kind: "user", id: user.id },
        body: grant,
        marking: accountMarking(user.nation),
      },
      result: () => grant,
    };
  },
});

export const setClearance = defineCommand({
  name: "setClearance",
  input: Type.Object({ userId: Type.String(), clearance: Type.String() }, { additionalProperties: false }),
  async decide({ trx, actor }, input) {
    authorize(actor, "users.manage");
    if (!onLadder(input.clearance))
      throw invalid(`Clearance must be one of ${classificationLadder().join(", ")}.`, [
        { path: "/clearance", message: "not on the classification ladder" },
      ]);
    const user = await managedAccount(trx, actor, input.userId);
    return {
      event: {
        type: "user.clearance-set",
        subject: { kind: "user", id: user.id },
        body: input,
        marking: accountMarking(user.nation),
      },
      result: () => input,
    };
  },
});

export const setAccountStatus = defineCommand({
  name: "setAccountStatus",
  input: Type.Object({ userId: Type.String(), disabled: Type.Boolean() }, { additionalProperties: false }),
  async decide({ trx, actor, now }, input) {
    authorize(actor, "users.manage");
    if (actor.kind === "user" && actor.userId === input.userId && input.disabled)
      throw invalid("You cannot disable your own account.", [{ path: "/disabled", message: "own account" }]);
    const user = await managedAccount(trx, actor, input.userId);
    return {
      event: {
        type: "user.status-set",
        subject: { kind: "user", id: user.id },
        body: input,
        marking: accountMarking(user.nation),
      },
      result: async (_event, t) => {
        if (input.disabled)
          await t
            .updateTable("sessions")
            .set({ revoked_at: now.toISOString() })
            .where("user_id", "=", user.id)
            .where("revoked_at", "is", null)
            .execute();
        return input;
      },
    };
  },
});
