// Search across sessions, agenda items, outcomes, commitments and readouts: each capability offers its
// candidates, and every hit passes the same policy as any other read, so search never reveals more.
import type { Kysely } from "kysely";
import type { Actor } from "../access/actor.ts";
import { commitmentCandidates } from "../commitments/search.ts";
import { sessionCandidates } from "../meetings/search.ts";
import { readoutCandidates } from "../readouts/search.ts";
import type { Database } from "../store/schema.ts";
import { type SearchHit, visibleHits } from "./search-hits.ts";

export { SearchHit } from "./search-hits.ts";

export async function searchEverything(
  db: Kysely<Database>,
  actor: Actor,
  query: string,
  limit = 50,
): Promise<SearchHit[]> {
  const candidates = [
    ...(await sessionCandidates(db, query)),
    ...(await commitmentCandidates(db, query)),
    ...(await readoutCandidates(db, query)),
  ];
  return visibleHits(actor, query, candidates).slice(0, limit);
}
