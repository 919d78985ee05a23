// The access pages' strings (namespace "access", English and Korean) and a small loader hook.
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { callApi, type Outcome } from "./accessApi.ts";
import en from "./en.json" with { type: "json" };
import ko from "./ko.json" with { type: "json" };

const namespace = "access";

/** `t` for the access pages; their strings are added to i18next on first use. */
export function useAccessText() {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle("en", namespace)) {
    i18n.addResourceBundle("en", namespace, en);
    i18n.addResourceBundle("ko", namespace, ko);
  }
  return useTranslation(namespace).t;
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
