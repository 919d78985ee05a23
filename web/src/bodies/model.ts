// Bodies as the API returns them, and the paths of their pages and resources.
export type MarkingValue = { classification: string; releasableTo: string[] };

export type Body = {
  id: string;
  acronym: string;
  nameEn: string;
  nameKo: string;
  memberNations: string[];
  classification: string;
  cadence: string | null;
};

export type BodyMember = { personId: string; role: string };
export type BodyDetail = Body & { members: BodyMember[] };

export const bodyPage = (id: string) => `/bodies/${encodeURIComponent(id)}`;
export const bodyApi = (id: string) => `/bodies/${encodeURIComponent(id)}`;
export const calendarUrl = (id: string) => `/api/v1/bodies/${encodeURIComponent(id)}/calendar.ics`;

const ladder = ["PUBLIC", "OFFICIAL", "CONFIDENTIAL", "SECRET"];
const rank = (classification: string) => {
  const found = ladder.indexOf(classification);
  return found === -1 ? ladder.length : found;
};

/** The banner for a page showing several marked things: the highest classification, released where all are. */
export function pageMarking(markings: readonly MarkingValue[], fallback: MarkingValue): MarkingValue {
  const [first, ...rest] = markings;
  if (!first) return fallback;
  let classification = first.classification;
  let releasableTo = [...first.releasableTo];
  for (const marking of rest) {
    if (rank(marking.classification) > rank(classification)) classification = marking.classification;
    releasableTo = releasableTo.filter((nation) => marking.releasableTo.includes(nation));
  }
  return { classification, releasableTo: releasableTo.sort() };
}
