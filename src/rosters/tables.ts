// Projection tables of duty rosters and their overrides.
export interface DutyRosterRow {
  id: string;
  nation: string;
  body_id: string;
  /** "duty-officer" | "director" | "principal". */
  tier: string;
  name: string;
  time_zone: string;
  /** Local "HH:MM" when one shift hands over to the next. */
  handover_time: string;
  shift_days: number;
  /** Local date of the first rotation slot's shift. */
  rotation_start: string;
  /** JSON array of user ids, in rotation order. */
  rotation: string;
  created_at: string;
}

export interface RosterOverrideRow {
  id: string;
  roster_id: string;
  /** "cover" | "swap". */
  kind: string;
  user_id: string;
  other_user_id: string | null;
  starts_at: string;
  ends_at: string;
  reason: string;
  created_at: string;
}

export interface RosterTables {
  duty_rosters: DutyRosterRow;
  roster_overrides: RosterOverrideRow;
}
