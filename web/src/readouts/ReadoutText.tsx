// A readout's text laid out as published: numbered points, with ○ sub-points indented beneath.
import { blocksOf } from "./model.ts";

export function ReadoutText({ text, lang }: { text: string; lang: "en" | "ko" }) {
  return (
    <div className="readout-text" lang={lang}>
      {blocksOf(text).map((block, i) => (
        // Blocks have no identity beyond their place in the text.
        // biome-ignore lint/suspicious/noArrayIndexKey: static text, never reordered
        <p key={i} className={`readout-${block.kind}`}>
          {block.kind === "sub-point" ? "○ " : null}
          {block.text}
        </p>
      ))}
    </div>
  );
}
