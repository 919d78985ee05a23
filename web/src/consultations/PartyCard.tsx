// One consulted nation's state: where on the ladder, acknowledged when and by whom, its position,
// and every alert by person and channel (delivered, seen, acknowledged).
import { useTranslation } from "react-i18next";
import { BothCapitals } from "./BothCapitals.tsx";
import { type AlertView, type Party, stageOf } from "./model.ts";

export function PartyCard({ party, alerts }: { party: Party; alerts: AlertView[] }) {
  const { t } = useTranslation();
  const stage = stageOf(party);
  return (
    <article className={`party party-${stage}`}>
      <h3>
        {party.nation} · {t(`consultations.stage.${stage}`)}
      </h3>
      <p>
        {t("consultations.rung", { tier: t(`consultations.tier.${party.tier}`), step: party.position + 1 })}
      </p>
      {party.nextEscalationAt ? (
        <p>
          {t("consultations.escalatesAt")} <BothCapitals at={party.nextEscalationAt} />
        </p>
      ) : null}
      {party.acknowledgedAt ? (
        <p>
          {t("consultations.acknowledgedAt")} <BothCapitals at={party.acknowledgedAt} />
        </p>
      ) : null}
      {party.stance ? (
        <p className="stance">
          <strong>{t(`consultations.position.${party.stance}`)}</strong>
          {party.comments ? ` — ${party.comments}` : null}
        </p>
      ) : null}
      <ul className="alert-list">
        {alerts.map((alert) => (
          <li key={alert.id}>
            {alert.displayName} · {t(`consultations.channel.${alert.channel}`)} ·{" "}
            {alert.acknowledgedAt
              ? t("consultations.delivery.acknowledged")
              : alert.seenAt
                ? t("consultations.delivery.seen")
                : t(`consultations.delivery.${alert.deliveryStatus}`, { defaultValue: alert.deliveryStatus })}
            {alert.attempts > 1 ? ` (${t("consultations.attempts", { count: alert.attempts })})` : null}
          </li>
        ))}
      </ul>
    </article>
  );
}
