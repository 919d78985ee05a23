// Starts Entente: configuration → store (migrated) → demo data on a new database → HTTP server.

import { consultationDispatchers } from "../consultations/channels.ts";
import { consultationTimerHandlers } from "../consultations/timer-handlers.ts";
import { loadDemoAlliance } from "../demo/load.ts";
import { createHub } from "../pipeline/hub.ts";
import type { Pipeline } from "../pipeline/run-command.ts";
import { startCheckpointer } from "../record/checkpoints.ts";
import { createRecordHead } from "../record/head.ts";
import { recordSize } from "../record/log.ts";
import { loadOrCreateLogKey } from "../record/log-key.ts";
import { migrateToLatest, openStore, type Store } from "../store/store.ts";
import { createTimerRunner, type TimerRunner } from "../timers/runner.ts";
import { buildApp } from "./app.ts";
import { type Config, type ConfigOverrides, loadConfig } from "./config.ts";
import type { App } from "./deps.ts";
import { projections, projectorsOf } from "./projections.ts";

export interface RunningServer {
  url: string;
  config: Config;
  app: App;
  store: Store;
  pipeline: Pipeline;
  /** Durable timers: started unless `workerPollMs` is 0; tests may call `runDue()` themselves. */
  timers: TimerRunner;
  /** The outbox dispatchers by channel (e-mail only when SMTP is configured). */
  dispatchers: ReturnType<typeof consultationDispatchers>["dispatchers"];
  close(): Promise<void>;
}

/** Opens and migrates the store and builds the pipeline: what the server and the CLI share. */
export async function openPlatform(config: Config) {
  const store = await openStore(config);
  await migrateToLatest(store);
  const pipeline: Pipeline = {
    store,
    hub: createHub(),
    projectors: projectorsOf(projections),
    now: () => new Date(),
    head: createRecordHead(),
  };
  const signer = loadOrCreateLogKey(config.recordKeyFile, config.recordOrigin);
  return { store, pipeline, signer };
}

/**
 * Starts the server. Example (tests): `const s = await startServer({ port: 0, dataDir, demo: true })`.
 */
export async function startServer(
  overrides: ConfigOverrides = {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<RunningServer> {
  const config = loadConfig(env, overrides);
  const { store, pipeline, signer } = await openPlatform(config);
  if (config.demo && (await recordSize(store.db)) === 0)
    await loadDemoAlliance(pipeline, config.demoPassword);
  const app = await buildApp({ config, store, pipeline, signer });
  const checkpointer = startCheckpointer(store.db, signer, pipeline.now, (error) =>
    app.log.error({ err: error }, "checkpoint failed"),
  );
  const unsubscribe = pipeline.hub.subscribe(() => checkpointer.poke());
  const timers = createTimerRunner({
    store,
    now: () => pipeline.now(),
    handlers: { ...consultationTimerHandlers(pipeline) },
    pollMs: config.workerPollMs,
    onError: (err, timer) => app.log.error({ err, timer: timer.id, kind: timer.kind }, "timer failed"),
  });
  const delivery = consultationDispatchers(config, store, pipeline);
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;
  // Overdue timers (from before a restart) fire now; then the loop keeps polling.
  if (config.workerPollMs > 0) {
    timers.start();
    delivery.start();
  }
  return {
    url: `http://${host}:${port}`,
    config,
    app,
    store,
    pipeline,
    timers,
    dispatchers: delivery.dispatchers,
    async close() {
      await timers.stop();
      await delivery.stop();
      unsubscribe();
      checkpointer.stop();
      await app.close();
      await store.close();
    },
  };
}
