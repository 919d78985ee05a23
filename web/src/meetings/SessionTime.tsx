// When a session takes place: its local time where it is held, and the time in both capitals.
import { useTranslation } from "react-i18next";
import { seoulZone, washingtonZone } from "../app/clock.ts";
import { ZoneClock } from "../app/ZoneClock.tsx";

export function SessionTime({ at, timeZone }: { at: string; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const instant = new Date(at);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "long", timeZone }).format(instant);
  const capitals = [seoulZone, washingtonZone].filter((zone) => zone !== timeZone);
  return (
    <span className="session-time">
      <time dateTime={at}>{date}</time>{" "}
      <ZoneClock at={instant} timeZone={timeZone} label={t("sessions.local")} />
      {capitals.map((zone) => (
        <span key={zone}>
          {" · "}
          <ZoneClock
            at={instant}
            timeZone={zone}
            label={t(zone === seoulZone ? "clock.seoul" : "clock.washington")}
          />
        </span>
      ))}
    </span>
  );
}
