// HTTP routes of bodies.
import { Type } from "typebox";
import { publicMarking } from "../access/marking.ts";
import { authorize, authorizeOn } from "../access/policy.ts";
import type { App, AppDeps } from "../app/deps.ts";
import { notFound } from "../app/errors.ts";
import { actorOf, commandOptions, ItemsOf, problemResponses } from "../app/http.ts";
import { runCommand } from "../pipeline/run-command.ts";
import { createBody } from "./commands.ts";
import { Body, BodyDetail, BodyDetailsInput, BodyInput } from "./model.ts";
import { findBody, listBodies, membersOf } from "./queries.ts";
import { SearchHit, searchEverything } from "./search.ts";
import { setBodyDetails } from "./setBodyDetails.ts";

const tags = ["bodies"];

export function bodiesRoutes(app: App, { store, pipeline }: AppDeps) {
  app.get(
    "/api/v1/bodies",
    { schema: { tags, summary: "Consultative bodies", response: { 200: ItemsOf(Body) } } },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, "bodies.read");
      return { items: await listBodies(store.db, actor) };
    },
  );

  app.post(
    "/api/v1/bodies",
    {
      schema: {
        tags,
        summary: "Create a body",
        body: BodyInput,
        response: { 201: Body, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { result } = await runCommand(
        pipeline,
        actorOf(request),
        createBody,
        request.body,
        commandOptions(request),
      );
      return reply.code(201).send(result);
    },
  );

  app.get(
    "/api/v1/bodies/:id",
    {
      schema: {
        tags,
        summary: "A body with its members and their roles",
        params: Type.Object({ id: Type.String() }),
        response: { 200: BodyDetail, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const body = await findBody(store.db, request.params.id);
      if (!body) throw notFound("No body with that id.");
      authorizeOn(
        actor,
        "bodies.read",
        { bodyId: body.id, marking: publicMarking(body.memberNations) },
        "body",
      );
      return { ...body, members: await membersOf(store.db, body.id) };
    },
  );

  app.put(
    "/api/v1/bodies/:id/details",
    {
      schema: {
        tags,
        summary: "Set a body's cadence and members",
        params: Type.Object({ id: Type.String() }),
        body: Type.Omit(BodyDetailsInput, ["bodyId"]),
        response: { 200: BodyDetail, ...problemResponses },
      },
    },
    async (request) => {
      const input = { ...request.body, bodyId: request.params.id };
      return (await runCommand(pipeline, actorOf(request), setBodyDetails, input, commandOptions(request)))
        .result;
    },
  );

  app.get(
    "/api/v1/search",
    {
      schema: {
        tags,
        summary: "Search bodies' sessions, agenda, outcomes, commitments and readouts you may see",
        querystring: Type.Object({ q: Type.String({ minLength: 2, maxLength: 200 }) }),
        response: { 200: ItemsOf(SearchHit), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, "sessions.read");
      return { items: await searchEverything(store.db, actor, request.query.q) };
    },
  );
}
