// Search candidates among sessions, agenda items (with their minutes) and outcomes.
import type { Kysely } from "kysely";
import { likePattern, type SearchCandidate } from "../bodies/search-hits.ts";
import type { Database } from "../store/schema.ts";

export async function sessionCandidates(db: Kysely<Database>, query: string): Promise<SearchCandidate[]> {
  const pattern = likePattern(query);
  const meetings = await db
    .selectFrom("meetings")
    .selectAll()
    .where((eb) =>
      eb.or(
        (["title_en", "title_ko", "place_en", "place_ko"] as const).map((c) =>
          eb(eb.fn("lower", [eb.ref(c)]), "like", pattern),
        ),
      ),
    )
    .execute();
  const items = await db
    .selectFrom("agenda_items")
    .selectAll()
    .where((eb) =>
      eb.or(
        (["title_en", "title_ko", "minutes_en", "minutes_ko"] as const).map((c) =>
          eb(eb.fn("lower", [eb.ref(c)]), "like", pattern),
        ),
      ),
    )
    .execute();
  const outcomes = await db
    .selectFrom("meeting_outcomes")
    .selectAll()
    .where((eb) =>
      eb.or((["text_en", "text_ko"] as const).map((c) => eb(eb.fn("lower", [eb.ref(c)]), "like", pattern))),
    )
    .execute();
  const marked = (row: { classification: string; releasable_to: string }) => ({
    classification: row.classification,
    releasableTo: JSON.parse(row.releasable_to) as string[],
  });
  return [
    ...meetings.map((m) => ({
      kind: "session",
      id: m.id,
      bodyId: m.body_id,
      meetingId: m.id,
      textEn: m.title_en,
      textKo: m.title_ko,
      alsoSearched: [m.place_en, m.place_ko],
      ...marked(m),
    })),
    ...items.map((i) => ({
      kind: "agenda-item",
      id: i.id,
      bodyId: i.body_id,
      meetingId: i.meeting_id,
      textEn: i.title_en,
      textKo: i.title_ko,
      alsoSearched: [i.minutes_en, i.minutes_ko],
      ...marked(i),
    })),
    ...outcomes.map((o) => ({
      kind: "outcome",
      id: o.id,
      bodyId: o.body_id,
      meetingId: o.meeting_id,
      textEn: o.text_en,
      textKo: o.text_ko,
      alsoSearched: [],
      ...marked(o),
    })),
  ];
}
