// HTTP routes of readouts: draft from a session, edit, publish; published ones public as JSON and Atom.
import { Type } from "typebox";
import { authorize } from "../access/policy.ts";
import type { App, AppDeps } from "../app/deps.ts";
import { notFound } from "../app/errors.ts";
import { actorOf, commandOptions, ItemsOf, problemResponses } from "../app/http.ts";
import { runCommand } from "../pipeline/run-command.ts";
import { renderAtom } from "./atom.ts";
import { draftReadout } from "./draftReadout.ts";
import { editReadout } from "./editReadout.ts";
import { Readout, ReadoutEditInput } from "./model.ts";
import { publishReadout } from "./publishReadout.ts";
import { draftsFor, findReadoutRow, mayRead, presentReadout, publishedReadouts } from "./queries.ts";

const tags = ["readouts"];
const Params = Type.Object({ id: Type.String() });

export function readoutsRoutes(app: App, { store, pipeline }: AppDeps) {
  app.get(
    "/api/v1/readouts",
    {
      config: { public: true },
      schema: {
        tags,
        summary: "Published readouts (public)",
        security: [],
        response: { 200: ItemsOf(Readout) },
      },
    },
    async () => ({ items: await publishedReadouts(store.db) }),
  );

  app.get(
    "/api/v1/readouts/drafts",
    {
      schema: {
        tags,
        summary: "Draft readouts you may see",
        response: { 200: ItemsOf(Readout), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, "sessions.read");
      return { items: await draftsFor(store.db, actor) };
    },
  );

  app.get(
    "/api/v1/readouts/:id",
    {
      config: { public: true },
      schema: {
        tags,
        summary: "A readout (public once published)",
        params: Params,
        response: { 200: Readout, ...problemResponses },
      },
    },
    async (request) => {
      const row = await findReadoutRow(store.db, request.params.id);
      if (!row || !mayRead(request.actor, row)) throw notFound("No readout with that id.");
      return presentReadout(row);
    },
  );

  app.post(
    "/api/v1/bodies/:bodyId/sessions/:sessionId/readout",
    {
      schema: {
        tags,
        summary: "Draft the session's readout from its PUBLIC outcomes",
        params: Type.Object({ bodyId: Type.String(), sessionId: Type.String() }),
        response: { 201: Type.Object({ id: Type.String() }), ...problemResponses },
      },
    },
    async (request, reply) => {
      const input = { bodyId: request.params.bodyId, meetingId: request.params.sessionId };
      const { result } = await runCommand(
        pipeline,
        actorOf(request),
        draftReadout,
        input,
        commandOptions(request),
      );
      return reply.code(201).send(result);
    },
  );

  app.put(
    "/api/v1/readouts/:id",
    {
      schema: {
        tags,
        summary: "Edit a draft readout (409 with the current version when someone saved first)",
        params: Params,
        body: Type.Omit(ReadoutEditInput, ["readoutId"]),
        response: { 200: Type.Object({ version: Type.Integer() }), ...problemResponses },
      },
    },
    async (request) => {
      const input = { ...request.body, readoutId: request.params.id };
      return (await runCommand(pipeline, actorOf(request), editReadout, input, commandOptions(request)))
        .result;
    },
  );

  app.post(
    "/api/v1/readouts/:id/publish",
    {
      schema: {
        tags,
        summary: "Publish a readout",
        params: Params,
        response: { 200: Type.Object({ publishedAt: Type.String() }), ...problemResponses },
      },
    },
    async (request) => {
      const input = { readoutId: request.params.id };
      return (await runCommand(pipeline, actorOf(request), publishReadout, input, commandOptions(request)))
        .result;
    },
  );

  // A real route (not the web app's page fallback), so feed readers get Atom whatever they Accept.
  app.get("/readouts.atom", { config: { public: true }, schema: { hide: true } }, async (request, reply) => {
    const base = `${request.protocol}://${request.host}`;
    const feed = renderAtom(await publishedReadouts(store.db), base, pipeline.now());
    return reply.type("application/atom+xml; charset=utf-8").send(feed);
  });
}
