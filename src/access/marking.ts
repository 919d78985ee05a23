// Markings: a classification on the deployment's ladder and the nations it is releasable to.
export const defaultClassificationLadder = ["PUBLIC", "OFFICIAL", "CONFIDENTIAL", "SECRET"] as const;

/**
 * Why `ladder` cannot be a deployment's ladder, or null when it can. Entente marks its own records
 * PUBLIC (directory) and OFFICIAL (accounts), so a ladder starts at PUBLIC and holds OFFICIAL; levels
 * may be added above or between, e.g. PUBLIC, OFFICIAL, RESTRICTED, CONFIDENTIAL, SECRET, TOP SECRET.
 */
export function ladderProblem(ladder: readonly string[]): string | null {
  if (ladder[0] !== "PUBLIC") return "the classification ladder must start with PUBLIC";
  if (!ladder.includes("OFFICIAL")) return "the classification ladder must include OFFICIAL";
  if (new Set(ladder).size !== ladder.length) return "the classification ladder repeats a level";
  if (ladder.some((level) => !/^[A-Z][A-Z -]{0,39}$/.test(level)))
    return "classification levels are capital letters, spaces and hyphens";
  return null;
}

let deploymentLadder: readonly string[] = defaultClassificationLadder;

/** The deployment's ladder, lowest level first. */
export const classificationLadder = (): readonly string[] => deploymentLadder;

/** Set once at start from the configuration (`ENTENTE_CLASSIFICATIONS`); throws on a ladder that cannot be. */
export function setClassificationLadder(ladder: readonly string[]): void {
  const problem = ladderProblem(ladder);
  if (problem) throw new Error(problem);
  deploymentLadder = [...ladder];
}

export interface Marking {
  classification: string;
  /** ISO 3166 alpha-3 codes of the nations that may read it. */
  releasableTo: string[];
}

/** Whether `classification` is a level of the ladder (clearances are levels too). */
export function onLadder(classification: string, ladder: readonly string[] = deploymentLadder) {
  return ladder.includes(classification);
}

/** Public material, releasable to every member nation. */
export function publicMarking(nations: string[]): Marking {
  return { classification: "PUBLIC", releasableTo: [...nations].sort() };
}

/** Rank of a classification on the ladder; unknown classifications rank above everything. */
export function classificationRank(classification: string, ladder: readonly string[] = deploymentLadder) {
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
