// Small pieces every route uses: the acting user, the Idempotency-Key, list envelopes, problem schemas.
import type { FastifyRequest } from "fastify";
import { type TSchema, Type } from "typebox";
import type { Actor } from "../access/actor.ts";
import { invalid, unauthorized } from "./errors.ts";

declare module "fastify" {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** Reachable without signing in. */
    public?: boolean;
  }
}

/** The signed-in actor; the auth hook has already refused anonymous calls to non-public routes. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthorized();
  return request.actor;
}

/** Options for runCommand taken from the request headers. */
export function commandOptions(request: FastifyRequest) {
  const header = request.headers["idempotency-key"];
  const key = Array.isArray(header) ? header[0] : header;
  if (key !== undefined && (key.length < 8 || key.length > 200)) {
    throw invalid("Idempotency-Key must be 8 to 200 characters (a UUID is ideal).", [
      { path: "/headers/idempotency-key", message: "8 to 200 characters" },
    ]);
  }
  return { idempotencyKey: key };
}

export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    errors: Type.Optional(Type.Array(Type.Object({ path: Type.String(), message: Type.String() }))),
  },
  { additionalProperties: true, description: "RFC 9457 problem details" },
);

export const ItemsOf = <T extends TSchema>(item: T) => Type.Object({ items: Type.Array(item) });

/** Standard error responses for a route's schema. */
export const problemResponses = {
  400: Problem,
  401: Problem,
  403: Problem,
  404: Problem,
  409: Problem,
};
