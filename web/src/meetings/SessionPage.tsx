// One session: when and where (in both capitals' time), its marked agenda with minutes and outcomes,
// approvals by each member nation, the Markdown export and the readout.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { hasPermission } from "../access/model.ts";
import { Link } from "../app/Link.tsx";
import { LoadableView } from "../app/LoadableView.tsx";
import { Marking } from "../app/Marking.tsx";
import { PageHeading } from "../app/PageHeading.tsx";
import { ProblemAlert } from "../app/ProblemAlert.tsx";
import type { Problem } from "../app/problem.ts";
import { navigate } from "../app/router.ts";
import { useSession } from "../app/session.ts";
import { useApiGet } from "../app/useApiGet.ts";
import { type BodyDetail, bodyApi, bodyPage, pageMarking } from "../bodies/model.ts";
import { CreateCommitmentForm } from "../commitments/CreateCommitmentForm.tsx";
import { BilingualName, useLocalized } from "../directory/BilingualName.tsx";
import type { Items, Person } from "../directory/model.ts";
import type { Readout } from "../readouts/model.ts";
import { AddAgendaItemForm, RecordOutcomeForm } from "./AgendaForms.tsx";
import { MinutesEditor } from "./MinutesEditor.tsx";
import { type MeetingDetail, minutesMarkdownUrl, minutesPdfUrl, outcomesOf, sessionApi } from "./model.ts";
import { SessionTime } from "./SessionTime.tsx";
import { sessionAction } from "./sessionApi.ts";

export function SessionPage({ bodyId, sessionId }: { bodyId: string; sessionId: string }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { session } = useSession();
  const [reload, setReload] = useState(0);
  const detail = useApiGet<MeetingDetail>(`${sessionApi(bodyId, sessionId)}?v=${reload}`);
  const people = useApiGet<Items<Person>>("/people");
  const body = useApiGet<BodyDetail>(bodyApi(bodyId));
  const drafts = useApiGet<Items<Readout>>(`/readouts/drafts?v=${reload}`);
  const published = useApiGet<Items<Readout>>(`/readouts?v=${reload}`);
  const readouts = [drafts, published].flatMap((l) => (l.state === "ready" ? l.value.items : []));
  const readout = readouts.find((r) => r.meetingId === sessionId);
  const refresh = () => setReload((n) => n + 1);
  const [problem, setProblem] = useState<Problem | null>(null);
  const nameOf = (id: string) => {
    const person = people.state === "ready" ? people.value.items.find((p) => p.id === id) : undefined;
    return person ? localized({ en: person.nameEn, ko: person.nameKo }) : id;
  };
  const may = (permission: string) => hasPermission(session.user, permission);

  async function act(action: "held" | "approvals" | "readout") {
    setProblem(null);
    const result = await sessionAction(session, bodyId, sessionId, action);
    if (!result.ok) return setProblem(result.problem);
    if (action === "readout" && result.value.id)
      return navigate(`/readouts/edit/${encodeURIComponent(result.value.id)}`);
    setReload((n) => n + 1);
  }

  return (
    <LoadableView loadable={detail}>
      {(m) => {
        const banner = pageMarking(
          [m.marking, ...m.agenda.map((i) => i.marking), ...m.outcomes.map((o) => o.marking)],
          m.marking,
        );
        const editable = may("sessions.write") && m.status !== "minutes-approved";
        return (
          <>
            <Marking classification={banner.classification} releasableTo={banner.releasableTo} />
            <div className="page">
              <p>
                <Link to={bodyPage(bodyId)}>← {t("sessions.backToBody")}</Link>
              </p>
              <PageHeading title={localized({ en: m.titleEn, ko: m.titleKo })} />
              <dl className="details">
                <dt>{t("sessions.when")}</dt>
                <dd>
                  <SessionTime at={m.startsAt} timeZone={m.timeZone} />
                </dd>
                <dt>{t("sessions.place")}</dt>
                <dd>
                  <BilingualName en={m.placeEn} ko={m.placeKo} />
                </dd>
                <dt>{t("sessions.level")}</dt>
                <dd>{m.level}</dd>
                <dt>{t("sessions.participants")}</dt>
                <dd>{m.participantIds.map(nameOf).join(", ") || "—"}</dd>
                <dt>{t("sessions.status")}</dt>
                <dd>
                  {t(`sessions.statuses.${m.status}`)}
                  {m.approvedBy.length > 0
                    ? ` · ${t("sessions.approvedBy", { nations: m.approvedBy.join(", ") })}`
                    : null}
                  {m.awaitingApprovalFrom.length > 0
                    ? ` · ${t("sessions.awaiting", { nations: m.awaitingApprovalFrom.join(", ") })}`
                    : null}
                </dd>
              </dl>
              {problem ? <ProblemAlert problem={problem} /> : null}
              <p className="page-actions">
                {m.status === "planned" && may("sessions.write") ? (
                  <button type="button" className="button" onClick={() => void act("held")}>
                    {t("sessions.markHeld")}
                  </button>
                ) : null}{" "}
                {m.awaitingApprovalFrom.includes(session.user.nation) && may("minutes.approve") ? (
                  <button type="button" className="button" onClick={() => void act("approvals")}>
                    {t("sessions.approve", { nation: session.user.nation })}
                  </button>
                ) : null}{" "}
                {readout ? (
                  <Link
                    className="button button-secondary"
                    to={`/readouts/edit/${encodeURIComponent(readout.id)}`}
                  >
                    {t("sessions.openReadout")}
                  </Link>
                ) : null}{" "}
                {m.status !== "planned" && may("readouts.write") && !readout ? (
                  <button
                    type="button"
                    className="button button-secondary"
                    onClick={() => void act("readout")}
                  >
                    {t("sessions.draftReadout")}
                  </button>
                ) : null}{" "}
                <a className="button button-secondary" href={minutesMarkdownUrl(bodyId, sessionId)}>
                  {t("sessions.exportMarkdown")}
                </a>{" "}
                <a className="button button-secondary" href={minutesPdfUrl(bodyId, sessionId)}>
                  {t("sessions.exportPdf")}
                </a>
              </p>
              <h2>{t("sessions.agenda")}</h2>
              {editable && body.state === "ready" && people.state === "ready" ? (
                <AddAgendaItemForm
                  body={body.value}
                  sessionId={sessionId}
                  people={people.value.items}
                  onDone={refresh}
                />
              ) : null}
              {m.agenda.length === 0 ? <p>{t("sessions.noAgenda")}</p> : null}
              <ol className="agenda">
                {m.agenda.map((item) => (
                  <li key={item.id}>
                    <Marking
                      classification={item.marking.classification}
                      releasableTo={item.marking.releasableTo}
                    />
                    <h3>
                      <BilingualName en={item.titleEn} ko={item.titleKo} />
                    </h3>
                    <p>{t("sessions.owner", { name: nameOf(item.ownerPersonId) })}</p>
                    {editable ? (
                      <MinutesEditor bodyId={bodyId} sessionId={sessionId} item={item} onSaved={refresh} />
                    ) : (
                      <>
                        <p lang="en">{item.minutesEn || "—"}</p>
                        <p lang="ko">{item.minutesKo}</p>
                      </>
                    )}
                    {m.status === "held" && may("sessions.write") && body.state === "ready" ? (
                      <RecordOutcomeForm
                        body={body.value}
                        sessionId={sessionId}
                        agendaItemId={item.id}
                        onDone={refresh}
                      />
                    ) : null}
                    {outcomesOf(item, m.outcomes).length > 0 ? <h4>{t("sessions.outcomes")}</h4> : null}
                    <ul>
                      {outcomesOf(item, m.outcomes).map((outcome) => (
                        <li key={outcome.id}>
                          <Marking
                            classification={outcome.marking.classification}
                            releasableTo={outcome.marking.releasableTo}
                          />
                          <BilingualName en={outcome.textEn} ko={outcome.textKo} />
                          {may("commitments.write") && body.state === "ready" ? (
                            <CreateCommitmentForm body={body.value} outcome={outcome} />
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ol>
            </div>
            <Marking classification={banner.classification} releasableTo={banner.releasableTo} />
          </>
        );
      }}
    </LoadableView>
  );
}
