// HTTP routes of outbound webhooks: register one (the secret is shown once), list your nation's.
import { Type } from "typebox";
import { authorize } from "../access/policy.ts";
import type { App, AppDeps } from "../app/deps.ts";
import { actorOf, commandOptions, ItemsOf, problemResponses } from "../app/http.ts";
import { runCommand } from "../pipeline/run-command.ts";
import { registerWebhook, WebhookInput } from "./registerWebhook.ts";

const tags = ["notify"];
const Webhook = Type.Object({ id: Type.String(), nation: Type.String(), url: Type.String() });

export function notifyRoutes(app: App, { store, pipeline }: AppDeps) {
  app.post(
    "/api/v1/webhooks",
    {
      schema: {
        tags,
        summary: "Register your nation's webhook; the signing secret is returned once",
        body: WebhookInput,
        response: { 201: Type.Object({ ...Webhook.properties, secret: Type.String() }), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { result } = await runCommand(
        pipeline,
        actorOf(request),
        registerWebhook,
        request.body,
        commandOptions(request),
      );
      return reply.code(201).send(result);
    },
  );

  app.get(
    "/api/v1/webhooks",
    { schema: { tags, summary: "Your nation's webhooks", response: { 200: ItemsOf(Webhook) } } },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, "webhooks.manage");
      const nation = actor.kind === "user" ? actor.nation : "";
      const rows = await store.db
        .selectFrom("webhooks")
        .select(["id", "nation", "url"])
        .where("nation", "=", nation)
        .execute();
      return { items: rows };
    },
  );
}
