// One commitment: where it comes from, who owns it, when it is due (in both capitals), its dated updates,
// and a form to record the next update with its evidence.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { hasPermission } from "../access/model.ts";
import { seoulZone, washingtonZone } from "../app/clock.ts";
import { Link } from "../app/Link.tsx";
import { LoadableView } from "../app/LoadableView.tsx";
import { Marking } from "../app/Marking.tsx";
import { PageHeading } from "../app/PageHeading.tsx";
import { ProblemAlert } from "../app/ProblemAlert.tsx";
import { useSession } from "../app/session.ts";
import { useApiGet } from "../app/useApiGet.ts";
import { ZoneClock } from "../app/ZoneClock.tsx";
import { useWrite } from "../bodies/useWrite.ts";
import { BilingualName, useLocalized } from "../directory/BilingualName.tsx";
import { type Commitment, endOfDay, statuses } from "./model.ts";

type Update = {
  id: string;
  onDate: string;
  status: string;
  noteEn: string;
  noteKo: string;
  evidence: string;
  nation: string | null;
};
type Detail = Commitment & { updates: Update[] };

export function CommitmentPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { session } = useSession();
  const [reload, setReload] = useState(0);
  const detail = useApiGet<Detail>(`/commitments/${encodeURIComponent(id)}?v=${reload}`);
  const { send, problem, busy, errorOf } = useWrite();
  const [update, setUpdate] = useState({
    onDate: "",
    status: "in-progress",
    noteEn: "",
    noteKo: "",
    evidence: "",
  });

  async function submit() {
    const recorded = await send("POST", `/commitments/${encodeURIComponent(id)}/updates`, update);
    if (recorded) {
      setUpdate({ ...update, noteEn: "", noteKo: "", evidence: "" });
      setReload((n) => n + 1);
    }
  }

  return (
    <LoadableView loadable={detail}>
      {(c) => (
        <>
          <Marking classification={c.marking.classification} releasableTo={c.marking.releasableTo} />
          <div className="page">
            <p>
              <Link to="/commitments">← {t("commitments.title")}</Link>
            </p>
            <PageHeading title={localized({ en: c.statementEn, ko: c.statementKo })} />
            <dl className="details">
              <dt>{t("commitments.statement")}</dt>
              <dd className="long-text">
                <BilingualName en={c.statementEn} ko={c.statementKo} />
              </dd>
              <dt>{t("commitments.source")}</dt>
              <dd>
                <BilingualName en={c.sourceEn} ko={c.sourceKo} /> · {c.agreedOn}
              </dd>
              <dt>{t("commitments.owner")}</dt>
              <dd>{c.ownerNations.join(", ")}</dd>
              <dt>{t("commitments.due")}</dt>
              <dd>
                {c.nextDueOn ? (
                  <>
                    {c.nextDueOn} · {t("commitments.endsAt")}{" "}
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
                  </>
                ) : (
                  "—"
                )}
              </dd>
              <dt>{t("commitments.status")}</dt>
              <dd>
                {c.overdue ? (
                  <strong className="overdue-flag">{t("commitments.statuses.overdue")} · </strong>
                ) : null}
                {t(`commitments.statuses.${c.status}`)}
              </dd>
            </dl>
            <h2>{t("commitments.updates")}</h2>
            {c.updates.length === 0 ? <p>{t("commitments.noUpdates")}</p> : null}
            <ol className="updates">
              {c.updates.map((u) => (
                <li key={u.id}>
                  <strong>{u.onDate}</strong> · {t(`commitments.statuses.${u.status}`)}{" "}
                  {u.nation ? `(${u.nation})` : null}
                  <br />
                  <BilingualName en={u.noteEn} ko={u.noteKo} />
                  {u.evidence ? (
                    <p className="field-hint">
                      {t("commitments.evidence")}: {u.evidence}
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
            {hasPermission(session.user, "commitments.write") ? (
              <form
                className="form"
                onSubmit={(e) => {
                  e.preventDefault();
                  void submit();
                }}
              >
                <h3>{t("commitments.recordUpdate")}</h3>
                {problem ? <ProblemAlert problem={problem} /> : null}
                <div className={errorOf("onDate") ? "field field-invalid" : "field"}>
                  <label htmlFor="update-date">{t("commitments.onDate")}</label>
                  {errorOf("onDate") ? <p className="field-error">{errorOf("onDate")}</p> : null}
                  <input
                    id="update-date"
                    type="date"
                    required
                    value={update.onDate}
                    onChange={(e) => setUpdate({ ...update, onDate: e.target.value })}
                  />
                </div>
                <div className="field">
                  <label htmlFor="update-status">{t("commitments.status")}</label>
                  <select
                    id="update-status"
                    value={update.status}
                    onChange={(e) => setUpdate({ ...update, status: e.target.value })}
                  >
                    {statuses
                      .filter((s) => s !== "overdue")
                      .map((s) => (
                        <option key={s} value={s}>
                          {t(`commitments.statuses.${s}`)}
                        </option>
                      ))}
                  </select>
                </div>
                {(["noteEn", "noteKo", "evidence"] as const).map((field) => (
                  <div className="field" key={field}>
                    <label htmlFor={`update-${field}`}>{t(`commitments.${field}`)}</label>
                    <input
                      id={`update-${field}`}
                      required={field !== "evidence"}
                      value={update[field]}
                      onChange={(e) => setUpdate({ ...update, [field]: e.target.value })}
                    />
                  </div>
                ))}
                <div className="form-actions">
                  <button type="submit" className="button" disabled={busy}>
                    {t("forms.record")}
                  </button>
                </div>
              </form>
            ) : null}
          </div>
          <Marking classification={c.marking.classification} releasableTo={c.marking.releasableTo} />
        </>
      )}
    </LoadableView>
  );
}
