// The database as Kysely sees it: every capability's tables, composed in one type.
import type { AccessTables } from "../access/tables.ts";
import type { BodyTables } from "../bodies/tables.ts";
import type { CommitmentTables } from "../commitments/tables.ts";
import type { DirectoryTables } from "../directory/tables.ts";
import type { MeetingTables } from "../meetings/tables.ts";
import type { PipelineTables } from "../pipeline/tables.ts";
import type { ReadoutTables } from "../readouts/tables.ts";
import type { RecordTables } from "../record/tables.ts";

export interface Database
  extends RecordTables,
    PipelineTables,
    DirectoryTables,
    BodyTables,
    AccessTables,
    MeetingTables,
    CommitmentTables,
    ReadoutTables {}
