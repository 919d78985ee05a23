// Who is calling: a Bearer API token or the session cookie (with its CSRF token on unsafe methods).
import type { FastifyRequest } from "fastify";
import type { AppDeps } from "../app/deps.ts";
import { forbidden, unauthorized } from "../app/errors.ts";
import { loadUserActor } from "./queries.ts";
import { resolveSession, sessionCookie } from "./sessions.ts";
import { resolveApiToken } from "./tokens.ts";

declare module "fastify" {
  interface FastifyRequest {
    csrfToken: string | null;
  }
}

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

async function identify(request: FastifyRequest, { store, pipeline, config }: AppDeps) {
  const now = pipeline.now();
  const authorization = request.headers.authorization;
  if (authorization?.startsWith("Bearer ")) {
    const userId = await resolveApiToken(store.db, authorization.slice(7).trim(), now);
    if (!userId) throw unauthorized("This API token is unknown, expired or revoked.");
    return (await loadUserActor(store.db, { id: userId }, "token")) ?? null;
  }
  const cookie = request.cookies[sessionCookie];
  if (!cookie) return null;
  const limits = { idleMinutes: config.sessionIdleMinutes, maxHours: config.sessionMaxHours };
  const session = await resolveSession(store.db, cookie, now, limits);
  if (!session) return null;
  const actor = await loadUserActor(store.db, { id: session.user_id }, "session");
  if (!actor) return null;
  request.csrfToken = session.csrf_token;
  if (!safeMethods.has(request.method) && request.headers["x-csrf-token"] !== session.csrf_token) {
    throw forbidden(
      "This request lacks the X-CSRF-Token header of your session. Reload the page and try again.",
    );
  }
  return { ...actor, sessionId: session.id };
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
  };
}
