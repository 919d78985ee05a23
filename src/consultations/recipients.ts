// Who a rung of the ladder reaches in one nation: the on-duty people of its tier's rosters,
// on each of the rung's channels, if the policy lets them read the consultation.
import { randomUUID } from "node:crypto";
import type { Transaction } from "kysely";
import type { Marking } from "../access/marking.ts";
import { can, canSee } from "../access/policy.ts";
import { loadUserActor } from "../access/queries.ts";
import { onDutyAt } from "../rosters/model.ts";
import { listRosters } from "../rosters/queries.ts";
import type { Database } from "../store/schema.ts";
import type { Rung } from "./escalation.ts";
import type { Alert } from "./model.ts";

export interface Reach {
  alerts: Alert[];
  /** On duty but not allowed to read it (clearance, releasability): not alerted, and recorded so. */
  withheld: string[];
}

export async function reachRung(
  trx: Transaction<Database>,
  where: { bodyId: string; nation: string; marking: Marking; at: Date },
  rung: Rung,
): Promise<Reach> {
  const rosters = await listRosters(trx, { bodyId: where.bodyId, nation: where.nation, tier: rung.tier });
  const onDuty = [...new Set(rosters.map((roster) => onDutyAt(roster, where.at).userId))];
  const alerts: Alert[] = [];
  const withheld: string[] = [];
  for (const userId of onDuty) {
    const person = await loadUserActor(trx, { id: userId }, "cli");
    if (!person) continue;
    const guard = { marking: where.marking, bodyId: where.bodyId };
    if (!canSee(person, guard) || !can(person, "consultations.respond", where.bodyId)) {
      withheld.push(userId);
      continue;
    }
    for (const channel of rung.channels) {
      alerts.push({
        id: randomUUID(),
        nation: where.nation,
        userId,
        channel,
        position: rung.position,
        tier: rung.tier,
      });
    }
  }
  return { alerts, withheld };
}
