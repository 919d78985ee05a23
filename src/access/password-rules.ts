// NIST SP 800-63B-4 password acceptance: length by how the account signs in, a blocklist, no composition rules.
import { readFileSync } from "node:fs";
import type { FieldProblem } from "../app/errors.ts";

/** At least 15 characters where the password alone signs in; 12 where a second factor is required. */
export function minimumPasswordLength(secondFactorRequired: boolean): number {
  return secondFactorRequired ? 12 : 15;
}

export const maximumPasswordLength = 256;

/** The blocklist, read once on first use from the file shipped beside this module. */
let blocklist: Set<string> | undefined;
function commonPasswords(): Set<string> {
  blocklist ??= new Set(
    readFileSync(new URL("./common-passwords.txt", import.meta.url), "utf8")
      .split("\n")
      .filter((line) => line !== "" && !line.startsWith("#")),
  );
  return blocklist;
}

export const normalizePassword = (password: string) => password.normalize("NFKC");

/** Why `password` is refused (empty when accepted); `path` names the input field. */
export function passwordProblems(
  password: string,
  context: { username: string; secondFactorRequired: boolean; path?: string },
): FieldProblem[] {
  const path = context.path ?? "/password";
  const normalized = normalizePassword(password);
  const length = [...normalized].length;
  const minimum = minimumPasswordLength(context.secondFactorRequired);
  if (length < minimum) return [{ path, message: `must be at least ${minimum} characters` }];
  if (length > maximumPasswordLength)
    return [{ path, message: `must be at most ${maximumPasswordLength} characters` }];
  const lower = normalized.toLowerCase();
  if (commonPasswords().has(lower) || commonPasswords().has(lower.replace(/\s+/g, "")))
    return [{ path, message: "is a commonly used or breached password; choose another" }];
  const username = context.username.toLowerCase();
  if (username.length >= 4 && lower.includes(username))
    return [{ path, message: "must not contain the username" }];
  if (new Set(lower).size < 4) return [{ path, message: "repeats too few different characters" }];
  return [];
}
