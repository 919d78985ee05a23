// Password sign-in with throttling and the second factor. Every outcome goes on the record, and a
// refusal reads the same whether or not the account exists.
import type { AppDeps } from "../app/deps.ts";
import { DomainError, tooManyRequests, unauthorized } from "../app/errors.ts";
import { runCommand } from "../pipeline/run-command.ts";
import { systemActor, type UserActor } from "./actor.ts";
import { recordLockout, recordSignIn, recordSignInFailure } from "./commands.ts";
import { decoyHash, verifyPassword } from "./passwords.ts";
import { loadUserActor } from "./queries.ts";
import { consumeRecoveryCode, consumeTotpCode, secondFactorsOf } from "./second-factors.ts";
import { accountKey, addressKey, clearFailures, countFailure, lockedFor } from "./throttle.ts";
import { signInLimits } from "./throttle-rules.ts";
import { looksLikeRecoveryCode } from "./totp.ts";

export const failedSignIn = "The username or password is not right. Check both and try again.";
const lockedMessage =
  "Too many sign-in attempts. Wait until the time in Retry-After has passed, then try again.";

export interface SignInAttempt {
  username: string;
  password: string;
  code?: string | undefined;
  address: string | null;
}

/** Who signed in and how ("password", "password+totp", "password+recovery-code"). */
export interface SignedIn {
  actor: UserActor;
  via: string;
}

export async function signInWithPassword(deps: AppDeps, attempt: SignInAttempt): Promise<SignedIn> {
  const { store, pipeline, config } = deps;
  const db = store.db;
  const now = pipeline.now();
  const username = attempt.username.trim().toLowerCase();
  const keys = { account: accountKey(username), address: addressKey(attempt.address) };
  const wait = await lockedFor(db, [keys.account, keys.address], now);
  if (wait > 0) throw tooManyRequests(lockedMessage, wait);

  const found = await loadUserActor(db, { username }, "session");
  const actor = found && !(found.demo && config.production) ? found : undefined;
  const credential = actor
    ? await db
        .selectFrom("user_credentials")
        .selectAll()
        .where("user_id", "=", actor.userId)
        .executeTakeFirst()
    : undefined;
  // Always hash once, so the answer takes as long whether or not the account exists.
  const passwordOk = await verifyPassword(attempt.password, credential?.password_hash ?? (await decoyHash()));

  async function refuse(reason: string, message: string): Promise<never> {
    const nation = actor?.nation ?? null;
    const userId = actor?.userId ?? null;
    await runCommand(pipeline, systemActor("sign-in", nation), recordSignInFailure, {
      userId,
      nation,
      via: "password",
      address: attempt.address,
      reason,
    });
    for (const scope of ["account", "address"] as const) {
      const counted = await countFailure(db, keys[scope], signInLimits[scope], pipeline.now());
      if (counted.lockedNow && counted.lockedUntil) {
        await runCommand(pipeline, systemActor("sign-in", nation), recordLockout, {
          nation,
          lockout: { userId, scope, address: attempt.address, until: counted.lockedUntil },
        });
      }
    }
    throw unauthorized(message);
  }

  if (!actor || !credential || !passwordOk)
    return refuse(actor ? "wrong password" : "unknown username", failedSignIn);

  const factors = await secondFactorsOf(db, actor.userId);
  let via = "password";
  if (factors.totp) {
    const code = attempt.code?.trim();
    if (!code) {
      throw new DomainError(
        "unauthorized",
        "Enter the 6-digit code from your authenticator app, or a recovery code.",
        [{ path: "/code", message: "is required for this account" }],
        { secondFactor: "totp" },
      );
    }
    if (await consumeTotpCode(db, actor.userId, code, now)) via = "password+totp";
    else if (looksLikeRecoveryCode(code) && (await consumeRecoveryCode(db, actor.userId, code, now)))
      via = "password+recovery-code";
    else
      return refuse(
        "wrong second factor",
        "That code is not right, or it was already used. Wait for the next code.",
      );
  } else if (factors.passkeys > 0) {
    throw new DomainError("unauthorized", "This account signs in with its passkey.", [], {
      secondFactor: "passkey",
    });
  }

  await clearFailures(db, keys.account);
  await runCommand(pipeline, actor, recordSignIn, {
    userId: actor.userId,
    nation: actor.nation,
    via,
    address: attempt.address,
  });
  return { actor, via };
}
