// The signed-in user behind a request to one's own security routes, and the id parameter they share.
import type { FastifyRequest } from "fastify";
import { Type } from "typebox";
import { unauthorized } from "../app/errors.ts";
import type { UserActor } from "./actor.ts";

export const IdParam = Type.Object({ id: Type.String({ maxLength: 200 }) });

export function userOf(request: FastifyRequest): UserActor {
  const actor = request.actor;
  if (actor?.kind !== "user") throw unauthorized();
  return actor;
}
