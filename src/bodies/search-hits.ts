// What a search finds, and the one filter every capability's search passes its rows through:
// an exact match on the query, then the policy's `canSee`.
import { type Static, Type } from "typebox";
import type { Actor } from "../access/actor.ts";
import { canSee } from "../access/policy.ts";

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

export interface SearchCandidate {
  kind: string;
  id: string;
  bodyId: string;
  meetingId: string | null;
  textEn: string;
  textKo: string;
  /** Further texts searched but not shown (minutes, places, readout bodies). */
  alsoSearched: string[];
  classification: string;
  releasableTo: string[];
}

/** The candidates that really contain `query` and that `actor` may see, as hits. */
export function visibleHits(
  actor: Actor,
  query: string,
  candidates: readonly SearchCandidate[],
): SearchHit[] {
  const needle = query.toLowerCase();
  return candidates
    .filter((c) =>
      [c.textEn, c.textKo, ...c.alsoSearched].some((text) => text.toLowerCase().includes(needle)),
    )
    .filter((c) =>
      canSee(actor, {
        bodyId: c.bodyId,
        marking: { classification: c.classification, releasableTo: c.releasableTo },
      }),
    )
    .map((c) => ({
      kind: c.kind,
      id: c.id,
      bodyId: c.bodyId,
      meetingId: c.meetingId,
      textEn: c.textEn,
      textKo: c.textKo,
      marking: { classification: c.classification, releasableTo: c.releasableTo },
    }));
}
