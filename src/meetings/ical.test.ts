import { describe, expect, it } from "vitest";
import { escapeText, fold, offsetMinutes, renderCalendar, transitionsOf } from "./ical.ts";

const event = {
  uid: "m1@entente",
  summary: "High-Level Disarmament and Non-Proliferation Consultation",
  location: "U.S. Department of State, Washington, D.C.",
  description: "held",
  startsAt: "2021-10-26T14:00:00.000Z",
  endsAt: "2021-10-26T16:00:00.000Z",
  timeZone: "America/New_York",
  status: "CONFIRMED" as const,
  updatedAt: "2021-10-26T16:00:00.000Z",
};

describe("iCalendar rendering", () => {
  it("reads offsets and finds daylight-saving transitions", () => {
    expect(offsetMinutes("Asia/Seoul", Date.parse("2021-10-26T00:00:00Z"))).toBe(540);
    expect(offsetMinutes("America/New_York", Date.parse("2021-10-26T00:00:00Z"))).toBe(-240);
    const t = transitionsOf(
      "America/New_York",
      Date.parse("2021-01-01T00:00:00Z"),
      Date.parse("2021-12-31T00:00:00Z"),
    );
    expect(t.map((x) => new Date(x.at).toISOString())).toEqual([
      "2021-03-14T07:00:00.000Z",
      "2021-11-07T06:00:00.000Z",
    ]);
    expect(
      transitionsOf("Asia/Seoul", Date.parse("2021-01-01T00:00:00Z"), Date.parse("2023-01-01T00:00:00Z")),
    ).toEqual([]);
  });

  it("writes local times with TZID and a matching VTIMEZONE, CRLF lines", () => {
    const ics = renderCalendar(
      "DNP",
      [event, { ...event, uid: "m2@entente", timeZone: "Asia/Seoul" }],
      new Date("2026-11-26T00:00:00Z"),
    );
    expect(ics).toContain("DTSTART;TZID=America/New_York:20211026T100000\r\n");
    expect(ics).toContain("DTEND;TZID=America/New_York:20211026T120000\r\n");
    expect(ics).toContain("DTSTART;TZID=Asia/Seoul:20211026T230000\r\n");
    expect(ics).toContain("BEGIN:VTIMEZONE\r\nTZID:America/New_York\r\n");
    expect(ics).toContain(
      "BEGIN:DAYLIGHT\r\nDTSTART:20210314T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400",
    );
    expect(ics).toContain(
      "BEGIN:STANDARD\r\nDTSTART:20211107T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500",
    );
    expect(ics).toContain(
      "TZID:Asia/Seoul\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0900",
    );
    expect(ics).toContain("LOCATION:U.S. Department of State\\, Washington\\, D.C.");
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  });

  it("escapes text and folds long lines without splitting Korean characters", () => {
    expect(escapeText("a;b,c\\d\ne")).toBe("a\\;b\\,c\\\\d\\ne");
    const folded = fold(`SUMMARY:${"핵협의그룹".repeat(10)}`);
    const lines = folded.split("\r\n ");
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    expect(lines.join("")).toBe(`SUMMARY:${"핵협의그룹".repeat(10)}`);
  });
});
