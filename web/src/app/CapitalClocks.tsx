// Seoul and Washington side by side, so nobody has to work out the other capital's hour.
import { useTranslation } from "react-i18next";
import { seoulZone, useNow, washingtonZone } from "./clock.ts";
import { ZoneClock } from "./ZoneClock.tsx";

export function CapitalClocks() {
  const { t } = useTranslation();
  const now = useNow();
  return (
    <p className="capital-clocks">
      <span className="visually-hidden">{t("clock.label")}: </span>
      <ZoneClock at={now} timeZone={seoulZone} label={t("clock.seoul")} />
      <span className="capital-clocks-separator" aria-hidden="true">
        {" · "}
      </span>
      <ZoneClock at={now} timeZone={washingtonZone} label={t("clock.washington")} />
    </p>
  );
}
