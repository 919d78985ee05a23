// One consultation, live: marking, deadline in both capitals, each party's state, the acknowledge button,
// the position form, the requesting nation's actions and the timeline from the record.
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Marking } from "../app/Marking.tsx";
import { PageHeading } from "../app/PageHeading.tsx";
import { ProblemAlert } from "../app/ProblemAlert.tsx";
import { useSession } from "../app/session.ts";
import { BothCapitals } from "./BothCapitals.tsx";
import { act, consultationPath, timelinePath } from "./consultationsApi.ts";
import { type Consultation, canSteer, minutesLeft, myParty, type TimelineEntry } from "./model.ts";
import { PartyCard } from "./PartyCard.tsx";
import { PositionForm } from "./PositionForm.tsx";
import { RequesterActions } from "./RequesterActions.tsx";
import { Timeline } from "./Timeline.tsx";
import { useLive } from "./useLive.ts";
import { useRecordEvents } from "./useStream.ts";

export function ConsultationPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const consultation = useLive<Consultation>(consultationPath(id));
  const timeline = useLive<{ items: TimelineEntry[] }>(timelinePath(id));
  useRecordEvents((event) => {
    if (event.subject.kind === "consultation" && event.subject.id === id) {
      consultation.reload();
      timeline.reload();
    }
  });
  const value = consultation.value;
  const party = value ? myParty(session.user, value) : null;
  const seenSent = useRef(false);
  const unseen = value?.alerts.some((a) => a.userId === session.user.id && a.seenAt === null) ?? false;
  useEffect(() => {
    if (!unseen || seenSent.current) return;
    seenSent.current = true;
    void act(id, "seen", {}, session.csrfToken);
  }, [unseen, id, session.csrfToken]);

  if (!value) {
    return consultation.problem ? (
      <ProblemAlert problem={consultation.problem} retry={consultation.reload} />
    ) : (
      <p role="status">{t("app.loading")}</p>
    );
  }
  const marking = (
    <Marking classification={value.marking.classification} releasableTo={value.marking.releasableTo} />
  );
  const left = minutesLeft(new Date(), value.responseDeadline);

  async function acknowledge() {
    const outcome = await act(id, "acknowledge", {}, session.csrfToken);
    if (outcome.ok) consultation.setValue(outcome.value);
    else consultation.reload();
  }

  return (
    <div className="page consultation">
      {marking}
      <PageHeading title={value.subject} />
      <p className="consultation-facts">
        <span className={`urgency urgency-${value.urgency}`}>
          {t(`consultations.urgency.${value.urgency}`)}
        </span>{" "}
        <span>{t(`consultations.status.${value.status}`)}</span> ·{" "}
        <span>{t("consultations.requestedBy", { nation: value.requesterNation })}</span>
      </p>
      <section className="deadline" aria-labelledby="deadline-heading">
        <h2 id="deadline-heading">{t("consultations.deadline")}</h2>
        <BothCapitals at={value.responseDeadline} />
        {value.status === "open" ? (
          <p className={left < 0 ? "deadline-passed" : "deadline-left"}>
            {left < 0 ? t("consultations.deadlinePassed") : t("consultations.minutesLeft", { count: left })}
          </p>
        ) : null}
      </section>
      {party && !party.acknowledgedAt ? (
        <button type="button" className="acknowledge-button" onClick={() => void acknowledge()}>
          {t("consultations.acknowledge", { nation: party.nation })}
        </button>
      ) : null}
      <section aria-labelledby="brief-heading">
        <h2 id="brief-heading">{t("consultations.brief")}</h2>
        <p className="brief">{value.brief}</p>
      </section>
      {party ? <PositionForm id={id} party={party} onStated={(c) => consultation.setValue(c)} /> : null}
      <section aria-labelledby="parties-heading">
        <h2 id="parties-heading">{t("consultations.parties")}</h2>
        <div className="parties">
          {value.parties.map((p) => (
            <PartyCard key={p.nation} party={p} alerts={value.alerts.filter((a) => a.nation === p.nation)} />
          ))}
        </div>
      </section>
      {value.outcome ? (
        <section aria-labelledby="outcome-heading">
          <h2 id="outcome-heading">{t("consultations.outcome")}</h2>
          <p className="brief">{value.outcome}</p>
        </section>
      ) : null}
      {canSteer(session.user, value) ? (
        <RequesterActions
          id={id}
          deadline={value.responseDeadline}
          onDone={(c) => consultation.setValue(c)}
        />
      ) : null}
      <Timeline entries={timeline.value?.items ?? []} />
      {marking}
    </div>
  );
}
