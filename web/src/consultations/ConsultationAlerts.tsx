// The loud alert shown on every signed-in screen when an urgent consultation reaches this person.
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "../app/Link.tsx";
import { useLocation } from "../app/router.ts";
import { consultationPath } from "./consultationsApi.ts";
import { useStream } from "./useStream.ts";
import "./consultations.css";

export function ConsultationAlerts() {
  const { t } = useTranslation();
  const { alerts, connected, dismiss } = useStream();
  const { path } = useLocation();
  // Opening the consultation answers its alert.
  useEffect(() => {
    for (const alert of alerts)
      if (path === consultationPath(alert.consultationId)) dismiss(alert.consultationId);
  }, [alerts, path, dismiss]);
  return (
    <>
      {alerts.map((alert) => (
        <div key={alert.consultationId} className="urgent-alert" role="alert">
          <p className="urgent-alert-title">{t("consultations.alert.title")}</p>
          <p>{t("consultations.alert.body")}</p>
          <div className="urgent-alert-actions">
            <Link to={consultationPath(alert.consultationId)} className="button urgent-alert-open">
              {t("consultations.alert.open")}
            </Link>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => dismiss(alert.consultationId)}
            >
              {t("consultations.alert.later")}
            </button>
          </div>
        </div>
      ))}
      {connected ? null : (
        <p className="stream-offline" role="status">
          {t("consultations.offline")}
        </p>
      )}
    </>
  );
}
