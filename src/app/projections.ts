// Every capability's projection, in one list: the pipeline applies them, replay rebuilds them.
import { accessProjection } from "../access/projection.ts";
import { bodiesProjection } from "../bodies/projection.ts";
import { commitmentsProjection } from "../commitments/projection.ts";
import { consultationsProjection } from "../consultations/projection.ts";
import { directoryProjection } from "../directory/projection.ts";
import { meetingsProjection } from "../meetings/projection.ts";
import { notifyProjection } from "../notify/registerWebhook.ts";
import type { Projection, Projector } from "../pipeline/command.ts";
import { readoutsProjection } from "../readouts/projection.ts";
import { cosignersProjection } from "../record/cosigners.ts";
import { rostersProjection } from "../rosters/projection.ts";

export const projections: Projection[] = [
  directoryProjection,
  bodiesProjection,
  accessProjection,
  cosignersProjection,
  meetingsProjection,
  commitmentsProjection,
  readoutsProjection,
  rostersProjection,
  consultationsProjection,
  notifyProjection,
];

/** Projectors by event type; a type claimed twice is a programming error caught at start. */
export function projectorsOf(list: Projection[]): Record<string, Projector> {
  const all: Record<string, Projector> = {};
  for (const projection of list) {
    for (const [type, projector] of Object.entries(projection.projectors)) {
      if (all[type]) throw new Error(`Two projectors claim the event type ${type}`);
      all[type] = projector;
    }
  }
  return all;
}
