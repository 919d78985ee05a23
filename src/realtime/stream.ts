// The realtime stream at /api/v1/stream: the record's events the caller may see, in index order,
// resumable from the last index seen (no gap, no duplicate), plus loud in-app alerts meant for the caller.

import { Type } from "typebox";
import type { WebSocket } from "ws";
import type { UserActor } from "../access/actor.ts";
import { canSee } from "../access/policy.ts";
import type { App, AppDeps } from "../app/deps.ts";
import { forbidden, unauthorized } from "../app/errors.ts";
import { markInAppDelivered } from "../notify/outbox.ts";
import type { RecordedEvent } from "../record/event.ts";
import { readEvents, recordSize } from "../record/log.ts";
import { inAppAlertsFor, pendingInAppAlerts, type StreamAlert } from "./alerts.ts";
import { openRecordBus } from "./bus.ts";

const pageSize = 200;

export async function streamRoutes(app: App, deps: AppDeps) {
  const { store, pipeline, config } = deps;
  const bus = await openRecordBus(config, store, pipeline.hub);
  app.addHook("onClose", () => bus.close());

  app.get(
    "/api/v1/stream",
    {
      websocket: true,
      schema: {
        tags: ["realtime"],
        summary: "WebSocket: events you may see after index `after` (default: from now), and your alerts",
        querystring: Type.Object({ after: Type.Optional(Type.Integer({ minimum: -1 })) }),
      },
      preValidation: async (request) => {
        if (!request.actor) throw unauthorized();
        if (request.actor.kind !== "user") throw forbidden("The stream is for people.");
        // Browsers send cookies on cross-site WebSocket handshakes: only our own pages may open one.
        const origin = request.headers.origin;
        if (origin && new URL(origin).host !== request.headers.host)
          throw forbidden("The stream only accepts connections from this site.");
      },
    },
    async (socket, request) => {
      const actor = request.actor;
      if (actor?.kind !== "user") return socket.close(1008, "sign in");
      const after = request.query.after ?? (await recordSize(store.db)) - 1;
      const stream = followRecord(socket, actor, after, deps);
      const unsubscribe = bus.subscribe(() => stream.pump());
      const heartbeat = setInterval(() => socket.ping(), 25_000);
      socket.on("close", () => {
        unsubscribe();
        clearInterval(heartbeat);
      });
      await stream.sendPendingAlerts();
      await stream.pump();
      send(socket, { type: "ready", lastIndex: stream.lastIndex() });
    },
  );
}

function send(socket: WebSocket, message: unknown) {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
}

function followRecord(socket: WebSocket, actor: UserActor, after: number, { store, pipeline }: AppDeps) {
  let last = after;
  let pumping: Promise<void> | null = null;
  let again = false;

  async function alert(alerts: StreamAlert[]) {
    if (alerts.length === 0) return;
    for (const item of alerts) send(socket, { type: "alert", ...item });
    await markInAppDelivered(
      store.db,
      alerts.flatMap((a) => a.alertIds),
      pipeline.now(),
    );
  }

  async function drain() {
    do {
      again = false;
      for (;;) {
        const events: RecordedEvent[] = await readEvents(store.db, last + 1, pageSize);
        for (const event of events) {
          last = event.index;
          if (!canSee(actor, { marking: event.marking })) continue;
          send(socket, { type: "event", event });
          await alert(inAppAlertsFor(event, actor.userId));
        }
        if (events.length < pageSize) break;
      }
    } while (again && socket.readyState === socket.OPEN);
  }

  return {
    lastIndex: () => last,
    /** Sends everything after the last index sent; concurrent wake-ups coalesce into one more pass. */
    pump(): Promise<void> {
      if (pumping) {
        again = true;
        return pumping;
      }
      pumping = drain().finally(() => {
        pumping = null;
      });
      return pumping;
    },
    async sendPendingAlerts() {
      await alert(await pendingInAppAlerts(store.db, actor));
    },
  };
}
