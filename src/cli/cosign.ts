// The witness side of cosigning: fetch the checkpoint, prove it extends the last one we cosigned, sign, post.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { verifyConsistency } from "../record/merkle-verify.ts";
import { decodeBase64, formatNote } from "../record/note.ts";
import { parseCheckpoint } from "../record/note-checkpoint.ts";
import { cosignCheckpoint } from "../record/note-cosignature.ts";
import { privateKeyFromPem } from "../record/note-keys.ts";
import { verifyNote } from "../record/note-verify.ts";

interface WitnessState {
  size: number;
  root: string;
}

export async function cosignFromWitness(o: { key: string; name: string; url: string; token: string }) {
  const headers = { authorization: `Bearer ${o.token}` };
  const get = async (path: string) => {
    const response = await fetch(new URL(path, o.url), { headers });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response;
  };
  const keys = (await (await get("/api/v1/record/keys")).json()) as { origin: string; logPublicKey: string };
  const note = await (await get("/api/v1/record/checkpoint")).text();
  const logKey = decodeBase64(keys.logPublicKey);
  if (!logKey) throw new Error("The server published no log key.");
  const verdict = verifyNote(note, [{ name: keys.origin, type: "ed25519", publicKey: logKey }]);
  if (!verdict.ok) throw new Error(`The checkpoint's log signature does not verify: ${verdict.problem}`);
  const checkpoint = parseCheckpoint(verdict.text);
  const stateFile = `${o.key}.state.json`;
  const last: WitnessState | undefined = existsSync(stateFile)
    ? JSON.parse(readFileSync(stateFile, "utf8"))
    : undefined;
  if (last) {
    const proof = (await (
      await get(`/api/v1/record/proof/consistency?from=${last.size}&to=${checkpoint.size}`)
    ).json()) as { proof: string[] };
    const hashes = proof.proof.map((h) => decodeBase64(h) ?? new Uint8Array());
    if (
      !verifyConsistency(
        last.size,
        checkpoint.size,
        hashes,
        decodeBase64(last.root) ?? new Uint8Array(),
        checkpoint.rootHash,
      )
    ) {
      throw new Error(
        `The log is NOT consistent with the checkpoint of size ${last.size} this witness cosigned. Do not cosign; raise it.`,
      );
    }
  }
  const privateKey = privateKeyFromPem(readFileSync(o.key, "utf8"));
  const signature = cosignCheckpoint(
    verdict.text,
    { name: o.name, privateKey },
    Math.floor(Date.now() / 1000),
  );
  const line = formatNote({ text: verdict.text, signatures: [signature] })
    .slice(verdict.text.length + 1)
    .trim();
  const response = await fetch(new URL("/api/v1/record/cosignatures", o.url), {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: JSON.stringify({ size: checkpoint.size, cosignature: line }),
  });
  if (!response.ok)
    throw new Error(`Posting the cosignature failed: ${response.status} ${await response.text()}`);
  const rootBase64 = Buffer.from(checkpoint.rootHash).toString("base64");
  writeFileSync(
    stateFile,
    JSON.stringify({ size: checkpoint.size, root: rootBase64 } satisfies WitnessState),
  );
  return { size: checkpoint.size, rootBase64 };
}
