// Search candidates among commitments (statement and source).
import type { Kysely } from "kysely";
import { likePattern, type SearchCandidate } from "../bodies/search-hits.ts";
import type { Database } from "../store/schema.ts";

export async function commitmentCandidates(db: Kysely<Database>, query: string): Promise<SearchCandidate[]> {
  const pattern = likePattern(query);
  const rows = await db
    .selectFrom("commitments")
    .selectAll()
    .where((eb) =>
      eb.or(
        (["statement_en", "statement_ko", "source_en", "source_ko"] as const).map((c) =>
          eb(eb.fn("lower", [eb.ref(c)]), "like", pattern),
        ),
      ),
    )
    .execute();
  return rows.map((c) => ({
    kind: "commitment",
    id: c.id,
    bodyId: c.body_id,
    meetingId: null,
    textEn: c.statement_en,
    textKo: c.statement_ko,
    alsoSearched: [c.source_en, c.source_ko],
    classification: c.classification,
    releasableTo: JSON.parse(c.releasable_to),
  }));
}
