// Search across bodies, sessions, agenda items, outcomes, commitments and readouts — each hit passed
// through the same policy as every other read, so a search never reveals what a reader may not see.
import type { Kysely } from "kysely";
import { type Static, Type } from "typebox";
import type { Actor } from "../access/actor.ts";
import { canSee } from "../access/policy.ts";
import type { Database } from "../store/schema.ts";

export const SearchHit = Type.Object({
  kind: Type.String(),
  id: Type.String(),
  bodyId: Type.String(),
  meetingId: Type.Union([Type.String(), Type.Null()]),
  textEn: Type.String(),
  textKo: Type.String(),
  marking: Type.Object({ classification: Type.String(), releasableTo: Type.Array(Type.String()) }),
});
export type SearchHit = Static<typeof SearchHit>;

/**
 * A LIKE pattern that matches at least every text containing `query`: LIKE's own wildcards become
 * "any one character" (escaping differs between SQLite and PostgreSQL), and hits are then checked exactly.
 */
export const likePattern = (query: string) => `%${query.toLowerCase().replace(/[\\%_]/g, "_")}%`;

type Row = { id: string; body_id: string; classification: string; releasable_to: string };

export async function searchEverything(
  db: Kysely<Database>,
  actor: Actor,
  query: string,
  limit = 50,
): Promise<SearchHit[]> {
  const pattern = likePattern(query);
  const hits: SearchHit[] = [];
  const needle = query.toLowerCase();
  const add = (
    kind: string,
    row: Row,
    meetingId: string | null,
    textEn: string,
    textKo: string,
    ...more: string[]
  ) => {
    if (![textEn, textKo, ...more].some((text) => text.toLowerCase().includes(needle))) return;
    const marking = {
      classification: row.classification,
      releasableTo: JSON.parse(row.releasable_to) as string[],
    };
    if (canSee(actor, { bodyId: row.body_id, marking }))
      hits.push({ kind, id: row.id, bodyId: row.body_id, meetingId, textEn, textKo, marking });
  };
  const like = <T extends string>(columns: readonly T[]) => columns;
  const meetings = await db
    .selectFrom("meetings")
    .selectAll()
    .where((eb) =>
      eb.or(
        like(["title_en", "title_ko", "place_en", "place_ko"] as const).map((c) =>
          eb(eb.fn("lower", [c]), "like", pattern),
        ),
      ),
    )
    .execute();
  for (const m of meetings) add("session", m, m.id, m.title_en, m.title_ko, m.place_en, m.place_ko);
  const items = await db
    .selectFrom("agenda_items")
    .selectAll()
    .where((eb) =>
      eb.or(
        like(["title_en", "title_ko", "minutes_en", "minutes_ko"] as const).map((c) =>
          eb(eb.fn("lower", [c]), "like", pattern),
        ),
      ),
    )
    .execute();
  for (const i of items)
    add("agenda-item", i, i.meeting_id, i.title_en, i.title_ko, i.minutes_en, i.minutes_ko);
  const outcomes = await db
    .selectFrom("meeting_outcomes")
    .selectAll()
    .where((eb) =>
      eb.or(like(["text_en", "text_ko"] as const).map((c) => eb(eb.fn("lower", [c]), "like", pattern))),
    )
    .execute();
  for (const o of outcomes) add("outcome", o, o.meeting_id, o.text_en, o.text_ko);
  const commitments = await db
    .selectFrom("commitments")
    .selectAll()
    .where((eb) =>
      eb.or(
        like(["statement_en", "statement_ko", "source_en", "source_ko"] as const).map((c) =>
          eb(eb.fn("lower", [c]), "like", pattern),
        ),
      ),
    )
    .execute();
  for (const c of commitments)
    add("commitment", c, null, c.statement_en, c.statement_ko, c.source_en, c.source_ko);
  const readouts = await db
    .selectFrom("readouts")
    .selectAll()
    .where((eb) =>
      eb.or(
        like(["title_en", "title_ko", "text_en", "text_ko"] as const).map((c) =>
          eb(eb.fn("lower", [c]), "like", pattern),
        ),
      ),
    )
    .execute();
  for (const r of readouts)
    add(
      "readout",
      { ...r, classification: "PUBLIC" },
      r.meeting_id,
      r.title_en,
      r.title_ko,
      r.text_en,
      r.text_ko,
    );
  return hits.slice(0, limit);
}
