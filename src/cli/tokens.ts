// `entente token create --user NAME`: a personal API token for scripts, printed once.
import type { Command as Program } from "commander";
import { systemActor } from "../access/actor.ts";
import { createApiToken } from "../access/commands.ts";
import { findUserIdByUsername } from "../access/queries.ts";
import { loadConfig } from "../app/config.ts";
import { notFound } from "../app/errors.ts";
import { runCommand } from "../pipeline/run-command.ts";
import { overridesOf, storageOptions } from "./options.ts";
import { withPlatform } from "./platform.ts";

export function tokenCommands(program: Program) {
  const token = program.command("token").description("personal API tokens");
  storageOptions(token.command("create").description("create a token for a user and print it once"))
    .requiredOption("--user <username>", "whose token")
    .option("--name <name>", "what the token is for", "cli")
    .option("--days <days>", "days until it expires", "30")
    .action(
      async (o: { user: string; name: string; days: string; dataDir?: string; databaseUrl?: string }) => {
        await withPlatform(loadConfig(process.env, overridesOf(o)), async ({ store, pipeline }) => {
          const userId = await findUserIdByUsername(store.db, o.user);
          if (!userId) throw notFound(`No user named ${o.user}.`);
          const { result } = await runCommand(pipeline, systemActor("cli"), createApiToken, {
            userId,
            name: o.name,
            days: Number(o.days),
          });
          console.log(result.token);
          console.error(
            `Token for ${o.user}, expires ${result.expiresAt}. Send it as "Authorization: Bearer <token>".`,
          );
        });
      },
    );
}
