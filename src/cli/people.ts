// `entente people list|add`: the directory from a terminal.
import type { Command as Program } from "commander";
import { systemActor } from "../access/actor.ts";
import { loadConfig } from "../app/config.ts";
import { addPerson } from "../directory/commands.ts";
import { listPeople } from "../directory/queries.ts";
import { runCommand } from "../pipeline/run-command.ts";
import { overridesOf, storageOptions } from "./options.ts";
import { withPlatform } from "./platform.ts";

export function peopleCommands(program: Program) {
  const people = program.command("people").description("the directory of people");
  storageOptions(people.command("list").description("list people"))
    .option("--nation <code>", "only this nation (e.g. KOR)")
    .option("--json", "print JSON")
    .action(async (options: { nation?: string; json?: boolean; dataDir?: string; databaseUrl?: string }) => {
      await withPlatform(loadConfig(process.env, overridesOf(options)), async ({ store }) => {
        const list = await listPeople(store.db, options.nation?.toUpperCase());
        if (options.json) return console.log(JSON.stringify(list, null, 2));
        for (const p of list)
          console.log(`${p.nation}  ${p.nameEn} (${p.nameKo})  ${p.titleEn}  ${p.timeZone}  ${p.id}`);
      });
    });
  storageOptions(people.command("add").description("add a person"))
    .requiredOption("--name-en <name>")
    .requiredOption("--name-ko <name>")
    .requiredOption("--title-en <title>")
    .requiredOption("--title-ko <title>")
    .requiredOption("--organization <id>", "organization id")
    .requiredOption("--nation <code>")
    .requiredOption("--time-zone <zone>", "IANA zone, e.g. Asia/Seoul")
    .requiredOption("--email <email>")
    .action(async (o: Record<string, string>) => {
      await withPlatform(loadConfig(process.env, overridesOf(o)), async ({ pipeline }) => {
        const { result } = await runCommand(pipeline, systemActor("cli"), addPerson, {
          nameEn: o.nameEn,
          nameKo: o.nameKo,
          titleEn: o.titleEn,
          titleKo: o.titleKo,
          organizationId: o.organization,
          nation: o.nation?.toUpperCase(),
          timeZone: o.timeZone,
          email: o.email,
        });
        console.log(`Added ${result.nameEn} (${result.id}).`);
      });
    });
}
