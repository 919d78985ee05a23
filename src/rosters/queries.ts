// Reads of duty rosters: presented for the API and for deciding who is alerted.
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../store/schema.ts";
import { type DutyRoster, type RosterOverride, type Tier, tierOf } from "./model.ts";
import type { DutyRosterRow, RosterOverrideRow } from "./tables.ts";

type Db = Kysely<Database> | Transaction<Database>;

function presentOverride(row: RosterOverrideRow): RosterOverride {
  return {
    id: row.id,
    kind: row.kind === "swap" ? "swap" : "cover",
    userId: row.user_id,
    otherUserId: row.other_user_id,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    reason: row.reason,
  };
}

function presentRoster(row: DutyRosterRow, overrides: RosterOverrideRow[]): DutyRoster {
  return {
    id: row.id,
    nation: row.nation,
    bodyId: row.body_id,
    tier: tierOf(row.tier),
    name: row.name,
    timeZone: row.time_zone,
    handoverTime: row.handover_time,
    shiftDays: row.shift_days,
    rotationStart: row.rotation_start,
    rotation: JSON.parse(row.rotation),
    overrides: overrides.filter((o) => o.roster_id === row.id).map(presentOverride),
  };
}

/** Rosters matching `where`, each with its overrides in the order they were made. */
export async function listRosters(
  db: Db,
  where: { bodyId?: string; nation?: string; tier?: Tier; id?: string } = {},
): Promise<DutyRoster[]> {
  let query = db.selectFrom("duty_rosters").selectAll();
  if (where.id) query = query.where("id", "=", where.id);
  if (where.bodyId) query = query.where("body_id", "=", where.bodyId);
  if (where.nation) query = query.where("nation", "=", where.nation);
  if (where.tier) query = query.where("tier", "=", where.tier);
  const rows = await query.orderBy("nation").orderBy("tier").orderBy("created_at").execute();
  if (rows.length === 0) return [];
  const overrides = await db
    .selectFrom("roster_overrides")
    .selectAll()
    .where(
      "roster_id",
      "in",
      rows.map((r) => r.id),
    )
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map((row) => presentRoster(row, overrides));
}

export async function findRoster(db: Db, id: string): Promise<DutyRoster | undefined> {
  return (await listRosters(db, { id }))[0];
}
