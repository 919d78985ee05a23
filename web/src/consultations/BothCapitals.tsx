// An instant as both capitals read it: Seoul and Washington local times side by side.
import { useTranslation } from "react-i18next";
import { seoulZone, washingtonZone } from "../app/clock.ts";
import { ZoneClock } from "../app/ZoneClock.tsx";

export function BothCapitals({ at }: { at: string }) {
  const { t } = useTranslation();
  const instant = new Date(at);
  return (
    <span className="both-capitals">
      <ZoneClock at={instant} timeZone={seoulZone} label={t("clock.seoul")} />
      <ZoneClock at={instant} timeZone={washingtonZone} label={t("clock.washington")} />
    </span>
  );
}
