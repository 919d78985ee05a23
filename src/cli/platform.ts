// Opens the store and pipeline for one CLI command, and closes them afterwards.
import type { Config } from "../app/config.ts";
import { openPlatform } from "../app/server.ts";

export async function withPlatform<T>(
  config: Config,
  work: (platform: Awaited<ReturnType<typeof openPlatform>>) => Promise<T>,
) {
  const platform = await openPlatform(config);
  try {
    return await work(platform);
  } finally {
    await platform.store.close();
  }
}
