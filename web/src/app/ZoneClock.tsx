// One place's current wall-clock time: "03:12 (KST) Thu, Jan 16".
import { useTranslation } from "react-i18next";
import { zoneTime } from "./clock.ts";

type ZoneClockProps = { at: Date; timeZone: string; label?: string };

export function ZoneClock({ at, timeZone, label }: ZoneClockProps) {
  const { i18n } = useTranslation();
  const local = zoneTime(at, timeZone, i18n.language);
  return (
    <span className="zone-clock">
      {label ? <span className="zone-clock-label">{label} </span> : null}
      {local ? (
        <time dateTime={at.toISOString()}>
          <span className="zone-clock-time">{local.time}</span> ({local.zone}){" "}
          <span className="zone-clock-day">{local.day}</span>
        </time>
      ) : (
        <span>{timeZone}</span>
      )}
    </span>
  );
}
