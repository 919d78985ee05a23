// Readouts: the public account of a held session, drafted only from outcomes marked PUBLIC, in the
// seed documents' form (numbered points with ○ sub-points), in English and Korean.
import { type Static, Type } from "typebox";
import type { Marking } from "../access/marking.ts";

export interface DraftSource {
  body: { nameEn: string; nameKo: string; memberNations: string[] };
  meeting: { startsAt: string; timeZone: string; placeEn: string; placeKo: string; marking: Marking };
  participants: { nation: string; nameEn: string; nameKo: string; titleEn: string; titleKo: string }[];
  agenda: { id: string; titleEn: string; titleKo: string; marking: Marking }[];
  outcomes: { agendaItemId: string; textEn: string; textKo: string; marking: Marking }[];
}

export interface ReadoutText {
  titleEn: string;
  titleKo: string;
  textEn: string;
  textKo: string;
}

/** PUBLIC, and releasable to every member nation: the only material a readout may carry. */
export function isPublic(marking: Marking, memberNations: readonly string[]): boolean {
  return marking.classification === "PUBLIC" && memberNations.every((n) => marking.releasableTo.includes(n));
}

const sideNames: Record<string, [string, string]> = { KOR: ["the ROK", "한국"], USA: ["the U.S.", "미국"] };
const sideOf = (nation: string) => sideNames[nation] ?? [nation, nation];

/** Korean object/topic particles follow the last syllable: 을/를, 은/는, 과/와. */
export function particle(word: string, afterConsonant: string, afterVowel: string): string {
  const last = word.trim().at(-1) ?? "";
  const code = last.charCodeAt(0) - 0xac00;
  const hasFinal = code >= 0 && code <= 11171 && code % 28 !== 0;
  return word + (hasFinal ? afterConsonant : afterVowel);
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function localDate(iso: string, zone: string, locale: string) {
  const options: Intl.DateTimeFormatOptions = {
    timeZone: zone,
    month: "long",
    day: "numeric",
    year: "numeric",
  };
  return new Intl.DateTimeFormat(locale, options).format(new Date(iso));
}

function openingPoint(source: DraftSource): [string, string] {
  const { body, meeting } = source;
  const sidesEn = body.memberNations.map((n) => sideOf(n)[0]).join(" and ");
  const sidesKo = body.memberNations.map((n) => sideOf(n)[1]).join("과 ");
  // The session's place, date and attendance are its own material: used only when the session is public.
  if (!isPublic(meeting.marking, body.memberNations) || source.participants.length === 0) {
    return [
      `1. ${capitalized(sidesEn)} held a session of the ${body.nameEn}.`,
      `1. ${particle(sidesKo, "은", "는")} ${particle(body.nameKo, "을", "를")} 개최하였다.`,
    ];
  }
  const whoEn = source.participants.map((p) => `${sideOf(p.nation)[0]} ${p.titleEn} ${p.nameEn}`);
  const whoKo = source.participants.map((p) => `${p.titleKo} ${p.nameKo}`);
  const dateEn = localDate(meeting.startsAt, meeting.timeZone, "en-US");
  const dateKo = localDate(meeting.startsAt, meeting.timeZone, "ko-KR");
  return [
    `1. ${capitalized(whoEn.join(" and "))} held the ${body.nameEn} at ${meeting.placeEn} on ${dateEn}.`,
    `1. ${particle(whoKo.join("과 "), "은", "는")} ${dateKo} ${meeting.placeKo}에서 ${particle(body.nameKo, "을", "를")} 개최하였다.`,
  ];
}

/** Drafts the readout from PUBLIC outcomes only; agenda titles appear only when themselves PUBLIC. */
export function draftReadout(source: DraftSource): ReadoutText {
  const members = source.body.memberNations;
  const [openEn, openKo] = openingPoint(source);
  const pointsEn = [openEn];
  const pointsKo = [openKo];
  const publicOutcomes = source.outcomes.filter((o) => isPublic(o.marking, members));
  const unnamed: typeof publicOutcomes = [];
  for (const item of source.agenda) {
    const under = publicOutcomes.filter((o) => o.agendaItemId === item.id);
    if (under.length === 0) continue;
    if (!isPublic(item.marking, members)) {
      unnamed.push(...under);
      continue;
    }
    const n = pointsEn.length + 1;
    pointsEn.push([`${n}. On ${item.titleEn}:`, ...under.map((o) => `○ ${o.textEn}`)].join("\n\n"));
    pointsKo.push([`${n}. ${item.titleKo} 관련`, ...under.map((o) => `○ ${o.textKo}`)].join("\n\n"));
  }
  const known = new Set(source.agenda.map((item) => item.id));
  unnamed.push(...publicOutcomes.filter((o) => !known.has(o.agendaItemId)));
  if (unnamed.length > 0) {
    const n = pointsEn.length + 1;
    pointsEn.push(
      [`${n}. The two sides also agreed as follows.`, ...unnamed.map((o) => `○ ${o.textEn}`)].join("\n\n"),
    );
    pointsKo.push(
      [`${n}. 양측은 또한 다음과 같이 합의하였다.`, ...unnamed.map((o) => `○ ${o.textKo}`)].join("\n\n"),
    );
  }
  const sidesEn = members.map((n) => sideOf(n)[0]).join(" and ");
  const sidesKo = members.map((n) => sideOf(n)[1]).join(", ");
  return {
    titleEn: `${capitalized(sidesEn.replace(/^the /, ""))} hold a ${source.body.nameEn}`,
    titleKo: `${sidesKo}, ${source.body.nameKo} 개최`,
    textEn: pointsEn.join("\n\n"),
    textKo: pointsKo.join("\n\n"),
  };
}

const normalized = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase();

/**
 * The first fragment of restricted material (a whole text, or a sentence of 12+ characters) found in
 * `text`, or null. Guards edits: a person editing a readout cannot paste in what is not PUBLIC.
 */
export function leakedFragment(text: string, restricted: readonly string[]): string | null {
  const haystack = normalized(text);
  for (const source of restricted) {
    const fragments = [source, ...source.split(/(?<=[.!?。])\s+|\n+/)];
    for (const fragment of fragments) {
      const needle = normalized(fragment);
      if (needle.length >= 12 || (needle.length > 0 && needle === normalized(source) && needle.length >= 4)) {
        if (haystack.includes(needle)) return fragment.trim();
      }
    }
  }
  return null;
}

export const ReadoutEditInput = Type.Object(
  {
    readoutId: Type.String({ minLength: 1 }),
    titleEn: Type.String({ minLength: 1, maxLength: 300 }),
    titleKo: Type.String({ minLength: 1, maxLength: 300 }),
    textEn: Type.String({ minLength: 1, maxLength: 50_000 }),
    textKo: Type.String({ minLength: 1, maxLength: 50_000 }),
    version: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);

export const Readout = Type.Object({
  id: Type.String(),
  meetingId: Type.String(),
  bodyId: Type.String(),
  titleEn: Type.String(),
  titleKo: Type.String(),
  textEn: Type.String(),
  textKo: Type.String(),
  version: Type.Integer(),
  status: Type.String(),
  updatedAt: Type.String(),
  publishedAt: Type.Union([Type.String(), Type.Null()]),
});
export type Readout = Static<typeof Readout>;
