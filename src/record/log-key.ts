// The deployment's log key: an Ed25519 key in a PEM file, created on first start with mode 0600.

import type { KeyObject } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { generateEd25519KeyPair, privateKeyFromPem, privateKeyToPem, rawPublicKey } from "./note-keys.ts";

export interface LogSigner {
  /** The key name: the log's origin. */
  name: string;
  privateKey: KeyObject;
  publicKey: Uint8Array;
}

/** Reads the log key from `file`, creating it (0600) when it does not exist yet. */
export function loadOrCreateLogKey(file: string, origin: string): LogSigner {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    const pair = generateEd25519KeyPair();
    writeFileSync(file, privateKeyToPem(pair.privateKey), { mode: 0o600, flag: "wx" });
  }
  const privateKey = privateKeyFromPem(readFileSync(file, "utf8"));
  return { name: origin, privateKey, publicKey: rawPublicKey(privateKey) };
}
