// "Your security": second factors (authenticator app, passkeys), sessions, API tokens, recent activity.

import { useTranslation } from "react-i18next";
import { PageHeading } from "../app/PageHeading.tsx";
import { PasskeySection } from "./PasskeySection.tsx";
import { SessionsSection } from "./SessionsSection.tsx";
import type { Items, SecondFactors, SecurityEvent } from "./securityTypes.ts";
import { TokensSection } from "./TokensSection.tsx";
import { TotpSection } from "./TotpSection.tsx";
import { capitalTimes, useAccessText, useLoad } from "./useAccess.ts";

export function SecurityPage({ csrfToken, demo }: { csrfToken: string; demo: boolean }) {
  const t = useAccessText();
  const { i18n } = useTranslation();
  const language = i18n.language;
  const factors = useLoad<SecondFactors>("/auth/security");
  const activity = useLoad<Items<SecurityEvent>>("/auth/activity");

  return (
    <div className="page">
      <PageHeading title={t("security.heading")} />
      {demo ? <p className="demo-banner">{t("security.demo")}</p> : null}
      {factors.outcome?.ok && factors.outcome.value.secondFactorSetupRequired ? (
        <p role="alert" className="alert">
          {t("security.setupRequired")}
        </p>
      ) : null}
      {factors.outcome?.ok ? (
        <TotpSection csrfToken={csrfToken} factors={factors.outcome.value} onChange={factors.reload} />
      ) : null}
      <PasskeySection csrfToken={csrfToken} language={language} onChange={factors.reload} />
      <SessionsSection csrfToken={csrfToken} language={language} />
      <TokensSection csrfToken={csrfToken} language={language} />
      <section aria-labelledby="activity-heading">
        <h2 id="activity-heading">{t("activity.heading")}</h2>
        <ul>
          {activity.outcome?.ok
            ? activity.outcome.value.items.map((e) => (
                <li key={e.index}>
                  {t(`activity.types.${e.type}`, { defaultValue: e.type })} —{" "}
                  {t("times", capitalTimes(e.at, language))}
                </li>
              ))
            : null}
        </ul>
      </section>
    </div>
  );
}
