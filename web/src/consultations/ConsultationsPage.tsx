// Urgent consultations the user may see, newest first, and both capitals' duty rosters side by side.
import { useTranslation } from "react-i18next";
import { Link } from "../app/Link.tsx";
import { Marking } from "../app/Marking.tsx";
import { PageHeading } from "../app/PageHeading.tsx";
import { ProblemAlert } from "../app/ProblemAlert.tsx";
import { useSession } from "../app/session.ts";
import { BothCapitals } from "./BothCapitals.tsx";
import { consultationPath, consultationsPath } from "./consultationsApi.ts";
import { type Consultation, stageOf } from "./model.ts";
import { Rosters } from "./Rosters.tsx";
import { useLive } from "./useLive.ts";
import { useRecordEvents } from "./useStream.ts";

export function ConsultationsPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const list = useLive<{ items: Consultation[] }>(consultationsPath);
  useRecordEvents((event) => {
    if (event.subject.kind === "consultation") list.reload();
  });

  return (
    <div className="page">
      <PageHeading title={t("consultations.title")} />
      {session.user.permissions.includes("consultations.open") ? (
        <p>
          <Link to="/consultations/new" className="button">
            {t("consultations.open")}
          </Link>
        </p>
      ) : null}
      {list.problem ? <ProblemAlert problem={list.problem} retry={list.reload} /> : null}
      {list.value && list.value.items.length === 0 ? <p>{t("consultations.none")}</p> : null}
      <ul className="consultation-list">
        {list.value?.items.map((c) => (
          <li key={c.id} className={`consultation-item status-${c.status}`}>
            <Marking classification={c.marking.classification} releasableTo={c.marking.releasableTo} />
            <Link to={consultationPath(c.id)} className="consultation-subject">
              {c.subject}
            </Link>
            <p>
              <span className={`urgency urgency-${c.urgency}`}>
                {t(`consultations.urgency.${c.urgency}`)}
              </span>{" "}
              {t(`consultations.status.${c.status}`)} ·{" "}
              {c.parties.map((p) => `${p.nation}: ${t(`consultations.stage.${stageOf(p)}`)}`).join(" · ")}
            </p>
            <p>
              {t("consultations.deadline")}: <BothCapitals at={c.responseDeadline} />
            </p>
          </li>
        ))}
      </ul>
      <Rosters />
    </div>
  );
}
