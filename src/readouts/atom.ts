// The Atom (RFC 4287) feed of published readouts: only what is already public goes in.
import type { Readout } from "./model.ts";

const escaped = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Renders the feed; `readouts` must be published ones, newest first. */
export function renderAtom(readouts: readonly Readout[], baseUrl: string, generatedAt: Date): string {
  const updated = readouts[0]?.publishedAt ?? generatedAt.toISOString();
  const entries = readouts.map((r) =>
    [
      "  <entry>",
      `    <id>urn:uuid:${escaped(r.id)}</id>`,
      `    <title>${escaped(r.titleEn)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escaped(`${baseUrl}/readouts#${r.id}`)}"/>`,
      `    <published>${escaped(r.publishedAt ?? r.updatedAt)}</published>`,
      `    <updated>${escaped(r.updatedAt)}</updated>`,
      `    <content type="text" xml:lang="en">${escaped(r.textEn)}</content>`,
      `    <summary type="text" xml:lang="ko">${escaped(`${r.titleKo}\n\n${r.textKo}`)}</summary>`,
      "  </entry>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    "  <title>Entente readouts</title>",
    // A stable id: the same feed whichever host name a reader reached it by.
    "  <id>urn:entente:readouts</id>",
    `  <link rel="self" type="application/atom+xml" href="${escaped(`${baseUrl}/readouts.atom`)}"/>`,
    `  <updated>${escaped(updated)}</updated>`,
    "  <author><name>Entente</name></author>",
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
