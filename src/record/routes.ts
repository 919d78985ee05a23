// The record's API: signed checkpoint, inclusion and consistency proofs, readable entries, cosigning.
import { Type } from "typebox";
import { authorize } from "../access/policy.ts";
import type { App, AppDeps } from "../app/deps.ts";
import { invalid } from "../app/errors.ts";
import { actorOf, commandOptions, problemResponses } from "../app/http.ts";
import { runCommand } from "../pipeline/run-command.ts";
import { checkpointWithCosignatures, makeCheckpoint, treeRoot } from "./checkpoints.ts";
import { addCosignature, registerCosigner } from "./cosigners.ts";
import { visibleEntries } from "./entries.ts";
import { recordSize } from "./log.ts";
import { consistencyProof, inclusionProof } from "./merkle-proofs.ts";
import { databaseNodeReader } from "./node-store.ts";
import { formatVkey } from "./note.ts";

const tags = ["record"];
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
const Size = Type.Integer({ minimum: 0 });

export function recordRoutes(app: App, { store, pipeline, signer }: AppDeps) {
  const { db } = store;

  async function sizeWithin(size: number, what: string) {
    const current = await recordSize(db);
    if (size > current)
      throw invalid(`${what} ${size} is beyond the record's ${current} entries.`, [
        { path: `/query/${what}`, message: "too large" },
      ]);
  }

  app.get(
    "/api/v1/record/checkpoint",
    { schema: { tags, summary: "Latest signed checkpoint (C2SP signed note)", produces: ["text/plain"] } },
    async (request, reply) => {
      authorize(request.actor, "record.read");
      const checkpoint = await makeCheckpoint(db, signer, pipeline.now());
      return reply.type("text/plain; charset=utf-8").send(await checkpointWithCosignatures(db, checkpoint));
    },
  );

  app.get(
    "/api/v1/record/keys",
    { schema: { tags, summary: "The log key and the nations' cosigner keys (vkeys)" } },
    async (request) => {
      authorize(request.actor, "record.read");
      const cosigners = await db.selectFrom("record_cosigners").selectAll().orderBy("name").execute();
      return {
        origin: signer.name,
        log: formatVkey({ name: signer.name, type: "ed25519", publicKey: signer.publicKey }),
        logPublicKey: b64(signer.publicKey),
        cosigners: cosigners.map((c) => ({ name: c.name, nation: c.nation, publicKey: c.public_key })),
      };
    },
  );

  app.get(
    "/api/v1/record/proof/inclusion",
    {
      schema: {
        tags,
        summary: "Inclusion proof of entry `index` in the tree of `size`",
        querystring: Type.Object({ index: Size, size: Type.Integer({ minimum: 1 }) }),
      },
    },
    async (request) => {
      authorize(request.actor, "record.read");
      const { index, size } = request.query;
      await sizeWithin(size, "size");
      if (index >= size)
        throw invalid("index must be below size.", [{ path: "/query/index", message: "must be < size" }]);
      const read = databaseNodeReader(db);
      const proof = await inclusionProof(index, size, read);
      const [leaf] = await read([{ level: 0, index }]);
      return {
        index,
        size,
        leafHash: leaf ? Buffer.from(leaf).toString("hex") : "",
        rootHash: b64(await treeRoot(db, size)),
        proof: proof.map(b64),
      };
    },
  );

  app.get(
    "/api/v1/record/proof/consistency",
    {
      schema: {
        tags,
        summary: "Consistency proof between tree sizes `from` and `to`",
        querystring: Type.Object({ from: Size, to: Size }),
      },
    },
    async (request) => {
      authorize(request.actor, "record.read");
      const { from, to } = request.query;
      await sizeWithin(to, "to");
      if (from > to)
        throw invalid("from must not exceed to.", [{ path: "/query/from", message: "must be ≤ to" }]);
      const proof = await consistencyProof(from, to, databaseNodeReader(db));
      return {
        from,
        to,
        oldRoot: b64(await treeRoot(db, from)),
        newRoot: b64(await treeRoot(db, to)),
        proof: proof.map(b64),
      };
    },
  );

  app.get(
    "/api/v1/record/entries",
    {
      schema: {
        tags,
        summary: "Entries [start, end): whole where you may read them, else the leaf hash",
        querystring: Type.Object({ start: Type.Optional(Size), end: Type.Optional(Size) }),
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, "record.read");
      const size = await recordSize(db);
      const start = request.query.start ?? Math.max(0, size - 100);
      const end = Math.min(request.query.end ?? size, start + 1000, size);
      return { size, start, end, entries: await visibleEntries(db, actor, start, end) };
    },
  );

  app.post(
    "/api/v1/record/cosigners",
    {
      schema: {
        tags,
        summary: "Register your nation's witness key",
        body: registerCosigner.input,
        response: {
          201: Type.Object({ name: Type.String(), nation: Type.String(), publicKey: Type.String() }),
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const { result } = await runCommand(
        pipeline,
        actorOf(request),
        registerCosigner,
        request.body,
        commandOptions(request),
      );
      return reply.code(201).send(result);
    },
  );

  app.post(
    "/api/v1/record/cosignatures",
    {
      schema: {
        tags,
        summary: "Add your nation's cosignature to a checkpoint",
        body: Type.Object(
          { size: Size, cosignature: Type.String({ minLength: 1, maxLength: 500 }) },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, "record.audit");
      const nation = actor.kind === "user" ? actor.nation : "";
      return addCosignature(db, nation, request.body.size, request.body.cosignature, pipeline.now());
    },
  );
}
