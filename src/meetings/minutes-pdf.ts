// Minutes export to PDF: the same content as the Markdown export, with the marking banner at the top and
// bottom of every page. Korean is set in Noto Sans KR, which ships as an npm package (no system fonts needed).
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import { formatMarking } from "../access/marking.ts";
import type { Body } from "../bodies/model.ts";
import { combinedMarking } from "./minutes-markdown.ts";
import type { MeetingDetail } from "./model.ts";

const resolveFont = createRequire(import.meta.url).resolve;
const regular = resolveFont("@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf");
const bold = resolveFont("@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf");

/** Renders the minutes the reader may see as a PDF. */
export function renderMinutesPdf(
  body: Pick<Body, "acronym" | "nameEn" | "nameKo">,
  meeting: MeetingDetail,
  nameOf: (personId: string) => string,
): Promise<Buffer> {
  const banner = formatMarking(
    combinedMarking([
      meeting.marking,
      ...meeting.agenda.map((i) => i.marking),
      ...meeting.outcomes.map((o) => o.marking),
    ]),
  );
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 72, bottom: 72, left: 64, right: 64 },
    bufferPages: true,
    info: { Title: `${meeting.titleEn} — minutes`, Subject: banner },
  });
  doc.registerFont("regular", regular);
  doc.registerFont("bold", bold);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));

  const local = new Intl.DateTimeFormat("en-GB", {
    timeZone: meeting.timeZone,
    dateStyle: "full",
    timeStyle: "short",
  });
  doc.font("bold").fontSize(16).text(meeting.titleEn).text(meeting.titleKo).moveDown(0.5);
  doc.font("regular").fontSize(10);
  for (const line of [
    `Body: ${body.nameEn} (${body.acronym}) / ${body.nameKo}`,
    `When: ${local.format(new Date(meeting.startsAt))} (${meeting.timeZone}); ${meeting.startsAt} UTC`,
    `Where: ${meeting.placeEn} / ${meeting.placeKo}`,
    `Level: ${meeting.level}`,
    `Status: ${meeting.status}${meeting.approvedBy.length > 0 ? ` (approved by ${meeting.approvedBy.join(", ")})` : ""}`,
    `Participants: ${meeting.participantIds.map(nameOf).join("; ") || "—"}`,
  ]) {
    doc.text(line);
  }
  for (const item of meeting.agenda) {
    doc.moveDown().font("bold").fontSize(12).text(`${item.position}. ${item.titleEn} — ${item.titleKo}`);
    doc
      .font("regular")
      .fontSize(9)
      .text(`${formatMarking(item.marking)} · Owner: ${nameOf(item.ownerPersonId)}`);
    doc.fontSize(10);
    if (item.minutesEn) doc.moveDown(0.3).text(item.minutesEn);
    if (item.minutesKo) doc.moveDown(0.3).text(item.minutesKo);
    const outcomes = meeting.outcomes.filter((o) => o.agendaItemId === item.id);
    if (outcomes.length > 0) doc.moveDown(0.3).font("bold").text("Outcomes").font("regular");
    for (const o of outcomes)
      doc.text(`• (${formatMarking(o.marking)}) ${o.textEn} / ${o.textKo}`, { indent: 12 });
  }
  stampBanners(doc, banner);
  doc.end();
  return done;
}

// Every page carries the marking top and bottom, as marked paper does.
function stampBanners(doc: PDFKit.PDFDocument, banner: string) {
  const { start, count } = doc.bufferedPageRange();
  for (let page = start; page < start + count; page++) {
    doc.switchToPage(page);
    const { width, height } = doc.page;
    const { bottom } = doc.page.margins;
    doc.page.margins.bottom = 0;
    doc.font("bold").fontSize(10);
    doc.text(banner, 0, 30, { width, align: "center", lineBreak: false });
    doc.text(banner, 0, height - 45, { width, align: "center", lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}
