// Both capitals' duty rosters side by side: who is on duty now and until when, in both local times.
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { getJson } from "../app/api.ts";
import { BothCapitals } from "./BothCapitals.tsx";
import { type Body, type RosterView, rostersPath } from "./consultationsApi.ts";

export function Rosters() {
  const { t } = useTranslation();
  const [bodies, setBodies] = useState<Body[]>([]);
  const [bodyId, setBodyId] = useState("");
  const [rosters, setRosters] = useState<RosterView[]>([]);

  useEffect(() => {
    void getJson<{ items: Body[] }>("/bodies").then((outcome) => {
      if (!outcome.ok) return;
      setBodies(outcome.value.items);
      setBodyId((current) => current || outcome.value.items[0]?.id || "");
    });
  }, []);
  useEffect(() => {
    if (!bodyId) return;
    void getJson<{ items: RosterView[] }>(rostersPath(bodyId)).then((outcome) => {
      if (outcome.ok) setRosters(outcome.value.items);
    });
  }, [bodyId]);
  const nations = [...new Set(rosters.map((r) => r.nation))];

  return (
    <section aria-labelledby="rosters-heading" className="rosters">
      <h2 id="rosters-heading">{t("consultations.rosters")}</h2>
      <div className="field">
        <label htmlFor="roster-body">{t("consultations.body")}</label>
        <select id="roster-body" value={bodyId} onChange={(e) => setBodyId(e.target.value)}>
          {bodies.map((body) => (
            <option key={body.id} value={body.id}>
              {body.acronym}
            </option>
          ))}
        </select>
      </div>
      <div className="roster-columns">
        {nations.map((nation) => (
          <div key={nation} className="roster-column">
            <h3>{nation}</h3>
            <ul>
              {rosters
                .filter((r) => r.nation === nation)
                .map((roster) => (
                  <li key={roster.id}>
                    <strong>{t(`consultations.tier.${roster.tier}`)}</strong>: {roster.onDuty.displayName}
                    {roster.onDuty.overrideId ? ` (${t("consultations.override")})` : null}
                    <br />
                    {t("consultations.handsOverAt")} <BothCapitals at={roster.onDuty.endsAt} />
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
