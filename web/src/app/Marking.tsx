// The classification banner shown above and below marked content, e.g. "SECRET // REL TO KOR, USA".
// The marking itself stays in its official English form; in Korean the banner adds a Korean gloss.
import { useTranslation } from "react-i18next";
import "./marking.css";

export type MarkingProps = {
  /** As the server marks the content: "PUBLIC", "OFFICIAL", "CONFIDENTIAL", "SECRET" (also "UNCLASSIFIED", "TOP SECRET"). */
  classification: string;
  /** Nation codes the content may be released to, e.g. ["KOR", "USA"]. */
  releasableTo?: readonly string[];
  /** Content that belongs to an exercise, not to real events. */
  exercise?: boolean;
};

const levels = ["public", "unclassified", "official", "confidential", "secret", "top-secret"] as const;
type Level = (typeof levels)[number] | "other";

function levelOf(classification: string): Level {
  const normalized = classification
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
  return levels.find((level) => level === normalized) ?? "other";
}

/** "SECRET // REL TO KOR, USA": the banner text in its official form. */
export function markingText(classification: string, releasableTo: readonly string[] = []): string {
  const level = classification.trim().toUpperCase().replace(/_/g, " ");
  return releasableTo.length > 0 ? `${level} // REL TO ${releasableTo.join(", ")}` : level;
}

export function Marking({ classification, releasableTo = [], exercise = false }: MarkingProps) {
  const { t } = useTranslation();
  const level = levelOf(classification);
  const text = markingText(classification, releasableTo);
  const levelGloss = level === "other" ? "" : t(`marking.level.${level}`);
  const gloss =
    releasableTo.length > 0 && levelGloss
      ? t("marking.glossReleasable", { level: levelGloss, nations: releasableTo.join(", ") })
      : levelGloss;
  const showGloss = gloss !== "" && gloss.toUpperCase() !== text;
  const exerciseWord = t("marking.exercise");

  return (
    <div className={`marking marking-${level}`}>
      {exercise ? (
        <p className="marking-exercise">
          <span lang="en">EXERCISE</span>
          {exerciseWord !== "EXERCISE" ? <span> · {exerciseWord}</span> : null}
        </p>
      ) : null}
      <p className="marking-text">
        <span className="visually-hidden">{t("marking.label")}: </span>
        <strong lang="en">{text}</strong>
        {showGloss ? <span className="marking-gloss"> · {gloss}</span> : null}
      </p>
    </div>
  );
}
