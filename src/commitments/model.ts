// Commitments: what an agreed text obliges someone to do, by when; overdue is computed, never stored.
import { type Static, Type } from "typebox";
import { invalid } from "../app/errors.ts";
import { MarkingInput } from "../bodies/model.ts";
import { NationCode } from "../directory/model.ts";

const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });
const Id = Type.String({ minLength: 1, maxLength: 100 });
const IsoDate = Type.String({ format: "date", description: "ISO 8601 date, e.g. 2023-12-31" });

export const commitmentStatuses = ["planned", "in-progress", "done", "at-risk"] as const;
export type CommitmentStatus = (typeof commitmentStatuses)[number];
const Status = Type.Union([
  Type.Literal("planned"),
  Type.Literal("in-progress"),
  Type.Literal("done"),
  Type.Literal("at-risk"),
]);

export const cadences = ["monthly", "quarterly", "semiannual", "annual"] as const;
export type Cadence = (typeof cadences)[number];
const monthsOf: Record<Cadence, number> = { monthly: 1, quarterly: 3, semiannual: 6, annual: 12 };

/** The capitals whose calendars decide when a date has ended. */
export const allianceZones = ["Asia/Seoul", "America/New_York"] as const;

export const CommitmentInput = Type.Object(
  {
    bodyId: Id,
    /** The outcome it comes from; its session's date becomes `agreedOn`. */
    sourceOutcomeId: Type.Optional(Id),
    /** Without an outcome: the text it comes from and when that was agreed. */
    sourceEn: Type.Optional(Text(300)),
    sourceKo: Type.Optional(Text(300)),
    agreedOn: Type.Optional(IsoDate),
    statementEn: Text(2000),
    statementKo: Text(2000),
    ownerNations: Type.Array(NationCode, { minItems: 1, uniqueItems: true }),
    ownerOrganizationId: Type.Optional(Id),
    dueOn: Type.Optional(IsoDate),
    cadence: Type.Optional(
      Type.Union([
        Type.Literal("monthly"),
        Type.Literal("quarterly"),
        Type.Literal("semiannual"),
        Type.Literal("annual"),
      ]),
    ),
    reviewMeetingId: Type.Optional(Id),
    marking: Type.Optional(MarkingInput),
  },
  { additionalProperties: false },
);
export type CommitmentInput = Static<typeof CommitmentInput>;

export const CommitmentUpdateInput = Type.Object(
  {
    commitmentId: Id,
    onDate: IsoDate,
    status: Status,
    noteEn: Text(4000),
    noteKo: Text(4000),
    evidence: Type.String({ maxLength: 2000 }),
  },
  { additionalProperties: false },
);
export type CommitmentUpdateInput = Static<typeof CommitmentUpdateInput>;

/** The calendar date at `now` in `zone`, as YYYY-MM-DD. */
export function dateIn(now: Date, zone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/** The date of `now` in the capital where it is earliest: a date has ended only when it ended everywhere. */
export function allianceToday(now: Date): string {
  return allianceZones.map((zone) => dateIn(now, zone)).sort()[0] ?? dateIn(now, "UTC");
}

function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1 + months, d ?? 1));
  return date.toISOString().slice(0, 10);
}

export interface OverdueFacts {
  status: string;
  dueOn: string | null;
  cadence: string | null;
  agreedOn: string;
  lastUpdateOn: string | null;
}

/** When the commitment next falls due: its due date, or one cadence after its last update. */
export function nextDueOn(c: OverdueFacts): string | null {
  if (c.dueOn) return c.dueOn;
  const cadence = cadences.find((k) => k === c.cadence);
  return cadence ? addMonths(c.lastUpdateOn ?? c.agreedOn, monthsOf[cadence]) : null;
}

/** Overdue: not done, and its due date has ended in both capitals. */
export function isOverdue(c: OverdueFacts, now: Date): boolean {
  if (c.status === "done") return false;
  const due = nextDueOn(c);
  return due !== null && due < allianceToday(now);
}

/** Throws 400 for impossible dates: agreed in the future, due before agreed, neither due date nor cadence. */
export function checkCommitmentDates(
  c: { agreedOn: string; dueOn?: string | undefined; cadence?: string | undefined },
  now: Date,
) {
  const latestToday =
    allianceZones
      .map((zone) => dateIn(now, zone))
      .sort()
      .at(-1) ?? "";
  if (c.agreedOn > latestToday) {
    throw invalid("A commitment cannot be agreed in the future.", [
      { path: "/agreedOn", message: "is in the future" },
    ]);
  }
  if (c.dueOn && c.dueOn < c.agreedOn) {
    throw invalid(`The due date ${c.dueOn} is before the commitment was agreed (${c.agreedOn}).`, [
      { path: "/dueOn", message: `is before ${c.agreedOn}` },
    ]);
  }
  if (!c.dueOn && !c.cadence) {
    throw invalid("Give a due date or a cadence.", [
      { path: "/dueOn", message: "dueOn or cadence is required" },
    ]);
  }
}

/** The dashboard's order: overdue first, then at risk, then by next due date, then statement. */
export function dashboardOrder<T extends OverdueFacts & { statementEn: string }>(items: T[], now: Date): T[] {
  const rank = (c: T) => (isOverdue(c, now) ? 0 : c.status === "at-risk" ? 1 : c.status === "done" ? 3 : 2);
  return [...items].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (nextDueOn(a) ?? "9999").localeCompare(nextDueOn(b) ?? "9999") ||
      a.statementEn.localeCompare(b.statementEn),
  );
}

const Marking = Type.Object({ classification: Type.String(), releasableTo: Type.Array(Type.String()) });

export const CommitmentUpdate = Type.Object({
  id: Type.String(),
  onDate: Type.String(),
  status: Type.String(),
  noteEn: Type.String(),
  noteKo: Type.String(),
  evidence: Type.String(),
  nation: Type.Union([Type.String(), Type.Null()]),
  recordedAt: Type.String(),
});

export const Commitment = Type.Object({
  id: Type.String(),
  bodyId: Type.String(),
  sourceOutcomeId: Type.Union([Type.String(), Type.Null()]),
  sourceEn: Type.String(),
  sourceKo: Type.String(),
  agreedOn: Type.String(),
  statementEn: Type.String(),
  statementKo: Type.String(),
  ownerNations: Type.Array(Type.String()),
  ownerOrganizationId: Type.Union([Type.String(), Type.Null()]),
  dueOn: Type.Union([Type.String(), Type.Null()]),
  cadence: Type.Union([Type.String(), Type.Null()]),
  nextDueOn: Type.Union([Type.String(), Type.Null()]),
  status: Type.String(),
  overdue: Type.Boolean(),
  reviewMeetingId: Type.Union([Type.String(), Type.Null()]),
  marking: Marking,
  lastUpdateOn: Type.Union([Type.String(), Type.Null()]),
});
export type Commitment = Static<typeof Commitment>;

export const CommitmentDetail = Type.Object({
  ...Commitment.properties,
  updates: Type.Array(CommitmentUpdate),
});
