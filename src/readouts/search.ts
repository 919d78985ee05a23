// Search candidates among readouts: PUBLIC material, drafts seen only by the body's members.
import type { Kysely } from "kysely";
import { likePattern, type SearchCandidate } from "../bodies/search-hits.ts";
import type { Database } from "../store/schema.ts";

export async function readoutCandidates(db: Kysely<Database>, query: string): Promise<SearchCandidate[]> {
  const pattern = likePattern(query);
  const rows = await db
    .selectFrom("readouts")
    .selectAll()
    .where((eb) =>
      eb.or(
        (["title_en", "title_ko", "text_en", "text_ko"] as const).map((c) =>
          eb(eb.fn("lower", [eb.ref(c)]), "like", pattern),
        ),
      ),
    )
    .execute();
  return rows.map((r) => ({
    kind: "readout",
    id: r.id,
    bodyId: r.body_id,
    meetingId: r.meeting_id,
    textEn: r.title_en,
    textKo: r.title_ko,
    alsoSearched: [r.text_en, r.text_ko],
    classification: "PUBLIC",
    releasableTo: JSON.parse(r.releasable_to),
  }));
}
