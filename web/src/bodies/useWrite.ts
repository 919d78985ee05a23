// One write from a form: sends it with CSRF and a fresh idempotency key, remembers the problem if any.
import { useState } from "react";
import { newIdempotencyKey, sendJson } from "../app/api.ts";
import { fieldOf, type Problem } from "../app/problem.ts";
import { useSession } from "../app/session.ts";

export function useWrite() {
  const { session } = useSession();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  async function send<T>(method: "POST" | "PUT", path: string, body: unknown): Promise<T | null> {
    setBusy(true);
    setProblem(null);
    const result = await sendJson<T>(method, path, body, {
      csrfToken: session.csrfToken,
      idempotencyKey: newIdempotencyKey(),
    });
    setBusy(false);
    if (result.ok) return result.value;
    setProblem(result.problem);
    return null;
  }

  /** The server's message for one field ("/marking/classification" answers for "classification"). */
  const errorOf = (field: string) => problem?.errors?.find((e) => fieldOf(e.path) === field)?.message;

  return { send, problem, busy, errorOf };
}
