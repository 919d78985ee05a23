// Alert channels against real servers started here: SMTP (smtp-server) and an HTTP webhook receiver.
// SMTP down → e-mail retried, in-app still delivered; webhook 500 then 200 → one successful delivery.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, describe, expect, it } from "vitest";
import type { ConfigOverrides } from "../src/app/config.ts";
import { type RunningServer, startServer } from "../src/app/server.ts";
import type { Consultation } from "../src/consultations/model.ts";
import { verifyWebhookSignature } from "../src/notify/model.ts";
import { client } from "./http.ts";
import { storages } from "./stores.ts";
import { openStream, sessionCookie } from "./stream-client.ts";

const password = "entente-demo-password";

interface Received {
  to: string[];
  data: string;
}

function quotedPrintableDecoded(data: string): string {
  const latin1 = data
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(latin1, "latin1").toString("utf8");
}

async function startSmtp(port = 0) {
  const received: Received[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      let data = "";
      stream.on("data", (chunk: Buffer) => {
        data += chunk.toString("utf8");
      });
      stream.on("end", () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          data: quotedPrintableDecoded(data),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(port, "127.0.0.1", () => resolve()));
  const address = smtp.server.address() as AddressInfo;
  return {
    received,
    port: address.port,
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  };
}

describe.each(storages())("alert channels on $name", (storage) => {
  const servers: RunningServer[] = [];
  const closers: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const server of servers) await server.close();
    for (const close of closers) await close();
    await storage.cleanup();
  });

  async function start(overrides: ConfigOverrides) {
    const server = await startServer({
      ...storage.fresh(),
      ...overrides,
      port: 0,
      demo: true,
      logLevel: "silent",
      webDir: "/nonexistent",
      workerPollMs: 0,
    });
    servers.push(server);
    let clock = new Date();
    server.pipeline.now = () => clock;
    const advance = (ms: number) => {
      clock = new Date(clock.getTime() + ms);
    };
    return { server, advance };
  }

  async function ncg(c: ReturnType<typeof client>) {
    const bodies = await c.json<{ items: { id: string; acronym: string }[] }>("GET", "/api/v1/bodies");
    return bodies.body.items.find((b) => b.acronym === "NCG")?.id ?? "";
  }

  async function open(server: RunningServer) {
    const usa = client(server.url);
    await usa.signIn("usa.secretariat", password);
    const opened = await usa.json<Consultation>("POST", "/api/v1/consultations", {
      bodyId: await ncg(usa),
      subject: "Sensitive subject line",
      brief: "Sensitive brief text",
      classification: "SECRET",
      responseDeadline: new Date(server.pipeline.now().getTime() + 3_600_000).toISOString(),
      urgency: "flash",
    });
    expect(opened.status).toBe(201);
    return opened.body.id;
  }

  async function deliveriesOf(server: RunningServer, id: string, channel: string) {
    const rows = await server.store.db
      .selectFrom("deliveries")
      .selectAll()
      .where("consultation_id", "=", id)
      .where("channel", "=", channel)
      .execute();
    const attempts = await server.store.db
      .selectFrom("delivery_attempts")
      .selectAll()
      .where(
        "delivery_id",
        "in",
        rows.map((r) => r.id),
      )
      .orderBy("attempt")
      .execute();
    return { rows, attempts };
  }

  it("e-mails the duty officer the marking and deadline in both capitals, never the subject or brief", async () => {
    const smtp = await startSmtp();
    closers.push(smtp.close);
    const { server } = await start({ smtpUrl: `smtp://127.0.0.1:${smtp.port}` });
    const id = await open(server);
    expect(await server.dispatchers.email?.runDue()).toBe(1);
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0];
    expect(mail?.to).toEqual(["duty@mofa.example.kr"]);
    expect(mail?.data).toContain("SECRET // REL TO KOR, USA");
    expect(mail?.data).toMatch(/Seoul \d{4}-\d{2}-\d{2} \d{2}:\d{2} · Washington/);
    expect(mail?.data).not.toContain("Sensitive");
    const { rows, attempts } = await deliveriesOf(server, id, "email");
    expect(rows[0]).toMatchObject({ status: "delivered", attempts: 1 });
    expect(attempts.map((a) => a.ok)).toEqual([1]);
  });

  it("retries e-mail while SMTP is down, and the in-app alert still arrives", async () => {
    const probe = await startSmtp();
    const port = probe.port;
    await probe.close();
    const { server, advance } = await start({ smtpUrl: `smtp://127.0.0.1:${port}` });
    const stream = await openStream(server.url, await sessionCookie(server.url, "kor.duty", password));
    const id = await open(server);
    await stream.until((m) => m.some((x) => x.type === "alert" && x.consultationId === id));
    await stream.close();

    expect(await server.dispatchers.email?.runDue()).toBe(1);
    let email = await deliveriesOf(server, id, "email");
    expect(email.rows[0]).toMatchObject({ status: "pending", attempts: 1 });
    expect(email.attempts[0]?.ok).toBe(0);
    expect(await server.dispatchers.email?.runDue()).toBe(0); // backing off
    const inApp = await deliveriesOf(server, id, "in-app");
    expect(inApp.rows[0]?.status).toBe("delivered");

    const smtp = await startSmtp(port);
    closers.push(smtp.close);
    advance(5_000);
    expect(await server.dispatchers.email?.runDue()).toBe(1);
    email = await deliveriesOf(server, id, "email");
    expect(email.rows[0]).toMatchObject({ status: "delivered", attempts: 2 });
    expect(email.attempts.map((a) => a.ok)).toEqual([0, 1]);
    expect(smtp.received).toHaveLength(1);
  });

  async function webhookReceiver(statuses: number[]) {
    const calls: { body: string; signature: string; timestamp: string; key: string }[] = [];
    const http: Server = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk: Buffer) => {
        body += chunk.toString("utf8");
      });
      request.on("end", () => {
        calls.push({
          body,
          signature: String(request.headers["x-entente-signature"]),
          timestamp: String(request.headers["x-entente-timestamp"]),
          key: String(request.headers["idempotency-key"]),
        });
        response.statusCode = statuses[calls.length - 1] ?? statuses.at(-1) ?? 200;
        response.end();
      });
    });
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", () => resolve()));
    closers.push(() => new Promise<void>((resolve) => http.close(() => resolve())));
    return { calls, url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/entente` };
  }

  async function withWebhookPolicy(server: RunningServer, url: string) {
    const kor = client(server.url);
    await kor.signIn("kor.secretariat", password);
    const hook = await kor.json<{ secret: string }>("POST", "/api/v1/webhooks", { url });
    expect(hook.status).toBe(201);
    const policy = await kor.json("POST", "/api/v1/escalation-policies", {
      bodyId: await ncg(kor),
      name: "NCG with webhooks",
      steps: [{ tier: "duty-officer", ackTimeoutMinutes: 10, channels: ["in-app", "webhook"] }],
      repeatCount: 0,
      fallback: { tier: "principal", channels: ["in-app", "webhook"] },
    });
    expect(policy.status).toBe(201);
    return hook.body.secret;
  }

  it("retries a webhook answered 500 and records exactly one successful delivery after the 200", async () => {
    const receiver = await webhookReceiver([500, 200]);
    const { server, advance } = await start({});
    const secret = await withWebhookPolicy(server, receiver.url);
    const id = await open(server);
    expect(await server.dispatchers.webhook?.runDue()).toBe(1);
    advance(5_000);
    expect(await server.dispatchers.webhook?.runDue()).toBe(1);
    advance(60_000);
    expect(await server.dispatchers.webhook?.runDue()).toBe(0);
    const { rows, attempts } = await deliveriesOf(server, id, "webhook");
    expect(rows[0]).toMatchObject({ status: "delivered", attempts: 2 });
    expect(attempts.map((a) => [a.ok, a.detail])).toEqual([
      [0, "HTTP 500"],
      [1, "HTTP 200"],
    ]);
    expect(receiver.calls).toHaveLength(2);
    for (const call of receiver.calls) {
      expect(verifyWebhookSignature(secret, call.timestamp, call.body, call.signature)).toBe(true);
      expect(call.key).toBe(rows[0]?.id);
      expect(call.body).not.toContain("Sensitive");
    }
  });

  it("dead-letters a webhook after the last attempt", async () => {
    const receiver = await webhookReceiver([503]);
    const { server, advance } = await start({ deliveryMaxAttempts: 3 });
    await withWebhookPolicy(server, receiver.url);
    const id = await open(server);
    for (let i = 0; i < 5; i++) {
      await server.dispatchers.webhook?.runDue();
      advance(60_000);
    }
    const { rows, attempts } = await deliveriesOf(server, id, "webhook");
    expect(rows[0]).toMatchObject({ status: "dead", attempts: 3, last_error: "HTTP 503" });
    expect(attempts).toHaveLength(3);
  });
});
