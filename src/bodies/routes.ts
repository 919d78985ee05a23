// HTTP routes of bodies.
import { authorize } from "../access/policy.ts";
import type { App, AppDeps } from "../app/deps.ts";
import { actorOf, commandOptions, ItemsOf, problemResponses } from "../app/http.ts";
import { runCommand } from "../pipeline/run-command.ts";
import { createBody } from "./commands.ts";
import { Body, BodyInput } from "./model.ts";
import { listBodies } from "./queries.ts";

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
}
