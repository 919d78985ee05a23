// RFC 5545 iCalendar rendering of sessions: local times with TZID and a VTIMEZONE built from the
// zone's real transitions (read from the runtime's IANA data), so calendars show the right hour.

export interface CalendarEvent {
  uid: string;
  summary: string;
  location: string;
  description: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  status: "CONFIRMED" | "TENTATIVE" | "CANCELLED";
  updatedAt: string;
}

/** Offset of `zone` from UTC at `instant`, in minutes (Seoul: 540). */
export function offsetMinutes(zone: string, instant: number): number {
  const name = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })
    .formatToParts(new Date(instant))
    .find((part) => part.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? "");
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}

/** "20211026T100000": wall-clock time of `instant` shifted by `offset` minutes. */
function wallClock(instant: number, offset: number): string {
  return new Date(instant + offset * 60_000).toISOString().replace(/[-:]/g, "").slice(0, 15);
}

const utcStamp = (instant: number) => `${wallClock(instant, 0)}Z`;

const formatOffset = (minutes: number) => {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}${String(abs % 60).padStart(2, "0")}`;
};

export interface Transition {
  at: number;
  from: number;
  to: number;
}

/** The zone's offset changes between two instants, found day by day and narrowed to the minute. */
export function transitionsOf(zone: string, from: number, to: number): Transition[] {
  const day = 86_400_000;
  const found: Transition[] = [];
  let previous = offsetMinutes(zone, from);
  for (let t = from + day; t <= to; t += day) {
    const current = offsetMinutes(zone, t);
    if (current === previous) continue;
    let low = t - day;
    let high = t;
    while (high - low > 60_000) {
      const middle = low + Math.floor((high - low) / 120_000) * 60_000;
      if (offsetMinutes(zone, middle) === previous) low = middle;
      else high = middle;
    }
    found.push({ at: high, from: previous, to: current });
    previous = current;
  }
  return found;
}

function vtimezone(zone: string, from: number, to: number): string[] {
  const transitions = transitionsOf(zone, from, to);
  const lines = ["BEGIN:VTIMEZONE", `TZID:${zone}`];
  if (transitions.length === 0) {
    const offset = formatOffset(offsetMinutes(zone, from));
    lines.push("BEGIN:STANDARD", "DTSTART:19700101T000000", `TZOFFSETFROM:${offset}`, `TZOFFSETTO:${offset}`);
    lines.push("END:STANDARD");
  }
  for (const t of transitions) {
    const kind = t.to > t.from ? "DAYLIGHT" : "STANDARD";
    lines.push(`BEGIN:${kind}`, `DTSTART:${wallClock(t.at, t.from)}`);
    lines.push(`TZOFFSETFROM:${formatOffset(t.from)}`, `TZOFFSETTO:${formatOffset(t.to)}`, `END:${kind}`);
  }
  lines.push("END:VTIMEZONE");
  return lines;
}

/** TEXT escaping of RFC 5545 §3.3.11. */
export const escapeText = (text: string) =>
  text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");

/** Folds a content line at 75 octets without splitting a UTF-8 character (§3.1). */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** The whole calendar, CRLF-terminated. */
export function renderCalendar(name: string, events: readonly CalendarEvent[], now: Date): string {
  const year = 365 * 86_400_000;
  const zones = [...new Set(events.map((e) => e.timeZone))].sort();
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Entente//Sessions//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(name)}`,
  ];
  for (const zone of zones) {
    const times = events
      .filter((e) => e.timeZone === zone)
      .flatMap((e) => [Date.parse(e.startsAt), Date.parse(e.endsAt)]);
    lines.push(...vtimezone(zone, Math.min(...times) - year, Math.max(...times) + year));
  }
  for (const event of events) {
    const starts = Date.parse(event.startsAt);
    const ends = Date.parse(event.endsAt);
    lines.push(
      "BEGIN:VEVENT",
      `UID:${event.uid}`,
      `DTSTAMP:${utcStamp(now.getTime())}`,
      `LAST-MODIFIED:${utcStamp(Date.parse(event.updatedAt))}`,
      `DTSTART;TZID=${event.timeZone}:${wallClock(starts, offsetMinutes(event.timeZone, starts))}`,
      `DTEND;TZID=${event.timeZone}:${wallClock(ends, offsetMinutes(event.timeZone, ends))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `LOCATION:${escapeText(event.location)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      `STATUS:${event.status}`,
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(fold).join("\r\n")}\r\n`;
}
