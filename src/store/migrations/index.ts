// Every migration, in order; both dialects run the same set.
import type { Migration } from "kysely";
import * as foundation from "./0001_foundation.ts";
import * as record from "./0002_record.ts";
import * as access from "./0003_access.ts";
import * as bodiesSessions from "./0004_bodies_sessions.ts";
import * as consultations from "./0005_consultations.ts";

export const migrations: Record<string, Migration> = {
  "0001_foundation": foundation,
  "0002_record": record,
  "0003_access": access,
  "0004_bodies_sessions": bodiesSessions,
  "0005_consultations": consultations,
};
