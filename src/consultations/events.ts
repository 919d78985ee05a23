// The bodies of consultation events in the record: what projectors and replay read back.
import { type Static, Type } from "typebox";
import { Tier } from "../rosters/model.ts";
import { EscalationPolicy } from "./escalation.ts";
import { Alert, OpenConsultationInput, PositionKind } from "./model.ts";

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const PartyOpened = Type.Object({
  nation: Type.String(),
  position: Type.Integer(),
  tier: Tier,
  nextEscalationAt: Nullable(Type.String()),
});

export const ConsultationOpened = Type.Object({
  id: Type.String(),
  ...OpenConsultationInput.properties,
  requesterNation: Type.String(),
  requesterUserId: Nullable(Type.String()),
  policy: EscalationPolicy,
  parties: Type.Array(PartyOpened),
  alerts: Type.Array(Alert),
  withheld: Type.Array(Type.String()),
});
export type ConsultationOpened = Static<typeof ConsultationOpened>;

export const ConsultationEscalated = Type.Object({
  consultationId: Type.String(),
  nation: Type.String(),
  position: Type.Integer(),
  tier: Tier,
  nextEscalationAt: Nullable(Type.String()),
  alerts: Type.Array(Alert),
  withheld: Type.Array(Type.String()),
});

export const AlertsSeen = Type.Object({
  consultationId: Type.String(),
  userId: Type.String(),
  alertIds: Type.Array(Type.String()),
});

export const ConsultationAcknowledged = Type.Object({
  consultationId: Type.String(),
  nation: Type.String(),
  userId: Type.String(),
  alertIds: Type.Array(Type.String()),
});

export const PositionStated = Type.Object({
  consultationId: Type.String(),
  nation: Type.String(),
  userId: Type.String(),
  position: PositionKind,
  comments: Type.String(),
});

export const DeadlineExtended = Type.Object({
  consultationId: Type.String(),
  responseDeadline: Type.String(),
  previousDeadline: Type.String(),
  reason: Type.String(),
});

export const InformationAdded = Type.Object({
  consultationId: Type.String(),
  id: Type.String(),
  text: Type.String(),
});

export const ConsultationClosed = Type.Object({ consultationId: Type.String(), outcome: Type.String() });

export const DeadlinePassed = Type.Object({
  consultationId: Type.String(),
  responseDeadline: Type.String(),
  /** Parties that had stated no position by the deadline. */
  silentNations: Type.Array(Type.String()),
});
