// Sign-in, sign-out and "who am I"; every outcome goes on the record. The account's own security
// pages and the administrators' user management register their routes from here too.

import { Type } from "typebox";
import type { App, AppDeps } from "../app/deps.ts";
import { unauthorized } from "../app/errors.ts";
import { problemResponses } from "../app/http.ts";
import { runCommand } from "../pipeline/run-command.ts";
import { accountRoutes } from "./account-routes.ts";
import { needsSecondFactorSetup } from "./authenticate.ts";
import { recordSignOut } from "./commands.ts";
import { passkeyRoutes } from "./passkey-routes.ts";
import { presentUser } from "./queries.ts";
import { securityRoutes } from "./security-routes.ts";
import { Me, startSession } from "./session-start.ts";
import { revokeSession, sessionCookie } from "./sessions.ts";
import { signInWithPassword } from "./sign-in.ts";

const LoginInput = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 100 }),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
    code: Type.Optional(Type.String({ maxLength: 32 })),
  },
  { additionalProperties: false },
);
const tags = ["access"];
/** Bytes an anonymous sign-in request may carry. */
export const signInBodyLimit = 16 * 1024;
const throttled = { 429: problemResponses[401] };

export function accessRoutes(app: App, deps: AppDeps) {
  const { store, pipeline } = deps;

  app.post(
    "/api/v1/auth/login",
    {
      config: { public: true },
      // Anyone may call it, so it takes far less than the API's 1 MB.
      bodyLimit: signInBodyLimit,
      schema: {
        tags,
        summary: "Sign in with a password (and a TOTP or recovery code when the account has one)",
        body: LoginInput,
        response: { 200: Me, ...problemResponses, ...throttled },
      },
    },
    async (request, reply) => {
      const address = request.ip ?? null;
      const { actor } = await signInWithPassword(deps, { ...request.body, address });
      return startSession(deps, reply, actor, { address, userAgent: request.headers["user-agent"] ?? null });
    },
  );

  app.post(
    "/api/v1/auth/logout",
    { config: { enrolment: true }, schema: { tags, summary: "Sign out", response: { 204: Type.Null() } } },
    async (request, reply) => {
      const actor = request.actor;
      if (actor?.kind === "user" && actor.sessionId) {
        await revokeSession(store.db, actor.sessionId, pipeline.now());
        await runCommand(pipeline, actor, recordSignOut, {
          userId: actor.userId,
          nation: actor.nation,
          via: "session",
          address: request.ip ?? null,
        });
      }
      reply.clearCookie(sessionCookie, { path: "/" });
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/api/v1/auth/me",
    {
      config: { enrolment: true },
      schema: { tags, summary: "The signed-in user", response: { 200: Me, ...problemResponses } },
    },
    async (request) => {
      const actor = request.actor;
      if (actor?.kind !== "user") throw unauthorized();
      return {
        user: presentUser(actor),
        csrfToken: request.csrfToken ?? "",
        secondFactorSetupRequired: await needsSecondFactorSetup(deps, actor),
      };
    },
  );

  securityRoutes(app, deps);
  passkeyRoutes(app, deps);
  accountRoutes(app, deps);
}
