// Wall-clock time in a named IANA zone, for the capitals' clocks and each person's local time.
import { useEffect, useState } from "react";

export const seoulZone = "Asia/Seoul";
export const washingtonZone = "America/New_York";

// ICU names Korea's zone "GMT+9" in every locale; officials say KST. Korea keeps no daylight time,
// so the abbreviation never changes. Zones with daylight time take their name from Intl.
const fixedAbbreviations: Readonly<Record<string, string>> = { [seoulZone]: "KST" };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, found);
  }
  return found;
}

function zoneAbbreviation(at: Date, timeZone: string): string {
  const fixed = fixedAbbreviations[timeZone];
  if (fixed) return fixed;
  const parts = formatter("en-US", { timeZone, timeZoneName: "short" }).formatToParts(at);
  return parts.find((part) => part.type === "timeZoneName")?.value ?? timeZone;
}

export type ZoneTime = {
  /** "03:12", 24-hour */
  time: string;
  /** "Thu, Jan 16" or "1월 16일 (목)" */
  day: string;
  /** "KST", "EST", "EDT", "GMT+1" */
  zone: string;
};

/** The wall-clock time at an instant in a zone, or null when the zone name is not a real IANA zone. */
export function zoneTime(at: Date, timeZone: string, locale: string): ZoneTime | null {
  try {
    return {
      time: formatter(locale, { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at),
      day: formatter(locale, { timeZone, weekday: "short", month: "short", day: "numeric" }).format(at),
      zone: zoneAbbreviation(at, timeZone),
    };
  } catch {
    return null;
  }
}

/** The current time, refreshed every `intervalMs` (30 s by default). */
export function useNow(intervalMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
