// Who is calling: a Bearer API token (within its scopes) or the session cookie (with its CSRF token on
// unsafe methods). Accounts that must use a second factor but have none may only reach enrolment routes.
import type { FastifyRequest } from "fastify";
import type { AppDeps } from "../app/deps.ts";
import { forbidden, unauthorized } from "../app/errors.ts";
import type { UserActor } from "./actor.ts";
import { mustUseSecondFactor } from "./model.ts";
import { loadUserActor } from "./queries.ts";
import { hasSecondFactorEnrolled } from "./second-factors.ts";
import { resolveSession, sessionCookie } from "./sessions.ts";
import { resolveApiToken } from "./tokens.ts";

declare module "fastify" {
  interface FastifyRequest {
    csrfToken: string | null;
  }
  interface FastifyContextConfig {
    /** Reachable by a signed-in account that still has to set up its required second factor. */
    enrolment?: boolean;
  }
}

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

async function identify(request: FastifyRequest, { store, pipeline, config }: AppDeps) {
  const now = pipeline.now();
  const authorization = request.headers.authorization;
  if (authorization?.startsWith("Bearer ")) {
    const token = await resolveApiToken(store.db, authorization.slice(7).trim(), now);
    if (!token) throw unauthorized("This API token is unknown, expired or revoked.");
    if (!safeMethods.has(request.method) && !token.scopes.includes("write"))
      throw forbidden('This API token may only read; create one with the "write" scope to make changes.');
    return (await loadUserActor(store.db, { id: token.userId }, "token")) ?? null;
  }
  const cookie = request.cookies[sessionCookie];
  if (!cookie) return null;
  const limits = { idleMinutes: config.sessionIdleMinutes, maxHours: config.sessionMaxHours };
  const session = await resolveSession(store.db, cookie, now, limits);
  if (!session) return null;
  const actor = await loadUserActor(store.db, { id: session.user_id }, "session");
  if (!actor) return null;
  if (actor.demo && config.production) return null;
  request.csrfToken = session.csrf_token;
  if (!safeMethods.has(request.method) && request.headers["x-csrf-token"] !== session.csrf_token) {
    throw forbidden(
      "This request lacks the X-CSRF-Token header of your session. Reload the page and try again.",
    );
  }
  return { ...actor, sessionId: session.id };
}

/** True when the account must set up a second factor before doing anything else. */
export async function needsSecondFactorSetup(deps: AppDeps, actor: UserActor): Promise<boolean> {
  if (!mustUseSecondFactor(actor)) return false;
  return !(await hasSecondFactorEnrolled(deps.store.db, actor.userId));
}

/** The onRequest hook: sets `request.actor`, refusing anonymous calls to non-public API routes. */
export function authenticateHook(deps: AppDeps) {
  return async (request: FastifyRequest) => {
    request.actor = null;
    request.csrfToken = null;
    // Unknown routes fall through to the 404 handler; only known API routes need a caller.
    if (!request.url.startsWith("/api/v1/") || request.routeOptions.url === undefined) return;
    const isPublic = request.routeOptions.config?.public === true;
    const actor = await identify(request, deps).catch((error: unknown) => {
      if (isPublic) return null;
      throw error;
    });
    request.actor = actor;
    if (!actor && !isPublic) throw unauthorized();
    if (actor && !isPublic && request.routeOptions.config?.enrolment !== true) {
      if (await needsSecondFactorSetup(deps, actor))
        throw forbidden("Set up a second factor (an authenticator app or a passkey) before you continue.");
    }
  };
}
