// Registers a nation's webhook endpoint. The record shows that it exists and where; its signing secret
// is a local secret, written beside the event and shown once.
import { randomBytes, randomUUID } from "node:crypto";
import { Type } from "typebox";
import { publicMarking } from "../access/marking.ts";
import { authorize } from "../access/policy.ts";
import { invalid } from "../app/errors.ts";
import { defineCommand, type Projection } from "../pipeline/command.ts";

export const WebhookInput = Type.Object(
  { url: Type.String({ format: "uri", maxLength: 2000 }) },
  { additionalProperties: false },
);

export const registerWebhook = defineCommand({
  name: "registerWebhook",
  input: WebhookInput,
  async decide({ actor }, { url }) {
    authorize(actor, "webhooks.manage");
    if (actor.kind !== "user") throw invalid("A webhook belongs to a person's nation.");
    if (!/^https?:\/\//.test(url))
      throw invalid("Use an http(s) URL.", [{ path: "/url", message: "http(s) only" }]);
    const webhook = { id: randomUUID(), nation: actor.nation, url };
    const secret = randomBytes(32).toString("base64url");
    return {
      event: {
        type: "webhook.registered",
        subject: { kind: "webhook", id: webhook.id },
        body: webhook,
        marking: publicMarking([actor.nation]),
      },
      result: async (event, trx) => {
        await trx
          .insertInto("webhooks")
          .values({ ...webhook, secret, created_at: event.at })
          .execute();
        return { ...webhook, secret };
      },
    };
  },
});

/** The event only names the endpoint; the row with its secret is local, so replay has nothing to write. */
export const notifyProjection: Projection = {
  tables: [],
  projectors: { "webhook.registered": async () => undefined },
};
