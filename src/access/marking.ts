// Markings: a classification on the deployment's ladder and the nations it is releasable to.
export const defaultClassificationLadder = ["PUBLIC", "OFFICIAL", "CONFIDENTIAL", "SECRET"] as const;

export interface Marking {
  classification: string;
  /** ISO 3166 alpha-3 codes of the nations that may read it. */
  releasableTo: string[];
}

/** Whether `classification` is a level of the ladder (clearances are levels too). */
export function onLadder(classification: string, ladder: readonly string[] = defaultClassificationLadder) {
  return ladder.includes(classification);
}

/** Public material, releasable to every member nation. */
export function publicMarking(nations: string[]): Marking {
  return { classification: "PUBLIC", releasableTo: [...nations].sort() };
}

/** Rank of a classification on the ladder; unknown classifications rank above everything. */
export function classificationRank(
  classification: string,
  ladder: readonly string[] = defaultClassificationLadder,
) {
  const rank = ladder.indexOf(classification);
  return rank === -1 ? Number.POSITIVE_INFINITY : rank;
}

/** "SECRET // REL TO KOR, USA", the banner line shown with marked content. */
export function formatMarking(marking: Marking): string {
  return marking.releasableTo.length > 0
    ? `${marking.classification} // REL TO ${marking.releasableTo.join(", ")}`
    : marking.classification;
}

/** Accounts and their events are read by the account's own nation only. */
export const accountMarking = (nation: string): Marking => ({
  classification: "OFFICIAL",
  releasableTo: [nation],
});
