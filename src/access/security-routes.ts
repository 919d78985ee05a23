// The signed-in user's own security: second factors, password, sessions, API tokens, activity.
// Routes marked `enrolment` stay reachable while a required second factor is still to be set up.
import { Type } from "typebox";
import type { App, AppDeps } from "../app/deps.ts";
import { conflict } from "../app/errors.ts";
import { ItemsOf, problemResponses } from "../app/http.ts";
import { runCommand } from "../pipeline/run-command.ts";
import { changePassword, revokeSessions } from "./credential-commands.ts";
import { mustUseSecondFactor } from "./model.ts";
import { authorizeSelf } from "./policy.ts";
import { confirmTotp, disableTotp, issueRecoveryCodes } from "./second-factor-commands.ts";
import { hasSecondFactor, secondFactorsOf, startTotpEnrolment } from "./second-factors.ts";
import { listLiveSessions, SecurityEventView, SessionView, securityActivity } from "./security-queries.ts";
import { IdParam, userOf } from "./signed-in-user.ts";
import { tokenRoutes } from "./token-routes.ts";
import { totpUri } from "./totp.ts";

const tags = ["security"];
const enrolment = { enrolment: true };
const RecoveryCodes = Type.Object({ recoveryCodes: Type.Array(Type.String()) });
const PasswordOnly = Type.Object(
  { password: Type.String({ maxLength: 1024 }) },
  { additionalProperties: false },
);
const Security = Type.Object({
  secondFactorRequired: Type.Boolean(),
  secondFactorSetupRequired: Type.Boolean(),
  totp: Type.Boolean(),
  totpPending: Type.Boolean(),
  recoveryCodesLeft: Type.Integer(),
  passkeys: Type.Integer(),
});

/** Secrets go back once in the response; these routes never take an Idempotency-Key, so no copy is kept. */
export function securityRoutes(app: App, deps: AppDeps) {
  const { store, pipeline } = deps;
  const { db } = store;

  app.get(
    "/api/v1/auth/security",
    { config: enrolment, schema: { tags, summary: "Your second factors", response: { 200: Security } } },
    async (request) => {
      const actor = userOf(request);
      const factors = await secondFactorsOf(db, actor.userId);
      const required = mustUseSecondFactor(actor);
      return {
        ...factors,
        secondFactorRequired: required,
        secondFactorSetupRequired: required && !hasSecondFactor(factors),
      };
    },
  );

  app.post(
    "/api/v1/auth/totp",
    {
      config: enrolment,
      schema: {
        tags,
        summary: "Start TOTP enrolment: a new secret and its otpauth:// URI",
        response: {
          201: Type.Object({ secret: Type.String(), otpauthUri: Type.String() }),
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const actor = userOf(request);
      authorizeSelf(actor, actor.userId);
      const secret = await startTotpEnrolment(db, actor.userId, pipeline.now());
      if (!secret) throw conflict("TOTP is already on. Turn it off first to enrol a new device.");
      return reply.code(201).send({ secret, otpauthUri: totpUri(actor.username, secret) });
    },
  );

  app.post(
    "/api/v1/auth/totp/confirm",
    {
      config: enrolment,
      schema: {
        tags,
        summary: "Confirm TOTP with a current code; returns recovery codes once",
        body: Type.Object({ code: Type.String({ maxLength: 32 }) }, { additionalProperties: false }),
        response: { 200: RecoveryCodes, ...problemResponses },
      },
    },
    async (request) => {
      const actor = userOf(request);
      const input = { userId: actor.userId, code: request.body.code };
      return (await runCommand(pipeline, actor, confirmTotp, input)).result;
    },
  );

  app.post(
    "/api/v1/auth/totp/disable",
    {
      schema: {
        tags,
        summary: "Turn TOTP off",
        body: PasswordOnly,
        response: { 204: Type.Null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = userOf(request);
      await runCommand(pipeline, actor, disableTotp, {
        userId: actor.userId,
        password: request.body.password,
      });
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/api/v1/auth/recovery-codes",
    {
      schema: {
        tags,
        summary: "Replace your recovery codes",
        body: PasswordOnly,
        response: { 200: RecoveryCodes, ...problemResponses },
      },
    },
    async (request) => {
      const actor = userOf(request);
      const input = { userId: actor.userId, password: request.body.password };
      return (await runCommand(pipeline, actor, issueRecoveryCodes, input)).result;
    },
  );

  app.post(
    "/api/v1/auth/password",
    {
      config: enrolment,
      schema: {
        tags,
        summary: "Change your password; your other sessions end",
        body: Type.Object(
          {
            currentPassword: Type.String({ maxLength: 1024 }),
            newPassword: Type.String({ maxLength: 1024 }),
          },
          { additionalProperties: false },
        ),
        response: { 204: Type.Null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = userOf(request);
      authorizeSelf(actor, actor.userId);
      await runCommand(pipeline, actor, changePassword, {
        userId: actor.userId,
        ...request.body,
        ...(actor.sessionId ? { keepSessionId: actor.sessionId } : {}),
      });
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/api/v1/auth/sessions",
    {
      config: enrolment,
      schema: { tags, summary: "Your live sessions", response: { 200: ItemsOf(SessionView) } },
    },
    async (request) => {
      const actor = userOf(request);
      return { items: await listLiveSessions(db, actor.userId, pipeline.now(), actor.sessionId) };
    },
  );

  app.delete(
    "/api/v1/auth/sessions/:id",
    {
      config: enrolment,
      schema: {
        tags,
        summary: "End one of your sessions",
        params: IdParam,
        response: { 204: Type.Null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = userOf(request);
      await runCommand(pipeline, actor, revokeSessions, {
        userId: actor.userId,
        sessionId: request.params.id,
      });
      return reply.code(204).send(null);
    },
  );

  tokenRoutes(app, deps);

  app.get(
    "/api/v1/auth/activity",
    {
      config: enrolment,
      schema: {
        tags,
        summary: "Recent security events of your account",
        response: { 200: ItemsOf(SecurityEventView) },
      },
    },
    async (request) => ({ items: await securityActivity(db, userOf(request).userId) }),
  );
}
