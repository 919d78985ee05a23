// The directory's types and pure rules: nations, organizations and people.
import { type Static, Type } from "typebox";

export const NationCode = Type.String({ pattern: "^[A-Z]{3}$", description: "ISO 3166-1 alpha-3, e.g. KOR" });
export const TimeZone = Type.String({
  minLength: 1,
  maxLength: 64,
  description: "IANA time zone, e.g. Asia/Seoul",
});
const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });

export const Nation = Type.Object(
  { code: NationCode, nameEn: Text(100), nameKo: Text(100) },
  { additionalProperties: false, $id: "Nation" },
);
export type Nation = Static<typeof Nation>;

export const OrganizationInput = Type.Object(
  { nation: NationCode, acronym: Text(20), nameEn: Text(200), nameKo: Text(200) },
  { additionalProperties: false },
);
export const Organization = Type.Object(
  {
    id: Type.String(),
    nation: NationCode,
    acronym: Type.String(),
    nameEn: Type.String(),
    nameKo: Type.String(),
  },
  { $id: "Organization" },
);
export type Organization = Static<typeof Organization>;

export const PersonInput = Type.Object(
  {
    nameEn: Text(200),
    nameKo: Text(200),
    titleEn: Text(300),
    titleKo: Text(300),
    organizationId: Type.String({ minLength: 1 }),
    nation: NationCode,
    timeZone: TimeZone,
    email: Type.String({ format: "email", maxLength: 254 }),
  },
  { additionalProperties: false },
);
export type PersonInput = Static<typeof PersonInput>;

export const Person = Type.Object(
  {
    id: Type.String(),
    nameEn: Type.String(),
    nameKo: Type.String(),
    titleEn: Type.String(),
    titleKo: Type.String(),
    organizationId: Type.String(),
    nation: NationCode,
    timeZone: Type.String(),
    email: Type.String(),
  },
  { $id: "Person" },
);
export type Person = Static<typeof Person>;

/** True when `zone` is an IANA time zone this runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone.includes("/") || zone === "UTC";
  } catch {
    return false;
  }
}
