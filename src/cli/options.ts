// Flags every storage-touching command shares; each defaults to its environment variable.
import { Option, type Command as Program } from "commander";
import type { ConfigOverrides } from "../app/config.ts";

export function storageOptions(command: Program): Program {
  return command
    .addOption(new Option("--data-dir <dir>", "folder of the embedded database").env("DATA_DIR"))
    .addOption(
      new Option("--database-url <url>", "PostgreSQL URL instead of the embedded database").env(
        "DATABASE_URL",
      ),
    );
}

export function overridesOf(options: { dataDir?: string; databaseUrl?: string }): ConfigOverrides {
  const overrides: ConfigOverrides = {};
  if (options.dataDir) overrides.dataDir = options.dataDir;
  if (options.databaseUrl) overrides.databaseUrl = options.databaseUrl;
  return overrides;
}
