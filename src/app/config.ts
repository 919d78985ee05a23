// Configuration, read and validated once at start from the environment and CLI flags, then passed in.
import { resolve } from "node:path";

export interface Config {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  databaseSchema: string | undefined;
  production: boolean;
  /** Load the demo alliance into an empty database. */
  demo: boolean;
  demoPassword: string;
  logLevel: string;
  /** Origin line of the record's checkpoints, e.g. "entente.local/demo". */
  recordOrigin: string;
  /** PEM file of the log's Ed25519 signing key; created (mode 0600) in the data folder when absent. */
  recordKeyFile: string;
  /** Where the built web app lives. */
  webDir: string;
  /** Cookies carry `Secure` unless the server is only reachable on localhost over HTTP. */
  secureCookies: boolean;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** How often durable timers and the delivery outbox are polled; 0 turns the workers off. */
  workerPollMs: number;
  /** SMTP server for e-mail alerts, e.g. smtp://user:pass@mail.example:587; none: e-mail is not sent. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Attempts on one delivery (e-mail, webhook) before it is dead-lettered. */
  deliveryMaxAttempts: number;
}

export const defaultDemoPassword = "entente-demo-password";

export type ConfigOverrides = Partial<Config>;

function numberFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0)
    throw new Error(`${name} must be a whole number, got "${value}"`);
  return parsed;
}

/** Builds the configuration from `env` (normally process.env) and explicit overrides (CLI flags, tests). */
export function loadConfig(env: NodeJS.ProcessEnv, overrides: ConfigOverrides = {}): Config {
  const production = (overrides.production ?? env.NODE_ENV === "production") === true;
  const host = overrides.host ?? env.HOST ?? "127.0.0.1";
  const config: Config = {
    host,
    port: overrides.port ?? numberFrom(env.PORT, 8080, "PORT"),
    dataDir: resolve(overrides.dataDir ?? env.DATA_DIR ?? "data"),
    databaseUrl: overrides.databaseUrl ?? (env.DATABASE_URL || undefined),
    databaseSchema: overrides.databaseSchema ?? (env.DATABASE_SCHEMA || undefined),
    production,
    demo: overrides.demo ?? (env.ENTENTE_DEMO !== "0" && !production),
    demoPassword: overrides.demoPassword ?? env.ENTENTE_DEMO_PASSWORD ?? defaultDemoPassword,
    logLevel: overrides.logLevel ?? env.LOG_LEVEL ?? "info",
    recordOrigin: overrides.recordOrigin ?? env.ENTENTE_RECORD_ORIGIN ?? "entente.local/demo",
    recordKeyFile: "",
    webDir: resolve(overrides.webDir ?? env.ENTENTE_WEB_DIR ?? "dist/web"),
    secureCookies: overrides.secureCookies ?? !["127.0.0.1", "localhost", "::1"].includes(host),
    sessionIdleMinutes:
      overrides.sessionIdleMinutes ?? numberFrom(env.ENTENTE_SESSION_IDLE_MINUTES, 60, "idle"),
    sessionMaxHours: overrides.sessionMaxHours ?? numberFrom(env.ENTENTE_SESSION_MAX_HOURS, 12, "max hours"),
    workerPollMs:
      overrides.workerPollMs ?? numberFrom(env.ENTENTE_WORKER_POLL_MS, 1000, "ENTENTE_WORKER_POLL_MS"),
    smtpUrl: overrides.smtpUrl ?? (env.SMTP_URL || undefined),
    mailFrom: overrides.mailFrom ?? env.ENTENTE_MAIL_FROM ?? "Entente <alerts@entente.local>",
    deliveryMaxAttempts:
      overrides.deliveryMaxAttempts ??
      numberFrom(env.ENTENTE_DELIVERY_MAX_ATTEMPTS, 6, "ENTENTE_DELIVERY_MAX_ATTEMPTS"),
  };
  config.recordKeyFile = resolve(
    overrides.recordKeyFile ?? env.ENTENTE_RECORD_KEY_FILE ?? `${config.dataDir}/record-log-key.pem`,
  );
  if (config.production && config.demo)
    throw new Error("The demo alliance cannot be loaded when NODE_ENV=production.");
  return config;
}
