// Consultative bodies: the standing groups through which allies consult.
import { type Static, Type } from "typebox";
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

export const Body = Type.Object(
  {
    id: Type.String(),
    acronym: Type.String(),
    nameEn: Type.String(),
    nameKo: Type.String(),
    memberNations: Type.Array(Type.String()),
    classification: Type.String(),
  },
  { $id: "Body" },
);
export type Body = Static<typeof Body>;
