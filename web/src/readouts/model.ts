// Readouts as the API returns them, and their text read back into numbered points and ○ sub-points.
export type Readout = {
  id: string;
  meetingId: string;
  bodyId: string;
  titleEn: string;
  titleKo: string;
  textEn: string;
  textKo: string;
  version: number;
  status: string;
  updatedAt: string;
  publishedAt: string | null;
};

export type Block = { kind: "point" | "sub-point" | "paragraph"; text: string };

/** Splits a readout into its blocks: "1. …" points, "○ …" sub-points, other paragraphs. */
export function blocksOf(text: string): Block[] {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== "")
    .map((block) => {
      if (block.startsWith("○")) return { kind: "sub-point", text: block.replace(/^○\s*/, "") };
      if (/^\d+\.\s/.test(block)) return { kind: "point", text: block };
      return { kind: "paragraph", text: block };
    });
}
