// Health, readiness and Prometheus metrics (with process metrics and request timings).
import { sql } from "kysely";
import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";
import type { App, AppDeps } from "./deps.ts";

export function observabilityRoutes(app: App, { store, pipeline }: AppDeps) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requestSeconds = new Histogram({
    name: "entente_http_request_duration_seconds",
    help: "HTTP request duration by route and status",
    labelNames: ["method", "route", "status"],
    registers: [registry],
  });
  const eventsAppended = new Counter({
    name: "entente_record_events_total",
    help: "Events appended to the record by this process, by type",
    labelNames: ["type"],
    registers: [registry],
  });
  pipeline.hub.subscribe((event) => eventsAppended.inc({ type: event.type }));

  app.addHook("onResponse", async (request, reply) => {
    const route = request.routeOptions.url ?? "unmatched";
    requestSeconds.observe(
      { method: request.method, route, status: reply.statusCode },
      reply.elapsedTime / 1000,
    );
  });

  const hide = { hide: true };
  app.get("/healthz", { config: { public: true }, schema: hide }, async () => ({ status: "ok" }));
  app.get("/readyz", { config: { public: true }, schema: hide }, async (_request, reply) => {
    try {
      await sql`SELECT 1`.execute(store.db);
      return { status: "ready", database: store.dialect };
    } catch {
      return reply.code(503).send({ status: "unavailable", database: store.dialect });
    }
  });
  app.get("/metrics", { config: { public: true }, schema: hide }, async (_request, reply) => {
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}
