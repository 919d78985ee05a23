// TOTP (RFC 6238) through otplib, and recovery codes: made, shown once, stored as hashes.
import { randomInt } from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";
import { sha256Hex } from "./sessions.ts";

export const newTotpSecret = (): string => generateSecret();

/** The otpauth:// URI an authenticator app reads (as text or as a QR code). */
export const totpUri = (username: string, secret: string, issuer = "Entente"): string =>
  generateURI({ issuer, label: username, secret });

/**
 * The time step `code` belongs to when it is valid at `now` (one step of drift either way) and
 * later than `afterStep`; null otherwise. Storing the step returned refuses a replay of the code.
 */
export async function acceptedTotpStep(
  secret: string,
  code: string,
  now: Date,
  afterStep: number | null,
): Promise<number | null> {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const result = await verify({
    secret,
    token,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: 30,
    ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

/** Ten codes like "k7m2p-x9qrt": 10 characters of a 31-letter alphabet, about 50 bits each. */
export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => alphabet[randomInt(alphabet.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

export const looksLikeRecoveryCode = (code: string) => /^[a-z0-9]{5}-?[a-z0-9]{5}$/i.test(code.trim());

export const recoveryCodeHash = (code: string) => sha256Hex(code.trim().toLowerCase().replace(/-/g, ""));
