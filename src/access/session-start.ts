// Starting a browser session after a successful sign-in (password or passkey), and what it answers.
import type { FastifyReply } from "fastify";
import { Type } from "typebox";
import type { AppDeps } from "../app/deps.ts";
import type { UserActor } from "./actor.ts";
import { needsSecondFactorSetup } from "./authenticate.ts";
import { PublicUser } from "./model.ts";
import { presentUser } from "./queries.ts";
import { createSession, sessionCookie } from "./sessions.ts";

export const Me = Type.Object({
  user: PublicUser,
  csrfToken: Type.String(),
  /** The account must set up TOTP or a passkey before anything else. */
  secondFactorSetupRequired: Type.Boolean(),
});
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
