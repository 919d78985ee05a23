// The bodies of session events: what the projectors (and replay) read.
import { type Static, Type } from "typebox";

const Marking = Type.Object({ classification: Type.String(), releasableTo: Type.Array(Type.String()) });

export const MeetingScheduled = Type.Object({
  id: Type.String(),
  bodyId: Type.String(),
  titleEn: Type.String(),
  titleKo: Type.String(),
  startsAt: Type.String(),
  endsAt: Type.String(),
  timeZone: Type.String(),
  placeEn: Type.String(),
  placeKo: Type.String(),
  level: Type.String(),
  status: Type.String(),
  marking: Marking,
  participantIds: Type.Array(Type.String()),
});
export type MeetingScheduled = Static<typeof MeetingScheduled>;

export const AgendaItemAdded = Type.Object({
  id: Type.String(),
  meetingId: Type.String(),
  bodyId: Type.String(),
  position: Type.Integer(),
  titleEn: Type.String(),
  titleKo: Type.String(),
  ownerPersonId: Type.String(),
  marking: Marking,
});

export const MinutesEdited = Type.Object({
  meetingId: Type.String(),
  agendaItemId: Type.String(),
  minutesEn: Type.String(),
  minutesKo: Type.String(),
  version: Type.Integer(),
});

export const OutcomeRecorded = Type.Object({
  id: Type.String(),
  meetingId: Type.String(),
  bodyId: Type.String(),
  agendaItemId: Type.String(),
  position: Type.Integer(),
  textEn: Type.String(),
  textKo: Type.String(),
  marking: Marking,
});

export const MeetingHeld = Type.Object({ meetingId: Type.String(), bodyId: Type.String() });

export const MinutesApproved = Type.Object({
  meetingId: Type.String(),
  bodyId: Type.String(),
  nation: Type.String(),
  approvedBy: Type.Union([Type.String(), Type.Null()]),
  /** True when this approval was the last member nation's: the minutes are approved. */
  complete: Type.Boolean(),
});
