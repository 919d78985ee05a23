// Administrators' routes: accounts, roles, clearances, status, and ending another user's sessions.
// Every change is a command (an event on the record); the policy decides who may and on whom.
import { Type } from "typebox";
import type { App, AppDeps } from "../app/deps.ts";
import { notFound } from "../app/errors.ts";
import { actorOf, commandOptions, ItemsOf, problemResponses } from "../app/http.ts";
import { runCommand } from "../pipeline/run-command.ts";
import { revokeRole, setAccountStatus, setClearance } from "./account-commands.ts";
import { AccountView, listAccounts } from "./account-queries.ts";
import { CreateUserInput, createUser, grantRole } from "./commands.ts";
import { revokeSessions } from "./credential-commands.ts";
import { RoleName } from "./model.ts";
import { authorize } from "./policy.ts";
import { disableTotp } from "./second-factor-commands.ts";

const tags = ["accounts"];
const UserParams = Type.Object({ id: Type.String({ maxLength: 200 }) });
const Grant = Type.Object(
  { role: RoleName, bodyId: Type.Union([Type.String(), Type.Null()]) },
  { additionalProperties: false },
);
const done = { 204: Type.Null(), ...problemResponses };

export function accountRoutes(app: App, { store, pipeline }: AppDeps) {
  const { db } = store;

  async function oneAccount(actor: ReturnType<typeof actorOf>, id: string) {
    const [account] = await listAccounts(db, actor, id);
    if (!account) throw notFound("No user with that id.");
    return account;
  }

  app.get(
    "/api/v1/users",
    {
      schema: {
        tags,
        summary: "Accounts you manage",
        response: { 200: ItemsOf(AccountView), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, "users.manage");
      return { items: await listAccounts(db, actor) };
    },
  );

  app.post(
    "/api/v1/users",
    {
      schema: {
        tags,
        summary: "Create an account",
        body: CreateUserInput,
        response: { 201: AccountView, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { result } = await runCommand(pipeline, actor, createUser, request.body, commandOptions(request));
      return reply.code(201).send(await oneAccount(actor, result.id));
    },
  );

  app.get(
    "/api/v1/users/:id",
    {
      schema: {
        tags,
        summary: "One account",
        params: UserParams,
        response: { 200: AccountView, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, "users.manage");
      return oneAccount(actor, request.params.id);
    },
  );

  app.post(
    "/api/v1/users/:id/roles",
    {
      schema: {
        tags,
        summary: "Grant a role",
        params: UserParams,
        body: Grant,
        response: { 200: AccountView, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const input = { userId: request.params.id, ...request.body };
      await runCommand(pipeline, actor, grantRole, input, commandOptions(request));
      return oneAccount(actor, request.params.id);
    },
  );

  app.post(
    "/api/v1/users/:id/roles/revoke",
    {
      schema: {
        tags,
        summary: "Revoke a role",
        params: UserParams,
        body: Grant,
        response: { 200: AccountView, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const input = { userId: request.params.id, ...request.body };
      await runCommand(pipeline, actor, revokeRole, input, commandOptions(request));
      return oneAccount(actor, request.params.id);
    },
  );

  app.put(
    "/api/v1/users/:id/clearance",
    {
      schema: {
        tags,
        summary: "Set the clearance",
        params: UserParams,
        body: Type.Object({ clearance: Type.String({ maxLength: 50 }) }, { additionalProperties: false }),
        response: { 200: AccountView, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const input = { userId: request.params.id, clearance: request.body.clearance };
      await runCommand(pipeline, actor, setClearance, input, commandOptions(request));
      return oneAccount(actor, request.params.id);
    },
  );

  app.put(
    "/api/v1/users/:id/status",
    {
      schema: {
        tags,
        summary: "Disable or enable an account; disabling ends its sessions",
        params: UserParams,
        body: Type.Object({ disabled: Type.Boolean() }, { additionalProperties: false }),
        response: { 200: AccountView, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const input = { userId: request.params.id, disabled: request.body.disabled };
      await runCommand(pipeline, actor, setAccountStatus, input, commandOptions(request));
      return oneAccount(actor, request.params.id);
    },
  );

  app.post(
    "/api/v1/users/:id/sessions/revoke",
    { schema: { tags, summary: "End every session of an account", params: UserParams, response: done } },
    async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, "users.manage");
      await runCommand(pipeline, actor, revokeSessions, { userId: request.params.id, sessionId: null });
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/api/v1/users/:id/totp/reset",
    {
      schema: {
        tags,
        summary: "Turn off an account's TOTP (a lost device)",
        params: UserParams,
        response: done,
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, "users.manage");
      await runCommand(pipeline, actor, disableTotp, { userId: request.params.id });
      return reply.code(204).send(null);
    },
  );
}
