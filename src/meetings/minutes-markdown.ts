// Minutes export to Markdown: what the reader may see, under a banner carrying the highest marking in it.
import { classificationRank, formatMarking, type Marking } from "../access/marking.ts";
import type { Body } from "../bodies/model.ts";
import type { MeetingDetail } from "./model.ts";

/** The marking of a document assembled from parts: the highest classification, released only where all are. */
export function combinedMarking(parts: readonly Marking[]): Marking {
  const [first, ...rest] = parts;
  if (!first) return { classification: "PUBLIC", releasableTo: [] };
  let classification = first.classification;
  let releasableTo = [...first.releasableTo];
  for (const part of rest) {
    if (classificationRank(part.classification) > classificationRank(classification))
      classification = part.classification;
    releasableTo = releasableTo.filter((nation) => part.releasableTo.includes(nation));
  }
  return { classification, releasableTo: releasableTo.sort() };
}

export function renderMinutesMarkdown(
  body: Pick<Body, "acronym" | "nameEn" | "nameKo">,
  meeting: MeetingDetail,
  nameOf: (personId: string) => string,
): string {
  const banner = formatMarking(
    combinedMarking([
      meeting.marking,
      ...meeting.agenda.map((i) => i.marking),
      ...meeting.outcomes.map((o) => o.marking),
    ]),
  );
  const local = new Intl.DateTimeFormat("en-GB", {
    timeZone: meeting.timeZone,
    dateStyle: "full",
    timeStyle: "short",
  }).format(new Date(meeting.startsAt));
  const lines = [
    `**${banner}**`,
    "",
    `# ${meeting.titleEn} — ${meeting.titleKo}`,
    "",
    `- Body: ${body.nameEn} (${body.acronym}) / ${body.nameKo}`,
    `- When: ${local} (${meeting.timeZone}); ${meeting.startsAt} UTC`,
    `- Where: ${meeting.placeEn} / ${meeting.placeKo}`,
    `- Level: ${meeting.level}`,
    `- Status: ${meeting.status}${meeting.approvedBy.length > 0 ? ` (approved by ${meeting.approvedBy.join(", ")})` : ""}`,
    `- Participants: ${meeting.participantIds.map(nameOf).join("; ") || "—"}`,
    "",
  ];
  for (const item of meeting.agenda) {
    lines.push(
      `## ${item.position}. ${item.titleEn} — ${item.titleKo}`,
      "",
      `*${formatMarking(item.marking)}* · Owner: ${nameOf(item.ownerPersonId)}`,
      "",
    );
    if (item.minutesEn) lines.push(item.minutesEn, "");
    if (item.minutesKo) lines.push(item.minutesKo, "");
    const outcomes = meeting.outcomes.filter((o) => o.agendaItemId === item.id);
    if (outcomes.length > 0) {
      lines.push("### Outcomes", "");
      for (const o of outcomes) lines.push(`- (${formatMarking(o.marking)}) ${o.textEn} / ${o.textKo}`);
      lines.push("");
    }
  }
  lines.push(`**${banner}**`, "");
  return lines.join("\n");
}
