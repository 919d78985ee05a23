// Member nations' witness keys: an auditor registers its nation's key; cosignatures are checked against it.
import type { Kysely } from "kysely";
import { Type } from "typebox";
import { authorize } from "../access/policy.ts";
import { conflict, invalid, notFound } from "../app/errors.ts";
import { defineCommand, type Projection, project } from "../pipeline/command.ts";
import type { Database } from "../store/schema.ts";
import { decodeBase64, isValidKeyName, parseNote } from "./note.ts";
import { verifyCosignature } from "./note-cosignature.ts";

const CosignerRegistered = Type.Object({
  name: Type.String(),
  nation: Type.String(),
  publicKey: Type.String(),
});

export const registerCosigner = defineCommand({
  name: "registerCosigner",
  input: Type.Object(
    {
      name: Type.String({ minLength: 1, maxLength: 200 }),
      publicKey: Type.String({ description: "base64 raw Ed25519 key" }),
    },
    { additionalProperties: false },
  ),
  async decide({ trx, actor }, input) {
    authorize(actor, "record.audit");
    if (actor.kind !== "user") throw invalid("A cosigner is registered by a nation's auditor.");
    if (!isValidKeyName(input.name))
      throw invalid("Bad key name.", [{ path: "/name", message: "no spaces or '+'" }]);
    if (decodeBase64(input.publicKey)?.length !== 32) {
      throw invalid("Bad public key.", [{ path: "/publicKey", message: "base64 of a 32-byte Ed25519 key" }]);
    }
    if (
      await trx
        .selectFrom("record_cosigners")
        .select("name")
        .where("name", "=", input.name)
        .executeTakeFirst()
    ) {
      throw conflict(`A cosigner named ${input.name} is already registered.`);
    }
    const body = { name: input.name, nation: actor.nation, publicKey: input.publicKey };
    const nations = await trx.selectFrom("nations").select("code").execute();
    return {
      event: {
        type: "record.cosigner-registered",
        subject: { kind: "cosigner", id: input.name },
        body,
        marking: { classification: "PUBLIC", releasableTo: nations.map((n) => n.code).sort() },
      },
      result: () => body,
    };
  },
});

export const cosignersProjection: Projection = {
  tables: ["record_cosigners"],
  projectors: {
    "record.cosigner-registered": project(CosignerRegistered, (db, c, event) =>
      db
        .insertInto("record_cosigners")
        .values({ name: c.name, nation: c.nation, public_key: c.publicKey, created_at: event.at })
        .execute(),
    ),
  },
};

/** Stores a cosignature line for the checkpoint of `size` after checking it against the registered key. */
export async function addCosignature(
  db: Kysely<Database>,
  nation: string,
  size: number,
  line: string,
  now: Date,
) {
  const checkpoint = await db
    .selectFrom("record_checkpoints")
    .selectAll()
    .where("size", "=", size)
    .executeTakeFirst();
  if (!checkpoint) throw notFound(`No checkpoint of size ${size}.`);
  const text = parseNote(checkpoint.note).text;
  let signature: ReturnType<typeof parseNote>["signatures"][number] | undefined;
  try {
    signature = parseNote(`${text}\n${line.trim()}\n`).signatures[0];
  } catch {
    signature = undefined;
  }
  if (!signature)
    throw invalid("The cosignature is not a signature line.", [
      { path: "/cosignature", message: "— name base64" },
    ]);
  const cosigner = await db
    .selectFrom("record_cosigners")
    .selectAll()
    .where("name", "=", signature.name)
    .executeTakeFirst();
  if (!cosigner || cosigner.nation !== nation)
    throw invalid(`No cosigner ${signature.name} of your nation is registered.`);
  const publicKey = decodeBase64(cosigner.public_key) ?? new Uint8Array();
  const time = verifyCosignature(text, signature, { name: cosigner.name, type: "cosignature", publicKey });
  if (time === undefined)
    throw invalid("The cosignature does not verify for this checkpoint.", [
      { path: "/cosignature", message: "bad signature" },
    ]);
  await db
    .insertInto("record_cosignatures")
    .values({ size, name: cosigner.name, line: line.trim(), created_at: now.toISOString() })
    .onConflict((oc) => oc.columns(["size", "name"]).doUpdateSet({ line: line.trim() }))
    .execute();
  return { size, name: cosigner.name, time };
}
