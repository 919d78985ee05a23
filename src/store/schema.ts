// The database as Kysely sees it: every capability's tables, composed in one type.
import type { AccessTables } from "../access/tables.ts";
import type { BodyTables } from "../bodies/tables.ts";
import type { CommitmentTables } from "../commitments/tables.ts";
import type { ConsultationTables } from "../consultations/tables.ts";
import type { DirectoryTables } from "../directory/tables.ts";
import type { MeetingTables } from "../meetings/tables.ts";
import type { NotifyTables } from "../notify/tables.ts";
import type { PipelineTables } from "../pipeline/tables.ts";
import type { ReadoutTables } from "../readouts/tables.ts";
import type { RecordTables } from "../record/tables.ts";
import type { RosterTables } from "../rosters/tables.ts";
import type { TimerTables } from "../timers/tables.ts";

export interface Database
  extends RecordTables,
    PipelineTables,
    DirectoryTables,
    BodyTables,
    AccessTables,
    RosterTables,
    ConsultationTables,
    TimerTables,
    NotifyTables,
    MeetingTables,
    CommitmentTables,
    ReadoutTables {}
