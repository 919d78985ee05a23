// The add-person form's fields and how a server problem maps onto them. The rules live on the server.

import type { User } from "../access/model.ts";
import { fieldOf, type Problem } from "../app/problem.ts";
import type { NewPerson } from "./model.ts";

export const personFields = [
  "nameEn",
  "nameKo",
  "titleEn",
  "titleKo",
  "nation",
  "organizationId",
  "timeZone",
  "email",
] as const satisfies readonly (keyof NewPerson)[];

export type PersonField = (typeof personFields)[number];

export const fieldIdPrefix = "person-";

export function isPersonField(name: string): name is PersonField {
  return personFields.some((field) => field === name);
}

/** A blank form that starts from the signed-in official's own nation, organization and zone. */
export function blankPerson(user: User): NewPerson {
  return {
    nameEn: "",
    nameKo: "",
    titleEn: "",
    titleKo: "",
    nation: user.nation,
    organizationId: user.organizationId ?? "",
    timeZone: user.timeZone,
    email: "",
  };
}

export type ProblemByField = { byField: Partial<Record<PersonField, string>>; unplaced: string[] };

/** Sorts a problem's errors onto the form's fields; errors about anything else are kept for the summary. */
export function errorsByField(problem: Problem): ProblemByField {
  const byField: Partial<Record<PersonField, string>> = {};
  const unplaced: string[] = [];
  for (const error of problem.errors ?? []) {
    const field = fieldOf(error.path);
    if (isPersonField(field))
      byField[field] = byField[field] ? `${byField[field]} ${error.message}` : error.message;
    else unplaced.push(error.message);
  }
  return { byField, unplaced };
}

/** Every IANA zone this browser knows, the two capitals first. */
export function timeZoneChoices(): string[] {
  const first = ["Asia/Seoul", "America/New_York"];
  const rest = Intl.supportedValuesOf("timeZone").filter((zone) => !first.includes(zone));
  return [...first, ...rest];
}
