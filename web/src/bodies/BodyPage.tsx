// One body: its members and roles, its sessions (in both capitals' time), its calendar and commitments.
import { useTranslation } from "react-i18next";
import { hasPermission } from "../access/model.ts";
import { Link } from "../app/Link.tsx";
import { LoadableView } from "../app/LoadableView.tsx";
import { Marking, markingText } from "../app/Marking.tsx";
import { PageHeading } from "../app/PageHeading.tsx";
import { useSession } from "../app/session.ts";
import { useApiGet } from "../app/useApiGet.ts";
import { BilingualName, useLocalized } from "../directory/BilingualName.tsx";
import type { Items, Person } from "../directory/model.ts";
import type { Meeting } from "../meetings/model.ts";
import { sessionPage } from "../meetings/model.ts";
import { ScheduleSessionForm } from "../meetings/ScheduleSessionForm.tsx";
import { SessionTime } from "../meetings/SessionTime.tsx";
import { type BodyDetail, bodyApi, calendarUrl, pageMarking } from "./model.ts";

export function BodyPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { session } = useSession();
  const body = useApiGet<BodyDetail>(bodyApi(id));
  const sessions = useApiGet<Items<Meeting>>(`${bodyApi(id)}/sessions`);
  const people = useApiGet<Items<Person>>("/people");
  const publicBanner = { classification: "PUBLIC", releasableTo: [] };
  const banner = pageMarking(
    sessions.state === "ready" ? sessions.value.items.map((s) => s.marking) : [],
    publicBanner,
  );
  const title =
    body.state === "ready"
      ? `${body.value.acronym} — ${localized({ en: body.value.nameEn, ko: body.value.nameKo })}`
      : t("bodies.title");

  return (
    <>
      <Marking classification={banner.classification} releasableTo={banner.releasableTo} />
      <div className="page">
        <p>
          <Link to="/bodies">← {t("bodies.back")}</Link>
        </p>
        <PageHeading title={title} />
        <LoadableView loadable={body}>
          {(found) => (
            <>
              <dl className="details">
                <dt>{t("bodies.name")}</dt>
                <dd>
                  <BilingualName en={found.nameEn} ko={found.nameKo} />
                </dd>
                <dt>{t("bodies.members")}</dt>
                <dd>{found.memberNations.join(", ")}</dd>
                <dt>{t("bodies.ceiling")}</dt>
                <dd lang="en">{markingText(found.classification, found.memberNations)}</dd>
                <dt>{t("bodies.cadence")}</dt>
                <dd>
                  {found.cadence
                    ? t(`bodies.cadences.${found.cadence}`, { defaultValue: found.cadence })
                    : "—"}
                </dd>
              </dl>
              <h2>{t("bodies.people")}</h2>
              <LoadableView loadable={people}>
                {({ items }) =>
                  found.members.length === 0 ? (
                    <p>{t("bodies.noMembers")}</p>
                  ) : (
                    <ul>
                      {found.members.map((member) => {
                        const person = items.find((p) => p.id === member.personId);
                        return (
                          <li key={member.personId}>
                            {person ? (
                              <BilingualName en={person.nameEn} ko={person.nameKo} />
                            ) : (
                              member.personId
                            )}{" "}
                            — {t(`bodies.roles.${member.role}`, { defaultValue: member.role })}
                          </li>
                        );
                      })}
                    </ul>
                  )
                }
              </LoadableView>
              <p className="page-actions">
                <Link
                  to={`/commitments?bodyId=${encodeURIComponent(found.id)}`}
                  className="button button-secondary"
                >
                  {t("commitments.title")}
                </Link>{" "}
                <a href={calendarUrl(found.id)} className="button button-secondary">
                  {t("sessions.calendar")}
                </a>
              </p>
            </>
          )}
        </LoadableView>
        <h2>{t("sessions.title")}</h2>
        {body.state === "ready" &&
        people.state === "ready" &&
        hasPermission(session.user, "sessions.write") ? (
          <ScheduleSessionForm body={body.value} people={people.value.items} />
        ) : null}
        <LoadableView loadable={sessions}>
          {({ items }) =>
            items.length === 0 ? (
              <p>{t("sessions.none")}</p>
            ) : (
              <div className="table-scroll">
                <table className="data-table">
                  <caption className="visually-hidden">{t("sessions.title")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("sessions.session")}</th>
                      <th scope="col">{t("sessions.when")}</th>
                      <th scope="col">{t("sessions.place")}</th>
                      <th scope="col">{t("sessions.status")}</th>
                      <th scope="col">{t("marking.label")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((session) => (
                      <tr key={session.id}>
                        <th scope="row" className="long-text">
                          <Link to={sessionPage(session.bodyId, session.id)}>
                            <BilingualName en={session.titleEn} ko={session.titleKo} />
                          </Link>
                        </th>
                        <td>
                          <SessionTime at={session.startsAt} timeZone={session.timeZone} />
                        </td>
                        <td>{localized({ en: session.placeEn, ko: session.placeKo })}</td>
                        <td>{t(`sessions.statuses.${session.status}`)}</td>
                        <td lang="en" className="code">
                          {markingText(session.marking.classification, session.marking.releasableTo)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )
          }
        </LoadableView>
      </div>
      <Marking classification={banner.classification} releasableTo={banner.releasableTo} />
    </>
  );
}
