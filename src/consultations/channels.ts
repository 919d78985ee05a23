// The consultation's alerts on the outside channels: e-mail to the person, a signed webhook to their nation.
import type { Config } from "../app/config.ts";
import { findPerson } from "../directory/queries.ts";
import type { ChannelSender, Dispatcher } from "../notify/dispatcher.ts";
import { createDispatcher } from "../notify/dispatcher.ts";
import { createMailer } from "../notify/email.ts";
import { inBothCapitals } from "../notify/model.ts";
import { postWebhook } from "../notify/webhook.ts";
import type { Pipeline } from "../pipeline/run-command.ts";
import type { Store } from "../store/store.ts";
import { type AlertMessage, alertMessage } from "./alert-message.ts";

async function emailAddressOf(store: Store, userId: string): Promise<string | undefined> {
  const user = await store.db
    .selectFrom("users")
    .select("person_id")
    .where("id", "=", userId)
    .executeTakeFirst();
  if (!user?.person_id) return undefined;
  return (await findPerson(store.db, user.person_id))?.email;
}

export function emailText(message: AlertMessage): { subject: string; text: string } {
  const urgency = message.urgency.toUpperCase();
  return {
    subject: `[${urgency}] ${message.bodyAcronym} urgent consultation: acknowledge in Entente`,
    text: [
      message.banner,
      "",
      `An urgent ${message.bodyAcronym} consultation needs ${message.nation}'s acknowledgement.`,
      `Response deadline: ${inBothCapitals(message.responseDeadline)}`,
      "The subject and brief are only in Entente; open it to read and acknowledge:",
      message.path,
      "",
      message.banner,
    ].join("\n"),
  };
}

export function emailSender(store: Store, smtpUrl: string, from: string) {
  const mailer = createMailer(smtpUrl, from);
  const send: ChannelSender = async (delivery) => {
    const message = await alertMessage(store.db, delivery.id);
    if (!message) throw new Error("the alert no longer exists");
    const to = await emailAddressOf(store, delivery.userId);
    if (!to) throw new Error("no e-mail address in the directory for this person");
    return mailer.send({ to, ...emailText(message) });
  };
  return { send, close: () => mailer.close() };
}

export function webhookSender(store: Store, now: () => Date): ChannelSender {
  return async (delivery) => {
    const message = await alertMessage(store.db, delivery.id);
    if (!message) throw new Error("the alert no longer exists");
    const hooks = await store.db
      .selectFrom("webhooks")
      .selectAll()
      .where("nation", "=", message.nation)
      .execute();
    if (hooks.length === 0) throw new Error(`no webhook registered for ${message.nation}`);
    const payload = {
      type: "consultation.alert",
      ...message,
      deadlineInCapitals: inBothCapitals(message.responseDeadline),
    };
    const answers = [];
    for (const hook of hooks) {
      answers.push(
        await postWebhook({
          url: hook.url,
          secret: hook.secret,
          deliveryId: delivery.id,
          payload,
          at: now(),
        }),
      );
    }
    return answers.join(", ");
  };
}

/** A dispatcher for each outside channel that is configured (e-mail needs an SMTP URL). */
export function consultationDispatchers(config: Config, store: Store, pipeline: Pipeline) {
  const now = () => pipeline.now();
  const common = { store, now, maxAttempts: config.deliveryMaxAttempts, pollMs: config.workerPollMs };
  const dispatchers: Record<string, Dispatcher> = {
    webhook: createDispatcher({ ...common, channel: "webhook", send: webhookSender(store, now) }),
  };
  const closers: (() => void)[] = [];
  if (config.smtpUrl) {
    const email = emailSender(store, config.smtpUrl, config.mailFrom);
    dispatchers.email = createDispatcher({ ...common, channel: "email", send: email.send });
    closers.push(email.close);
  }
  return {
    dispatchers,
    start() {
      for (const dispatcher of Object.values(dispatchers)) dispatcher.start();
    },
    async stop() {
      await Promise.all(Object.values(dispatchers).map((d) => d.stop()));
      for (const close of closers) close();
    },
  };
}
