// The consultation's events from the shared record, newest last, each timed by the server in both capitals.
import { useTranslation } from "react-i18next";
import { BothCapitals } from "./BothCapitals.tsx";
import { type TimelineEntry, timelineLabel } from "./model.ts";

export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t("consultations.timeline")}</h2>
      <ol className="timeline" aria-live="polite">
        {entries.map((entry) => {
          const label = timelineLabel(entry);
          const position = label.values.position;
          const values = position
            ? { ...label.values, position: t(`consultations.position.${position}`) }
            : label.values;
          return (
            <li key={entry.index}>
              <BothCapitals at={entry.at} />
              <span className="timeline-what">{t(label.key, { ...values, defaultValue: entry.type })}</span>
              <span className="code">#{entry.index}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
