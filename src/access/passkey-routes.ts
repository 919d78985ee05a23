// Passkeys: register one (signed in), list and remove them, and sign in with one (anonymous).
import { Type } from "typebox";
import type { App, AppDeps } from "../app/deps.ts";
import { invalid, tooManyRequests, unauthorized } from "../app/errors.ts";
import { ItemsOf, problemResponses } from "../app/http.ts";
import { runCommand } from "../pipeline/run-command.ts";
import { systemActor } from "./actor.ts";
import { recordSignIn, recordSignInFailure } from "./commands.ts";
import { registerPasskey, removePasskey } from "./passkey-commands.ts";
import {
  AuthenticationResponse,
  CreationOptions,
  PasskeyView,
  RegistrationResponse,
  RequestOptions,
} from "./passkey-model.ts";
import {
  authenticationOptions,
  registrationOptions,
  relyingParty,
  verifiedAuthentication,
  verifiedRegistration,
} from "./passkeys.ts";
import { authorizeSelf } from "./policy.ts";
import { loadUserActor } from "./queries.ts";
import { Me, startSession } from "./session-start.ts";
import { IdParam, userOf } from "./signed-in-user.ts";
import { addressKey, countFailure, lockedFor } from "./throttle.ts";
import { signInLimits } from "./throttle-rules.ts";

const tags = ["security"];
const failedPasskey = "That passkey sign-in did not work. Try again, or sign in with your password.";

export function passkeyRoutes(app: App, deps: AppDeps) {
  const { store, pipeline, config } = deps;
  const { db } = store;

  app.post(
    "/api/v1/auth/passkeys/options",
    {
      config: { enrolment: true },
      schema: {
        tags,
        summary: "Options to register a passkey",
        response: { 200: CreationOptions, ...problemResponses },
      },
    },
    async (request) => {
      const actor = userOf(request);
      authorizeSelf(actor, actor.userId);
      return registrationOptions(db, relyingParty(config, request), actor, pipeline.now());
    },
  );

  app.post(
    "/api/v1/auth/passkeys",
    {
      config: { enrolment: true },
      schema: {
        tags,
        summary: "Register a passkey from the browser's answer to the options",
        body: Type.Object(
          { name: Type.String({ minLength: 1, maxLength: 100 }), response: RegistrationResponse },
          { additionalProperties: false },
        ),
        response: { 201: PasskeyView, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = userOf(request);
      authorizeSelf(actor, actor.userId);
      const rp = relyingParty(config, request);
      const credential = await verifiedRegistration(
        db,
        rp,
        actor.userId,
        request.body.response,
        pipeline.now(),
      );
      if (!credential)
        throw invalid("The passkey could not be verified, or its challenge was already used. Start again.", [
          { path: "/response", message: "not verified" },
        ]);
      const input = { userId: actor.userId, name: request.body.name, credential };
      const { result } = await runCommand(pipeline, actor, registerPasskey, input);
      return reply.code(201).send(result);
    },
  );

  app.get(
    "/api/v1/auth/passkeys",
    {
      config: { enrolment: true },
      schema: { tags, summary: "Your passkeys", response: { 200: ItemsOf(PasskeyView) } },
    },
    async (request) => {
      const rows = await db
        .selectFrom("passkeys")
        .selectAll()
        .where("user_id", "=", userOf(request).userId)
        .orderBy("created_at")
        .execute();
      return {
        items: rows.map((p) => ({
          id: p.id,
          name: p.name,
          createdAt: p.created_at,
          lastUsedAt: p.last_used_at,
        })),
      };
    },
  );

  app.delete(
    "/api/v1/auth/passkeys/:id",
    {
      schema: {
        tags,
        summary: "Remove one of your passkeys",
        params: IdParam,
        response: { 204: Type.Null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = userOf(request);
      authorizeSelf(actor, actor.userId);
      await runCommand(pipeline, actor, removePasskey, {
        userId: actor.userId,
        passkeyId: request.params.id,
      });
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/api/v1/auth/passkey/options",
    {
      config: { public: true },
      schema: {
        tags: ["access"],
        summary: "Options to sign in with a passkey",
        response: { 200: RequestOptions },
      },
    },
    async (request) => authenticationOptions(db, relyingParty(config, request), pipeline.now()),
  );

  app.post(
    "/api/v1/auth/passkey/login",
    {
      config: { public: true },
      bodyLimit: 64 * 1024,
      schema: {
        tags: ["access"],
        summary: "Sign in with a passkey",
        body: Type.Object({ response: AuthenticationResponse }, { additionalProperties: false }),
        response: { 200: Me, ...problemResponses, 429: problemResponses[401] },
      },
    },
    async (request, reply) => {
      const address = request.ip ?? null;
      const now = pipeline.now();
      const wait = await lockedFor(db, [addressKey(address)], now);
      if (wait > 0) throw tooManyRequests("Too many sign-in attempts. Try again later.", wait);
      const userId = await verifiedAuthentication(
        db,
        relyingParty(config, request),
        request.body.response,
        now,
      );
      const found = userId ? await loadUserActor(db, { id: userId }, "session") : undefined;
      const actor = found && !(found.demo && config.production) ? found : undefined;
      if (!actor) {
        await runCommand(pipeline, systemActor("sign-in"), recordSignInFailure, {
          userId: null,
          nation: null,
          via: "passkey",
          address,
          reason: "passkey not verified",
        });
        await countFailure(db, addressKey(address), signInLimits.address, now);
        throw unauthorized(failedPasskey);
      }
      await runCommand(pipeline, actor, recordSignIn, {
        userId: actor.userId,
        nation: actor.nation,
        via: "passkey",
        address,
      });
      return startSession(deps, reply, actor, { address, userAgent: request.headers["user-agent"] ?? null });
    },
  );
}
