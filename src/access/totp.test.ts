import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import {
  acceptedTotpStep,
  looksLikeRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  recoveryCodeHash,
  totpUri,
} from "./totp.ts";

const now = new Date(Date.UTC(2026, 10, 26, 3, 0, 10));
const epoch = Math.floor(now.getTime() / 1000);

describe("TOTP and recovery codes", () => {
  it("accepts the current code once a step, and refuses a replay of that step", async () => {
    const secret = newTotpSecret();
    const code = await generate({ secret, epoch });
    const step = await acceptedTotpStep(secret, code, now, null);
    expect(step).toBe(Math.floor(epoch / 30));
    expect(await acceptedTotpStep(secret, code, now, step)).toBeNull();
  });

  it("allows one step of clock drift but refuses an expired code", async () => {
    const secret = newTotpSecret();
    const previous = await generate({ secret, epoch: epoch - 30 });
    const stale = await generate({ secret, epoch: epoch - 120 });
    expect(await acceptedTotpStep(secret, previous, now, null)).not.toBeNull();
    expect(await acceptedTotpStep(secret, stale, now, null)).toBeNull();
    expect(await acceptedTotpStep(secret, "12345", now, null)).toBeNull();
    expect(await acceptedTotpStep(secret, "abcdef", now, null)).toBeNull();
  });

  it("writes the otpauth URI an authenticator app reads", () => {
    expect(totpUri("kor.duty", "JBSWY3DPEHPK3PXP")).toBe(
      "otpauth://totp/Entente:kor.duty?secret=JBSWY3DPEHPK3PXP&issuer=Entente",
    );
  });

  it("makes ten distinct recovery codes whose hash ignores case and dashes", () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(looksLikeRecoveryCode(code)).toBe(true);
    const [first = ""] = codes;
    expect(recoveryCodeHash(first.toUpperCase().replace("-", ""))).toBe(recoveryCodeHash(first));
  });
});
