// A few-line history router: the URL is the state, pushState changes it, a hook reads it.
import { useMemo, useSyncExternalStore } from "react";

const navigateEvent = "entente:navigate";
let navigations = 0;

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(navigateEvent, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(navigateEvent, onChange);
  };
}

function currentUrl(): string {
  return window.location.pathname + window.location.search;
}

export type Location = { path: string; query: URLSearchParams };

/** The current path and query; components re-render when either changes. */
export function useLocation(): Location {
  const url = useSyncExternalStore(subscribe, currentUrl);
  return useMemo(() => {
    const parsed = new URL(url, window.location.origin);
    return { path: parsed.pathname, query: parsed.searchParams };
  }, [url]);
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === currentUrl()) return;
  navigations += 1;
  if (options.replace) window.history.replaceState(null, "", to);
  else window.history.pushState(null, "", to);
  window.dispatchEvent(new Event(navigateEvent));
}

/** True once the user has moved between pages, so a new page may take focus without surprising anyone. */
export function hasNavigated(): boolean {
  return navigations > 0;
}

window.addEventListener("popstate", () => {
  navigations += 1;
});
