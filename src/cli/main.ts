// The `entente` command: serve, migrate, people, tokens (and record tools as they arrive).
import { Option, Command as Program } from "commander";
import { loadConfig } from "../app/config.ts";
import { DomainError } from "../app/errors.ts";
import { startServer } from "../app/server.ts";
import { overridesOf, storageOptions } from "./options.ts";
import { peopleCommands } from "./people.ts";
import { withPlatform } from "./platform.ts";
import { recordCommands } from "./record.ts";
import { tokenCommands } from "./tokens.ts";

const program = new Program("entente")
  .description("Consultation machinery for alliances")
  .showHelpAfterError();

storageOptions(
  program.command("serve").description("start the server (loads the demo alliance into a new database)"),
)
  .addOption(new Option("--port <port>", "port").env("PORT").argParser(Number))
  .addOption(new Option("--host <host>", "address to listen on").env("HOST"))
  .option("--no-demo", "do not load the demo alliance")
  .action(
    async (options: {
      port?: number;
      host?: string;
      demo: boolean;
      dataDir?: string;
      databaseUrl?: string;
    }) => {
      const overrides = overridesOf(options);
      if (options.port !== undefined) overrides.port = options.port;
      if (options.host) overrides.host = options.host;
      if (!options.demo) overrides.demo = false;
      const server = await startServer(overrides).catch((error: unknown) => {
        if (error instanceof Error && "code" in error && error.code === "EADDRINUSE") {
          throw new DomainError(
            "conflict",
            `Port ${overrides.port ?? process.env.PORT ?? 8080} is already in use. Stop the other program or choose another port: PORT=8081 npm start`,
          );
        }
        throw error;
      });
      printWelcome(server.url, server.config.demo, server.config.demoPassword);
      const stop = async () => {
        await server.close();
        process.exit(0);
      };
      process.once("SIGTERM", stop);
      process.once("SIGINT", stop);
    },
  );

storageOptions(program.command("migrate").description("bring the database schema up to date")).action(
  async (options: { dataDir?: string; databaseUrl?: string }) => {
    await withPlatform(loadConfig(process.env, overridesOf(options)), async () => {
      console.log("The database is up to date.");
    });
  },
);

peopleCommands(program);
tokenCommands(program);
recordCommands(program);

function printWelcome(url: string, demo: boolean, password: string) {
  console.log(`\nEntente is running at ${url}\n`);
  if (!demo) return;
  console.log("Demo alliance loaded. Sign in with any of these accounts:");
  console.log("  admin, usa.admin, kor.secretariat, usa.secretariat, kor.duty, usa.duty,");
  console.log("  kor.principal, usa.principal, kor.auditor, usa.auditor");
  console.log(
    `Password: ${password === "entente-demo-password" ? password : "(the value of ENTENTE_DEMO_PASSWORD)"}\n`,
  );
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Domain errors carry a message meant for a person; anything else is a bug worth its stack.
  if (!(error instanceof DomainError)) throw error;
  console.error(`entente: ${error.message}`);
  for (const field of error.errors) console.error(`  ${field.path}: ${field.message}`);
  process.exitCode = 1;
}
