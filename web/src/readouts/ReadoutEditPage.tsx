// Edits a draft readout and publishes it. The server refuses stale versions (409) and any text taken
// from material that is not PUBLIC (400); both answers are shown here in words the editor can act on.
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { newIdempotencyKey, sendJson } from "../app/api.ts";
import { LoadableView } from "../app/LoadableView.tsx";
import { Marking } from "../app/Marking.tsx";
import { PageHeading } from "../app/PageHeading.tsx";
import { ProblemAlert } from "../app/ProblemAlert.tsx";
import type { Problem } from "../app/problem.ts";
import { useSession } from "../app/session.ts";
import { useApiGet } from "../app/useApiGet.ts";
import type { Readout } from "./model.ts";
import { ReadoutText } from "./ReadoutText.tsx";
import "./readouts.css";

const fields = ["titleEn", "titleKo", "textEn", "textKo"] as const;
type Draft = Record<(typeof fields)[number], string>;

export function ReadoutEditPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const [reload, setReload] = useState(0);
  const readout = useApiGet<Readout>(`/readouts/${encodeURIComponent(id)}?v=${reload}`);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (readout.state === "ready") setDraft((d) => d ?? readout.value);
  }, [readout]);
  const guard = () => ({ csrfToken: session.csrfToken, idempotencyKey: newIdempotencyKey() });

  async function save(version: number) {
    if (!draft) return;
    setProblem(null);
    setSaved(false);
    const result = await sendJson(
      "PUT",
      `/readouts/${encodeURIComponent(id)}`,
      { ...draft, version },
      guard(),
    );
    if (!result.ok) {
      // Someone saved first: fetch their version so the next save builds on it; the editor's text stays.
      if (result.problem.status === 409) setReload((n) => n + 1);
      return setProblem(result.problem);
    }
    setSaved(true);
    setReload((n) => n + 1);
  }

  async function publish() {
    setProblem(null);
    const result = await sendJson("POST", `/readouts/${encodeURIComponent(id)}/publish`, {}, guard());
    if (!result.ok) return setProblem(result.problem);
    setReload((n) => n + 1);
  }

  return (
    <>
      <Marking classification="PUBLIC" />
      <div className="page readout-editor">
        <PageHeading title={t("readouts.editTitle")} />
        <p>{t("readouts.editIntro")}</p>
        {problem ? <ProblemAlert problem={problem} /> : null}
        {saved ? <p role="status">{t("readouts.saved")}</p> : null}
        <LoadableView loadable={readout}>
          {(current) =>
            !draft ? (
              <p role="status">{t("app.loading")}</p>
            ) : current.status === "published" ? (
              <>
                <p role="status">{t("readouts.isPublished")}</p>
                <h2>{current.titleEn}</h2>
                <ReadoutText text={current.textEn} lang="en" />
              </>
            ) : (
              <form
                className="form"
                onSubmit={(event) => {
                  event.preventDefault();
                  void save(current.version);
                }}
              >
                {fields.map((field) => (
                  <div className="field" key={field}>
                    <label htmlFor={`readout-${field}`}>{t(`readouts.fields.${field}`)}</label>
                    <textarea
                      id={`readout-${field}`}
                      lang={field.endsWith("Ko") ? "ko" : "en"}
                      rows={field.startsWith("text") ? 16 : 2}
                      value={draft[field]}
                      onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
                    />
                  </div>
                ))}
                <div className="form-actions">
                  <button type="submit" className="button">
                    {t("readouts.save")}
                  </button>
                  <button type="button" className="button button-secondary" onClick={() => void publish()}>
                    {t("readouts.publish")}
                  </button>
                </div>
              </form>
            )
          }
        </LoadableView>
      </div>
      <Marking classification="PUBLIC" />
    </>
  );
}
