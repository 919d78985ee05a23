// Writes commitments and their updates from their events.
import { type Projection, project } from "../pipeline/command.ts";
import { CommitmentCreated, CommitmentUpdated } from "./events.ts";

export const commitmentsProjection: Projection = {
  tables: ["commitments", "commitment_updates"],
  projectors: {
    "commitment.created": project(CommitmentCreated, (db, c, event) =>
      db
        .insertInto("commitments")
        .values({
          id: c.id,
          body_id: c.bodyId,
          source_outcome_id: c.sourceOutcomeId,
          source_en: c.sourceEn,
          source_ko: c.sourceKo,
          agreed_on: c.agreedOn,
          statement_en: c.statementEn,
          statement_ko: c.statementKo,
          owner_nations: JSON.stringify(c.ownerNations),
          owner_organization_id: c.ownerOrganizationId,
          due_on: c.dueOn,
          cadence: c.cadence,
          status: "planned",
          review_meeting_id: c.reviewMeetingId,
          classification: c.marking.classification,
          releasable_to: JSON.stringify(c.marking.releasableTo),
          created_at: event.at,
          last_update_on: null,
        })
        .execute(),
    ),
    "commitment.updated": project(CommitmentUpdated, async (db, u, event) => {
      await db
        .insertInto("commitment_updates")
        .values({
          id: u.id,
          commitment_id: u.commitmentId,
          on_date: u.onDate,
          status: u.status,
          note_en: u.noteEn,
          note_ko: u.noteKo,
          evidence: u.evidence,
          nation: u.nation,
          recorded_at: event.at,
        })
        .execute();
      const current = await db
        .selectFrom("commitments")
        .select("last_update_on")
        .where("id", "=", u.commitmentId)
        .executeTakeFirst();
      // The latest-dated update decides the status; an update back-dated behind it only adds history.
      if (current && (current.last_update_on === null || u.onDate >= current.last_update_on)) {
        await db
          .updateTable("commitments")
          .set({ status: u.status, last_update_on: u.onDate })
          .where("id", "=", u.commitmentId)
          .execute();
      }
    }),
  },
};
