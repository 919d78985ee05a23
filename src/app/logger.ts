// pino settings: structured logs with request ids; secrets and credentials redacted.
import type { Config } from "./config.ts";

export function loggerOptions(config: Config) {
  return {
    level: config.logLevel,
    redact: {
      paths: [
        "req.headers.cookie",
        "req.headers.authorization",
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        "*.password",
        "*.code",
        "*.token",
      ],
      censor: "[redacted]",
    },
  };
}
