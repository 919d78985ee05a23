// Sign-in, sign-out and "who am I"; every outcome goes on the record. The account's own security
// pages and the administrators' user management register their routes from here too.

import type { FastifyReply } from "fastify";
import { Type } from "typebox";
import type { App, AppDeps } from "../app/deps.ts";
import { unauthorized } from "../app/errors.ts";
import { problemResponses } from "../app/http.ts";
import { runCommand } from "../pipeline/run-command.ts";
import { accountRoutes } from "./account-routes.ts";
import type { UserActor } from "./actor.ts";
import { needsSecondFactorSetup } from "./authenticate.ts";
import { recordSignOut } from "./commands.ts";
import { PublicUser } from "./model.ts";
import { presentUser } from "./queries.ts";
import { securityRoutes } from "./security-routes.ts";
import { createSession, revokeSession, sessionCookie } from "./sessions.ts";
import { signInWithPassword } from "./sign-in.ts";

const LoginInput = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 100 }),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
    code: Type.Optional(Type.String({ maxLength: 32 })),
  },
  { additionalProperties: false },
);
export const Me = Type.Object({
  user: PublicUser,
  csrfToken: Type.String(),
  /** The account must set up TOTP or a passkey before anything else. */
  secondFactorSetupRequired: Type.Boolean(),
});
const tags = ["access"];
const throttled = { 429: problemResponses[401] };

/** Starts a browser session for `actor`: the HttpOnly, SameSite=Strict cookie and the CSRF token. */
export async function startSession(
  deps: AppDeps,
  reply: FastifyReply,
  actor: UserActor,
  client: { address: string | null; userAgent: string | null },
) {
  const { config, store, pipeline } = deps;
  const limits = { idleMinutes: config.sessionIdleMinutes, maxHours: config.sessionMaxHours };
  const session = await createSession(store.db, actor.userId, pipeline.now(), limits, client);
  reply.setCookie(sessionCookie, session.token, {
    httpOnly: true,
    sameSite: "strict",
    secure: config.secureCookies,
    path: "/",
    expires: session.expiresAt,
  });
  return {
    user: presentUser(actor),
    csrfToken: session.csrfToken,
    secondFactorSetupRequired: await needsSecondFactorSetup(deps, actor),
  };
}

export function accessRoutes(app: App, deps: AppDeps) {
  const { store, pipeline } = deps;

  app.post(
    "/api/v1/auth/login",
    {
      config: { public: true },
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
  accountRoutes(app, deps);
}
