// Sessions of a body (called meetings here, apart from sign-in sessions): schemas and pure rules.
import { type Static, Type } from "typebox";
import { invalid } from "../app/errors.ts";
import { MarkingInput } from "../bodies/model.ts";
import { TimeZone } from "../directory/model.ts";

const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });
const Id = Type.String({ minLength: 1, maxLength: 100 });
const Instant = Type.String({
  format: "date-time",
  description: "ISO 8601 with offset, e.g. 2021-10-26T10:00:00-04:00",
});

export const meetingStatuses = ["planned", "held", "minutes-approved"] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

export const ScheduleMeetingInput = Type.Object(
  {
    bodyId: Id,
    titleEn: Text(300),
    titleKo: Text(300),
    startsAt: Instant,
    endsAt: Instant,
    timeZone: TimeZone,
    placeEn: Text(300),
    placeKo: Text(300),
    level: Text(100),
    participantIds: Type.Array(Id, { maxItems: 100, uniqueItems: true }),
    marking: Type.Optional(MarkingInput),
    /** Records a session that already took place (its start is in the past) instead of planning one. */
    held: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type ScheduleMeetingInput = Static<typeof ScheduleMeetingInput>;

export const AgendaItemInput = Type.Object(
  {
    bodyId: Id,
    meetingId: Id,
    titleEn: Text(500),
    titleKo: Text(500),
    ownerPersonId: Id,
    marking: Type.Optional(MarkingInput),
  },
  { additionalProperties: false },
);

export const MinutesInput = Type.Object(
  {
    bodyId: Id,
    meetingId: Id,
    agendaItemId: Id,
    minutesEn: Type.String({ maxLength: 100_000 }),
    minutesKo: Type.String({ maxLength: 100_000 }),
    /** The version the editor started from; a newer one on the server means someone else saved first. */
    version: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);

export const OutcomeInput = Type.Object(
  {
    bodyId: Id,
    meetingId: Id,
    agendaItemId: Id,
    textEn: Text(5000),
    textKo: Text(5000),
    marking: Type.Optional(MarkingInput),
  },
  { additionalProperties: false },
);

export const MeetingRef = Type.Object({ bodyId: Id, meetingId: Id }, { additionalProperties: false });

/** Throws 400 for impossible times: end before start, a planned session in the past, a held one in the future. */
export function checkSchedule(
  input: { startsAt: string; endsAt: string; held?: boolean | undefined },
  now: Date,
) {
  const starts = Date.parse(input.startsAt);
  const ends = Date.parse(input.endsAt);
  if (Number.isNaN(starts))
    throw invalid("startsAt is not a date-time.", [{ path: "/startsAt", message: "not a date-time" }]);
  if (Number.isNaN(ends))
    throw invalid("endsAt is not a date-time.", [{ path: "/endsAt", message: "not a date-time" }]);
  if (ends <= starts) {
    throw invalid("The session must end after it starts.", [
      { path: "/endsAt", message: "must be after startsAt" },
    ]);
  }
  if (!input.held && starts < now.getTime()) {
    throw invalid("A planned session cannot start in the past; record it as held instead.", [
      { path: "/startsAt", message: "is in the past" },
    ]);
  }
  if (input.held && starts > now.getTime()) {
    throw invalid("A session that has not started yet cannot be recorded as held.", [
      { path: "/startsAt", message: "is in the future" },
    ]);
  }
}

/** Member nations whose secretariat has not yet approved the minutes. */
export function nationsYetToApprove(
  memberNations: readonly string[],
  approvedBy: readonly string[],
): string[] {
  return memberNations.filter((nation) => !approvedBy.includes(nation));
}

/** Minutes are approved only once every member nation's secretariat has approved them. */
export function minutesApprovedByAll(
  memberNations: readonly string[],
  approvedBy: readonly string[],
): boolean {
  return memberNations.length > 0 && nationsYetToApprove(memberNations, approvedBy).length === 0;
}

/** What may be done to a session in `status`. */
export const allowedIn: Record<MeetingStatus, readonly string[]> = {
  planned: ["edit-agenda", "edit-minutes", "mark-held"],
  held: ["edit-agenda", "edit-minutes", "record-outcome", "approve-minutes", "draft-readout"],
  // Approved minutes are the agreed record: nothing more is added to them.
  "minutes-approved": ["draft-readout"],
};

export function isMeetingStatus(status: string): status is MeetingStatus {
  return (meetingStatuses as readonly string[]).includes(status);
}

const Marking = Type.Object({ classification: Type.String(), releasableTo: Type.Array(Type.String()) });

export const AgendaItem = Type.Object({
  id: Type.String(),
  position: Type.Integer(),
  titleEn: Type.String(),
  titleKo: Type.String(),
  ownerPersonId: Type.String(),
  marking: Marking,
  minutesEn: Type.String(),
  minutesKo: Type.String(),
  minutesVersion: Type.Integer(),
  minutesUpdatedAt: Type.Union([Type.String(), Type.Null()]),
});
export type AgendaItem = Static<typeof AgendaItem>;

export const Outcome = Type.Object({
  id: Type.String(),
  agendaItemId: Type.String(),
  position: Type.Integer(),
  textEn: Type.String(),
  textKo: Type.String(),
  marking: Marking,
});
export type Outcome = Static<typeof Outcome>;

export const Meeting = Type.Object({
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
  updatedAt: Type.String(),
});
export type Meeting = Static<typeof Meeting>;

export const MeetingDetail = Type.Object({
  ...Meeting.properties,
  agenda: Type.Array(AgendaItem),
  outcomes: Type.Array(Outcome),
  approvedBy: Type.Array(Type.String()),
  awaitingApprovalFrom: Type.Array(Type.String()),
});
export type MeetingDetail = Static<typeof MeetingDetail>;
