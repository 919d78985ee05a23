// The access pages' strings ("access" in the i18n files), a small loader hook, and both capitals' times.
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { callApi, type Outcome } from "./accessApi.ts";
/** `t` for the access and admin pages: their strings live under "access" in web/src/i18n/{en,ko}.json. */
export function useAccessText() {
  return useTranslation("translation", { keyPrefix: "access" }).t;
}

/** GETs `path`; `reload` fetches it again after a change. */
export function useLoad<T>(path: string) {
  const [outcome, setOutcome] = useState<Outcome<T> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new `attempt` is what reloads.
  useEffect(() => {
    let live = true;
    void callApi<T>("GET", path).then((result) => {
      if (live) setOutcome(result);
    });
    return () => {
      live = false;
    };
  }, [path, attempt]);
  return { outcome, reload };
}

/** An instant in both capitals' local time, for the "times" string: every time shown names both. */
export function capitalTimes(iso: string, language: string): { seoul: string; washington: string } {
  const at = new Date(iso);
  const format = (timeZone: string) =>
    new Intl.DateTimeFormat(language, { timeZone, dateStyle: "medium", timeStyle: "short" }).format(at);
  return { seoul: format("Asia/Seoul"), washington: format("America/New_York") };
}
