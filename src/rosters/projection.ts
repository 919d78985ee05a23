// Writes duty rosters and their overrides from their events.
import { Type } from "typebox";
import { type Projection, project } from "../pipeline/command.ts";
import { DutyRoster, RosterOverride } from "./model.ts";

const OverrideAdded = Type.Object({ rosterId: Type.String(), ...RosterOverride.properties });

export const rostersProjection: Projection = {
  tables: ["duty_rosters", "roster_overrides"],
  projectors: {
    "roster.created": project(DutyRoster, (db, roster, event) =>
      db
        .insertInto("duty_rosters")
        .values({
          id: roster.id,
          nation: roster.nation,
          body_id: roster.bodyId,
          tier: roster.tier,
          name: roster.name,
          time_zone: roster.timeZone,
          handover_time: roster.handoverTime,
          shift_days: roster.shiftDays,
          rotation_start: roster.rotationStart,
          rotation: JSON.stringify(roster.rotation),
          created_at: event.at,
        })
        .execute(),
    ),
    "roster.override-added": project(OverrideAdded, (db, override, event) =>
      db
        .insertInto("roster_overrides")
        .values({
          id: override.id,
          roster_id: override.rosterId,
          kind: override.kind,
          user_id: override.userId,
          other_user_id: override.otherUserId,
          starts_at: override.startsAt,
          ends_at: override.endsAt,
          reason: override.reason,
          created_at: event.at,
        })
        .execute(),
    ),
  },
};
