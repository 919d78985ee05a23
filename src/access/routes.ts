// Sign-in, sign-out and "who am I"; every outcome goes on the record.
import { Type } from "typebox";
import type { App, AppDeps } from "../app/deps.ts";
import { unauthorized } from "../app/errors.ts";
import { problemResponses } from "../app/http.ts";
import { runCommand } from "../pipeline/run-command.ts";
import { systemActor } from "./actor.ts";
import { recordSignIn, recordSignInFailure, recordSignOut } from "./commands.ts";
import { PublicUser } from "./model.ts";
import { decoyHash, verifyPassword } from "./passwords.ts";
import { loadUserActor, presentUser } from "./queries.ts";
import { createSession, revokeSession, sessionCookie } from "./sessions.ts";

const LoginInput = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 100 }),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
    code: Type.Optional(Type.String({ maxLength: 32 })),
  },
  { additionalProperties: false },
);
const Me = Type.Object({ user: PublicUser, csrfToken: Type.String() });
const tags = ["access"];
const failedSignIn = "The username or password is not right. Check both and try again.";

export function accessRoutes(app: App, { store, pipeline, config }: AppDeps) {
  const { db } = store;
  const limits = { idleMinutes: config.sessionIdleMinutes, maxHours: config.sessionMaxHours };

  app.post(
    "/api/v1/auth/login",
    {
      config: { public: true },
      schema: { tags, summary: "Sign in", body: LoginInput, response: { 200: Me, ...problemResponses } },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      const actor = await loadUserActor(db, { username: username.trim().toLowerCase() }, "session");
      const credential = actor
        ? await db
            .selectFrom("user_credentials")
            .selectAll()
            .where("user_id", "=", actor.userId)
            .executeTakeFirst()
        : undefined;
      // Always hash once, so the answer takes as long whether or not the account exists.
      const ok = await verifyPassword(password, credential?.password_hash ?? (await decoyHash()));
      const address = request.ip ?? null;
      if (!actor || !credential || !ok) {
        await runCommand(pipeline, systemActor("sign-in", actor?.nation ?? null), recordSignInFailure, {
          userId: actor?.userId ?? null,
          nation: actor?.nation ?? null,
          via: "password",
          address,
          reason: actor ? "wrong password" : "unknown username",
        });
        throw unauthorized(failedSignIn);
      }
      await runCommand(pipeline, actor, recordSignIn, {
        userId: actor.userId,
        nation: actor.nation,
        via: "password",
        address,
      });
      const session = await createSession(db, actor.userId, pipeline.now(), limits, {
        address,
        userAgent: request.headers["user-agent"] ?? null,
      });
      reply.setCookie(sessionCookie, session.token, {
        httpOnly: true,
        sameSite: "strict",
        secure: config.secureCookies,
        path: "/",
        expires: session.expiresAt,
      });
      return { user: presentUser(actor), csrfToken: session.csrfToken };
    },
  );

  app.post(
    "/api/v1/auth/logout",
    { schema: { tags, summary: "Sign out", response: { 204: Type.Null() } } },
    async (request, reply) => {
      const actor = request.actor;
      if (actor?.kind === "user" && actor.sessionId) {
        await revokeSession(db, actor.sessionId, pipeline.now());
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
    { schema: { tags, summary: "The signed-in user", response: { 200: Me, ...problemResponses } } },
    async (request) => {
      const actor = request.actor;
      if (actor?.kind !== "user") throw unauthorized();
      return { user: presentUser(actor), csrfToken: request.csrfToken ?? "" };
    },
  );
}
