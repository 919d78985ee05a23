// Wall-clock arithmetic in IANA zones with Intl only: local date and minute of an instant, and back.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-CA", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

export interface WallClock {
  /** Local calendar date, "YYYY-MM-DD". */
  date: string;
  /** Minutes since local midnight. */
  minutes: number;
}

function partsOf(at: Date, zone: string) {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(at)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const get = (name: string) => parts[name] ?? 0;
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
    second: get("second"),
  };
}

/** The local date and time of `at` in `zone`. */
export function wallClockOf(at: Date, zone: string): WallClock {
  const p = partsOf(at, zone);
  const date = `${String(p.year).padStart(4, "0")}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
  return { date, minutes: p.hour * 60 + p.minute };
}

/** Milliseconds the zone is ahead of UTC at `at` (Seoul: +9 h). */
export function zoneOffsetMs(at: Date, zone: string): number {
  const p = partsOf(at, zone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/** Whole days from `from` to `to`, both "YYYY-MM-DD". */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** `date` ("YYYY-MM-DD") moved by `days`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The instant when the wall clock in `zone` reads `date` at `minutes` past midnight.
 * In a spring-forward gap the instant after the gap is returned.
 */
export function instantOf(date: string, minutes: number, zone: string): Date {
  const asUtc = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
  let guess = asUtc - zoneOffsetMs(new Date(asUtc), zone);
  guess = asUtc - zoneOffsetMs(new Date(guess), zone);
  return new Date(guess);
}

/** "HH:MM" → minutes since midnight. */
export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(":").map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}
