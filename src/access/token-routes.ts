// The signed-in user's personal API tokens: list, create (shown once), revoke.
import { Type } from "typebox";
import type { App, AppDeps } from "../app/deps.ts";
import { ItemsOf, problemResponses } from "../app/http.ts";
import { runCommand } from "../pipeline/run-command.ts";
import { createApiToken } from "./commands.ts";
import { revokeApiToken } from "./credential-commands.ts";
import { TokenScope } from "./model.ts";
import { authorizeSelf } from "./policy.ts";
import { listApiTokens, TokenView } from "./security-queries.ts";
import { IdParam, userOf } from "./signed-in-user.ts";

const tags = ["security"];
const NewToken = Type.Object({ id: Type.String(), token: Type.String(), expiresAt: Type.String() });

/** The token goes back once; no Idempotency-Key is taken, so no copy of it is kept anywhere. */
export function tokenRoutes(app: App, { store, pipeline }: AppDeps) {
  const { db } = store;

  app.get(
    "/api/v1/auth/tokens",
    { schema: { tags, summary: "Your API tokens", response: { 200: ItemsOf(TokenView) } } },
    async (request) => ({ items: await listApiTokens(db, userOf(request).userId) }),
  );

  app.post(
    "/api/v1/auth/tokens",
    {
      schema: {
        tags,
        summary: "Create an API token; the token is shown once",
        body: Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 100 }),
            days: Type.Integer({ minimum: 1, maximum: 366 }),
            scopes: Type.Array(TokenScope, { minItems: 1, maxItems: 2, uniqueItems: true }),
          },
          { additionalProperties: false },
        ),
        response: { 201: NewToken, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = userOf(request);
      authorizeSelf(actor, actor.userId);
      const { result } = await runCommand(pipeline, actor, createApiToken, {
        userId: actor.userId,
        ...request.body,
      });
      return reply.code(201).send(result);
    },
  );

  app.delete(
    "/api/v1/auth/tokens/:id",
    {
      schema: {
        tags,
        summary: "Revoke one of your API tokens",
        params: IdParam,
        response: { 204: Type.Null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = userOf(request);
      await runCommand(pipeline, actor, revokeApiToken, { userId: actor.userId, tokenId: request.params.id });
      return reply.code(204).send(null);
    },
  );
}
