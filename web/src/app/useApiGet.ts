// Loads one GET resource for a page, reloads when its path changes, and ends the session on 401.
import { useCallback, useEffect, useState } from "react";
import { getJson } from "./api.ts";
import type { Problem } from "./problem.ts";
import { useSession } from "./session.ts";

export type Loadable<T> =
  | { state: "loading" }
  | { state: "ready"; value: T }
  | { state: "failed"; problem: Problem; retry: () => void };

export function useApiGet<T>(path: string): Loadable<T> {
  const { expire } = useSession();
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ key: string; loadable: Loadable<T> } | null>(null);
  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  const key = `${attempt} ${path}`;

  useEffect(() => {
    const controller = new AbortController();
    getJson<T>(path, controller.signal).then(
      (outcome) => {
        if (controller.signal.aborted) return;
        if (!outcome.ok && outcome.problem.status === 401) expire();
        const loadable: Loadable<T> = outcome.ok
          ? { state: "ready", value: outcome.value }
          : { state: "failed", problem: outcome.problem, retry };
        setResult({ key: `${attempt} ${path}`, loadable });
      },
      () => undefined, // aborted because the page changed; nothing to show
    );
    return () => controller.abort();
  }, [path, attempt, expire, retry]);

  // A result for an older path or attempt is stale: show loading until the new one arrives.
  return result && result.key === key ? result.loadable : { state: "loading" };
}
