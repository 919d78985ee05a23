// Loads a GET resource and reloads it on demand, keeping the last value on screen while it refreshes.
import { useCallback, useEffect, useState } from "react";
import { getJson } from "../app/api.ts";
import type { Problem } from "../app/problem.ts";
import { useSession } from "../app/session.ts";

export function useLive<T>(path: string) {
  const { expire } = useSession();
  const [value, setValue] = useState<T | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    void version;
    const controller = new AbortController();
    getJson<T>(path, controller.signal).then(
      (outcome) => {
        if (controller.signal.aborted) return;
        if (outcome.ok) {
          setValue(outcome.value);
          setProblem(null);
        } else {
          if (outcome.problem.status === 401) expire();
          setProblem(outcome.problem);
        }
      },
      () => undefined,
    );
    return () => controller.abort();
  }, [path, version, expire]);

  return { value, problem, reload, setValue };
}
