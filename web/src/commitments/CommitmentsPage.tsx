// The commitments dashboard: by body, owner nation and status, overdue first, each deadline shown in
// both capitals' time.
import { useTranslation } from "react-i18next";
import { seoulZone, washingtonZone } from "../app/clock.ts";
import { Link } from "../app/Link.tsx";
import { LoadableView } from "../app/LoadableView.tsx";
import { Marking, markingText } from "../app/Marking.tsx";
import { PageHeading } from "../app/PageHeading.tsx";
import { navigate } from "../app/router.ts";
import { useApiGet } from "../app/useApiGet.ts";
import { ZoneClock } from "../app/ZoneClock.tsx";
import { type Body, pageMarking } from "../bodies/model.ts";
import { BilingualName } from "../directory/BilingualName.tsx";
import type { Items } from "../directory/model.ts";
import { type Commitment, type CommitmentFilter, dashboardPath, endOfDay, statuses } from "./model.ts";

export function CommitmentsPage({ filter }: { filter: CommitmentFilter }) {
  const { t } = useTranslation();
  const commitments = useApiGet<Items<Commitment>>(dashboardPath(filter));
  const bodies = useApiGet<Items<Body>>("/bodies");
  const acronymOf = (id: string) =>
    (bodies.state === "ready" ? bodies.value.items.find((b) => b.id === id)?.acronym : undefined) ?? "";
  const banner = pageMarking(
    commitments.state === "ready" ? commitments.value.items.map((c) => c.marking) : [],
    {
      classification: "PUBLIC",
      releasableTo: [],
    },
  );
  const choose = (key: keyof CommitmentFilter) => (value: string) =>
    navigate(dashboardPath({ ...filter, [key]: value }));

  return (
    <>
      <Marking classification={banner.classification} releasableTo={banner.releasableTo} />
      <div className="page">
        <PageHeading title={t("commitments.title")} />
        <form className="filters" aria-label={t("commitments.filters")} onSubmit={(e) => e.preventDefault()}>
          <label>
            {t("commitments.body")}{" "}
            <select value={filter.bodyId} onChange={(e) => choose("bodyId")(e.target.value)}>
              <option value="">{t("commitments.all")}</option>
              {bodies.state === "ready"
                ? bodies.value.items.map((b) => (
                    <option key={b.id} value={b.id}>
                      {b.acronym}
                    </option>
                  ))
                : null}
            </select>
          </label>{" "}
          <label>
            {t("commitments.owner")}{" "}
            <select value={filter.owner} onChange={(e) => choose("owner")(e.target.value)}>
              <option value="">{t("commitments.all")}</option>
              <option value="KOR">KOR</option>
              <option value="USA">USA</option>
            </select>
          </label>{" "}
          <label>
            {t("commitments.status")}{" "}
            <select value={filter.status} onChange={(e) => choose("status")(e.target.value)}>
              <option value="">{t("commitments.all")}</option>
              {statuses.map((s) => (
                <option key={s} value={s}>
                  {t(`commitments.statuses.${s}`)}
                </option>
              ))}
            </select>
          </label>
        </form>
        <LoadableView loadable={commitments}>
          {({ items }) => (
            <div className="table-scroll">
              <table className="data-table">
                <caption className="visually-hidden">{t("commitments.title")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("commitments.statement")}</th>
                    <th scope="col">{t("commitments.body")}</th>
                    <th scope="col">{t("commitments.owner")}</th>
                    <th scope="col">{t("commitments.due")}</th>
                    <th scope="col">{t("commitments.status")}</th>
                    <th scope="col">{t("marking.label")}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((c) => (
                    <tr key={c.id} className={c.overdue ? "overdue" : undefined}>
                      <th scope="row" className="long-text">
                        <Link to={`/commitments/${encodeURIComponent(c.id)}`}>
                          <BilingualName en={c.statementEn} ko={c.statementKo} />
                        </Link>
                        <br />
                        <small>
                          <BilingualName en={c.sourceEn} ko={c.sourceKo} /> · {c.agreedOn}
                        </small>
                      </th>
                      <td>{acronymOf(c.bodyId)}</td>
                      <td>{c.ownerNations.join(", ")}</td>
                      <td>
                        {c.nextDueOn ? (
                          <>
                            <time dateTime={c.nextDueOn}>{c.nextDueOn}</time>
                            {c.cadence
                              ? ` (${t(`bodies.cadences.${c.cadence}`, { defaultValue: c.cadence })})`
                              : null}
                            <br />
                            <small>
                              {t("commitments.endsAt")}{" "}
                              <ZoneClock
                                at={endOfDay(c.nextDueOn, seoulZone)}
                                timeZone={seoulZone}
                                label={t("clock.seoul")}
                              />{" "}
                              ·{" "}
                              <ZoneClock
                                at={endOfDay(c.nextDueOn, washingtonZone)}
                                timeZone={washingtonZone}
                                label={t("clock.washington")}
                              />
                            </small>
                          </>
                        ) : (
                          "—"
                        )}
                      </td>
                      <td>
                        {c.overdue ? (
                          <strong className="overdue-flag">{t("commitments.statuses.overdue")}</strong>
                        ) : null}
                        {c.overdue ? " · " : null}
                        {t(`commitments.statuses.${c.status}`)}
                      </td>
                      <td lang="en" className="code">
                        {markingText(c.marking.classification, c.marking.releasableTo)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </LoadableView>
      </div>
      <Marking classification={banner.classification} releasableTo={banner.releasableTo} />
    </>
  );
}
