// Opens an urgent consultation on a body: subject, brief with its marking, response deadline, urgency.
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { getJson, newIdempotencyKey } from "../app/api.ts";
import { PageHeading } from "../app/PageHeading.tsx";
import { ProblemAlert } from "../app/ProblemAlert.tsx";
import type { Problem } from "../app/problem.ts";
import { navigate } from "../app/router.ts";
import { useSession } from "../app/session.ts";
import { type Body, consultationPath, openConsultation } from "./consultationsApi.ts";
import { urgencies } from "./model.ts";

const ladder = ["PUBLIC", "OFFICIAL", "CONFIDENTIAL", "SECRET"];

export function OpenConsultationPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const [bodies, setBodies] = useState<Body[]>([]);
  const [bodyId, setBodyId] = useState("");
  const [subject, setSubject] = useState("");
  const [brief, setBrief] = useState("");
  const [classification, setClassification] = useState("SECRET");
  const [urgency, setUrgency] = useState<string>("immediate");
  const [hours, setHours] = useState(2);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [key] = useState(newIdempotencyKey);

  useEffect(() => {
    void getJson<{ items: Body[] }>("/bodies").then((outcome) => {
      if (!outcome.ok) return;
      setBodies(outcome.value.items);
      setBodyId((current) => current || outcome.value.items[0]?.id || "");
    });
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const responseDeadline = new Date(Date.now() + hours * 3_600_000).toISOString();
    const input = { bodyId, subject, brief, classification, urgency, responseDeadline };
    const outcome = await openConsultation(input, session.csrfToken, key);
    if (outcome.ok) navigate(consultationPath(outcome.value.id));
    else setProblem(outcome.problem);
  }

  return (
    <div className="page">
      <PageHeading title={t("consultations.open")} />
      <form className="form" onSubmit={(e) => void submit(e)}>
        {problem ? <ProblemAlert problem={problem} /> : null}
        <div className="field">
          <label htmlFor="body">{t("consultations.body")}</label>
          <select id="body" value={bodyId} onChange={(e) => setBodyId(e.target.value)}>
            {bodies.map((body) => (
              <option key={body.id} value={body.id}>
                {body.acronym}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="subject">{t("consultations.subject")}</label>
          <input id="subject" required value={subject} onChange={(e) => setSubject(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="classification">{t("consultations.classification")}</label>
          <select
            id="classification"
            value={classification}
            onChange={(e) => setClassification(e.target.value)}
          >
            {ladder.map((level) => (
              <option key={level} value={level}>
                {level}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="brief">{t("consultations.brief")}</label>
          <textarea id="brief" required rows={6} value={brief} onChange={(e) => setBrief(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="urgency">{t("consultations.urgencyLabel")}</label>
          <select id="urgency" value={urgency} onChange={(e) => setUrgency(e.target.value)}>
            {urgencies.map((u) => (
              <option key={u} value={u}>
                {t(`consultations.urgency.${u}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="hours">{t("consultations.hoursToRespond")}</label>
          <input
            id="hours"
            type="number"
            min={1}
            max={168}
            value={hours}
            onChange={(e) => setHours(Number(e.target.value))}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button">
            {t("consultations.openSubmit")}
          </button>
        </div>
      </form>
    </div>
  );
}
