// `entente record verify|export|replay|cosign|keygen`: each nation's tools for the shared record.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Option, type Command as Program } from "commander";
import { loadConfig } from "../app/config.ts";
import { projections } from "../app/projections.ts";
import { exportBundle } from "../record/bundle-export.ts";
import { verifyBundle } from "../record/bundle-verify.ts";
import { generateEd25519KeyPair, privateKeyToPem } from "../record/note-keys.ts";
import { projectionsMatchReplay, replayRecord } from "../record/replay.ts";
import { verifyLiveRecord } from "../record/verify-live.ts";
import { cosignFromWitness } from "./cosign.ts";
import { overridesOf, storageOptions } from "./options.ts";
import { withPlatform } from "./platform.ts";

type StorageFlags = { dataDir?: string; databaseUrl?: string };

function report(result: {
  ok: boolean;
  size: number;
  rootHex: string;
  problem?: string;
  firstBadIndex?: number;
  badKey?: string;
}) {
  console.log(`size ${result.size}`);
  if (result.rootHex) console.log(`root ${result.rootHex}`);
  if (result.ok) return console.log("verdict: VERIFIED");
  const where =
    result.firstBadIndex !== undefined
      ? ` (first bad index ${result.firstBadIndex})`
      : result.badKey
        ? ` (key ${result.badKey})`
        : "";
  console.log(`verdict: FAILED${where}: ${result.problem ?? "unknown problem"}`);
  process.exitCode = 1;
}

export function recordCommands(program: Program) {
  const record = program.command("record").description("the shared, signed record");

  storageOptions(
    record
      .command("verify")
      .description("check every hash, the root and every signature (and that projections equal a replay)"),
  )
    .option("--bundle <file>", "verify an exported bundle instead of the live database")
    .action(async (o: StorageFlags & { bundle?: string }) => {
      if (o.bundle) {
        const result = verifyBundle(JSON.parse(readFileSync(o.bundle, "utf8")));
        report(result);
        if (result.ok)
          console.log(`signed by: ${result.signers.map((s) => `${s.name} (${s.role})`).join(", ")}`);
        return;
      }
      await withPlatform(
        loadConfig(process.env, { ...overridesOf(o), demo: false }),
        async ({ store, signer }) => {
          const result = await verifyLiveRecord(store.db, signer);
          if (!result.ok) return report(result);
          const scratch = mkdtempSync(join(tmpdir(), "entente-replay-"));
          try {
            const differing = await projectionsMatchReplay(store.db, projections, scratch);
            if (differing.length > 0)
              return report({
                ...result,
                ok: false,
                problem: `projections differ from a replay: ${differing.join(", ")}`,
              });
          } finally {
            rmSync(scratch, { recursive: true, force: true });
          }
          report(result);
        },
      );
    });

  storageOptions(record.command("export").description("write a verifiable bundle"))
    .requiredOption("--out <file>", "where to write the bundle")
    .option("--nation <code>", "entries not releasable to this nation carry only their hash")
    .action(async (o: StorageFlags & { out: string; nation?: string }) => {
      await withPlatform(
        loadConfig(process.env, { ...overridesOf(o), demo: false }),
        async ({ store, signer, pipeline }) => {
          const bundle = await exportBundle(store.db, signer, pipeline.now(), o.nation?.toUpperCase());
          writeFileSync(o.out, JSON.stringify(bundle));
          console.log(`Wrote ${bundle.entries.length} entries to ${o.out}.`);
        },
      );
    });

  storageOptions(
    record.command("replay").description("rebuild every projection from the record alone"),
  ).action(async (o: StorageFlags) => {
    await withPlatform(loadConfig(process.env, { ...overridesOf(o), demo: false }), async ({ store }) => {
      const applied = await replayRecord(store.db, store.db, projections);
      console.log(`Replayed ${applied} events.`);
    });
  });

  record
    .command("keygen")
    .description("make a nation's witness key (PEM) and print its public key")
    .requiredOption("--out <file>", "where to write the private key (mode 0600)")
    .action((o: { out: string }) => {
      if (existsSync(o.out)) throw new Error(`${o.out} exists; refusing to overwrite a key.`);
      const pair = generateEd25519KeyPair();
      writeFileSync(o.out, privateKeyToPem(pair.privateKey), { mode: 0o600 });
      console.log(Buffer.from(pair.publicKey).toString("base64"));
    });

  record
    .command("cosign")
    .description(
      "witness: check the latest checkpoint is consistent with the last one you cosigned, then cosign it",
    )
    .requiredOption("--key <file>", "your nation's witness key (PEM)")
    .requiredOption("--name <name>", "the key's registered name")
    .requiredOption("--url <url>", "the Entente server, e.g. http://127.0.0.1:8080")
    .addOption(
      new Option("--token <token>", "an auditor's API token").env("ENTENTE_TOKEN").makeOptionMandatory(),
    )
    .action(async (o: { key: string; name: string; url: string; token: string }) => {
      const outcome = await cosignFromWitness(o);
      console.log(`Cosigned checkpoint of size ${outcome.size} (root ${outcome.rootBase64}).`);
    });
}
