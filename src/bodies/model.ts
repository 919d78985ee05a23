// Consultative bodies: the standing groups through which allies consult, and the marking ceiling they set.
import { type Static, Type } from "typebox";
import { classificationRank, type Marking } from "../access/marking.ts";
import { type FieldProblem, invalid } from "../app/errors.ts";
import { NationCode } from "../directory/model.ts";

export const BodyInput = Type.Object(
  {
    acronym: Type.String({ minLength: 1, maxLength: 20 }),
    nameEn: Type.String({ minLength: 1, maxLength: 300 }),
    nameKo: Type.String({ minLength: 1, maxLength: 300 }),
    memberNations: Type.Array(NationCode, { minItems: 2, uniqueItems: true }),
    classification: Type.String({ minLength: 1 }),
  },
  { additionalProperties: false },
);
export type BodyInput = Static<typeof BodyInput>;

export const memberRoles = ["co-chair", "delegate", "secretariat", "observer"] as const;
export const BodyMember = Type.Object(
  {
    personId: Type.String({ minLength: 1 }),
    role: Type.Union([
      Type.Literal("co-chair"),
      Type.Literal("delegate"),
      Type.Literal("secretariat"),
      Type.Literal("observer"),
    ]),
  },
  { additionalProperties: false },
);
export type BodyMember = Static<typeof BodyMember>;

export const BodyDetailsInput = Type.Object(
  {
    bodyId: Type.String({ minLength: 1 }),
    cadence: Type.Union([Type.String({ minLength: 1, maxLength: 100 }), Type.Null()]),
    members: Type.Array(BodyMember, { maxItems: 200 }),
  },
  { additionalProperties: false },
);
export type BodyDetailsInput = Static<typeof BodyDetailsInput>;

/** The body of a `body.created` event. */
export const BodyCreated = Type.Object({
  id: Type.String(),
  acronym: Type.String(),
  nameEn: Type.String(),
  nameKo: Type.String(),
  memberNations: Type.Array(Type.String()),
  classification: Type.String(),
});

export const Body = Type.Object(
  {
    id: Type.String(),
    acronym: Type.String(),
    nameEn: Type.String(),
    nameKo: Type.String(),
    memberNations: Type.Array(Type.String()),
    classification: Type.String(),
    cadence: Type.Union([Type.String(), Type.Null()]),
  },
  { $id: "Body" },
);
export type Body = Static<typeof Body>;

export const BodyDetail = Type.Object({ ...Body.properties, members: Type.Array(BodyMember) });
export type BodyDetail = Static<typeof BodyDetail>;

export const MarkingInput = Type.Object(
  {
    classification: Type.String({ minLength: 1, maxLength: 40 }),
    releasableTo: Type.Array(NationCode, { minItems: 1, uniqueItems: true }),
  },
  { additionalProperties: false },
);

/** The marking a body's material carries when none is given: its ceiling, releasable to all members. */
export function defaultMarkingOf(body: Pick<Body, "classification" | "memberNations">): Marking {
  return { classification: body.classification, releasableTo: [...body.memberNations].sort() };
}

/** Why `marking` does not fit within `body` (above its classification, or released beyond its members). */
export function markingProblems(
  body: Pick<Body, "acronym" | "classification" | "memberNations">,
  marking: Marking,
  path: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (classificationRank(marking.classification) === Number.POSITIVE_INFINITY) {
    problems.push({
      path: `${path}/classification`,
      message: `unknown classification ${marking.classification}`,
    });
  } else if (classificationRank(marking.classification) > classificationRank(body.classification)) {
    problems.push({
      path: `${path}/classification`,
      message: `${marking.classification} is above ${body.acronym}'s ceiling of ${body.classification}`,
    });
  }
  for (const nation of marking.releasableTo) {
    if (!body.memberNations.includes(nation)) {
      problems.push({
        path: `${path}/releasableTo`,
        message: `${nation} is not a member of ${body.acronym}`,
      });
    }
  }
  return problems;
}

/** Returns the marking to use (given or the body's default), or throws 400 when it exceeds the body's. */
export function markingWithinBody(
  body: Pick<Body, "acronym" | "classification" | "memberNations">,
  marking: Marking | undefined,
  path = "/marking",
): Marking {
  const chosen = marking ?? defaultMarkingOf(body);
  const problems = markingProblems(body, chosen, path);
  if (problems.length > 0) {
    throw invalid(`The marking does not fit within ${body.acronym}: ${problems[0]?.message}.`, problems);
  }
  return { classification: chosen.classification, releasableTo: [...chosen.releasableTo].sort() };
}
