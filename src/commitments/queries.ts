// Reads of commitments: the dashboard (overdue first) and one commitment with its updates.
import type { Kysely } from "kysely";
import type { Actor } from "../access/actor.ts";
import { canSee } from "../access/policy.ts";
import { guardOfRow, markingOfRow } from "../meetings/lookups.ts";
import type { Database } from "../store/schema.ts";
import { type Commitment, dashboardOrder, isOverdue, nextDueOn } from "./model.ts";
import type { CommitmentRow } from "./tables.ts";

export function presentCommitment(row: CommitmentRow, now: Date): Commitment {
  const facts = {
    status: row.status,
    dueOn: row.due_on,
    cadence: row.cadence,
    agreedOn: row.agreed_on,
    lastUpdateOn: row.last_update_on,
  };
  return {
    id: row.id,
    bodyId: row.body_id,
    sourceOutcomeId: row.source_outcome_id,
    sourceEn: row.source_en,
    sourceKo: row.source_ko,
    agreedOn: row.agreed_on,
    statementEn: row.statement_en,
    statementKo: row.statement_ko,
    ownerNations: JSON.parse(row.owner_nations),
    ownerOrganizationId: row.owner_organization_id,
    dueOn: row.due_on,
    cadence: row.cadence,
    nextDueOn: nextDueOn(facts),
    status: row.status,
    overdue: isOverdue(facts, now),
    reviewMeetingId: row.review_meeting_id,
    marking: markingOfRow(row),
    lastUpdateOn: row.last_update_on,
  };
}

export interface DashboardFilter {
  bodyId?: string | undefined;
  owner?: string | undefined;
  /** A stored status, or "overdue". */
  status?: string | undefined;
}

/** The commitments the actor may see, filtered, overdue first. */
export async function commitmentDashboard(
  db: Kysely<Database>,
  actor: Actor,
  filter: DashboardFilter,
  now: Date,
): Promise<Commitment[]> {
  let query = db.selectFrom("commitments").selectAll();
  if (filter.bodyId) query = query.where("body_id", "=", filter.bodyId);
  const rows = (await query.execute()).filter((row) => canSee(actor, guardOfRow(row)));
  const items = rows
    .map((row) => presentCommitment(row, now))
    .filter((c) => !filter.owner || c.ownerNations.includes(filter.owner))
    .filter((c) => !filter.status || (filter.status === "overdue" ? c.overdue : c.status === filter.status));
  return dashboardOrder(items, now);
}

export async function commitmentUpdates(db: Kysely<Database>, commitmentId: string) {
  const rows = await db
    .selectFrom("commitment_updates")
    .selectAll()
    .where("commitment_id", "=", commitmentId)
    .orderBy("on_date")
    .orderBy("recorded_at")
    .execute();
  return rows.map((u) => ({
    id: u.id,
    onDate: u.on_date,
    status: u.status,
    noteEn: u.note_en,
    noteKo: u.note_ko,
    evidence: u.evidence,
    nation: u.nation,
    recordedAt: u.recorded_at,
  }));
}

export async function findCommitmentRow(db: Kysely<Database>, id: string) {
  return db.selectFrom("commitments").selectAll().where("id", "=", id).executeTakeFirst();
}
