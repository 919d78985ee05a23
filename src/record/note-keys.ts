// Ed25519 key material for the record: generating key pairs, raw 32-byte public keys, and
// PKCS #8 PEM private keys, all through node:crypto.
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";

/** A fresh key pair: the raw public key to publish and the private key to keep. */
export type Ed25519KeyPair = { publicKey: Uint8Array; privateKey: KeyObject };

/** Generates an Ed25519 key pair. */
export function generateEd25519KeyPair(): Ed25519KeyPair {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  return { publicKey: rawPublicKey(publicKey), privateKey };
}

/** The raw 32-byte (RFC 8032) Ed25519 public key of a public or private key. */
export function rawPublicKey(key: KeyObject): Uint8Array {
  const publicKey = key.type === "private" ? createPublicKey(key) : key;
  if (publicKey.asymmetricKeyType !== "ed25519") throw new TypeError("not an Ed25519 key");
  const { x } = publicKey.export({ format: "jwk" });
  if (x === undefined) throw new TypeError("Ed25519 key has no public point");
  return Buffer.from(x, "base64url");
}

/** The Ed25519 public key whose raw 32-byte encoding is `raw`. */
export function publicKeyFromRaw(raw: Uint8Array): KeyObject {
  if (raw.length !== 32) throw new RangeError(`an Ed25519 public key has 32 bytes, not ${raw.length}`);
  const x = Buffer.from(raw).toString("base64url");
  return createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x }, format: "jwk" });
}

/** The PKCS #8 PEM encoding of an Ed25519 private key. */
export function privateKeyToPem(key: KeyObject): string {
  if (key.type !== "private" || key.asymmetricKeyType !== "ed25519")
    throw new TypeError("not an Ed25519 private key");
  return key.export({ format: "pem", type: "pkcs8" }).toString();
}

/** Reads an Ed25519 private key from PKCS #8 PEM; throws for any other kind of key. */
export function privateKeyFromPem(pem: string): KeyObject {
  const key = createPrivateKey({ key: pem, format: "pem" });
  if (key.asymmetricKeyType !== "ed25519") throw new TypeError("not an Ed25519 private key");
  return key;
}
