// The bodies of commitment events: what the projectors (and replay) read.
import { type Static, Type } from "typebox";

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const Marking = Type.Object({ classification: Type.String(), releasableTo: Type.Array(Type.String()) });

export const CommitmentCreated = Type.Object({
  id: Type.String(),
  bodyId: Type.String(),
  sourceOutcomeId: Nullable(Type.String()),
  sourceEn: Type.String(),
  sourceKo: Type.String(),
  agreedOn: Type.String(),
  statementEn: Type.String(),
  statementKo: Type.String(),
  ownerNations: Type.Array(Type.String()),
  ownerOrganizationId: Nullable(Type.String()),
  dueOn: Nullable(Type.String()),
  cadence: Nullable(Type.String()),
  reviewMeetingId: Nullable(Type.String()),
  marking: Marking,
});
export type CommitmentCreated = Static<typeof CommitmentCreated>;

export const CommitmentUpdated = Type.Object({
  id: Type.String(),
  commitmentId: Type.String(),
  onDate: Type.String(),
  status: Type.String(),
  noteEn: Type.String(),
  noteKo: Type.String(),
  evidence: Type.String(),
  nation: Nullable(Type.String()),
});
