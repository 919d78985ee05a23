// The requesting nation's controls: extend the deadline, add information, close with an outcome.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../app/ProblemAlert.tsx";
import type { Problem } from "../app/problem.ts";
import { useSession } from "../app/session.ts";
import { type Action, act } from "./consultationsApi.ts";
import type { Consultation } from "./model.ts";

type Props = { id: string; deadline: string; onDone: (consultation: Consultation) => void };

/** "2026-11-26T14:00" for a datetime-local input, in the browser's zone. */
function localInputValue(iso: string): string {
  const date = new Date(iso);
  const offset = date.getTimezoneOffset() * 60_000;
  return new Date(date.getTime() - offset).toISOString().slice(0, 16);
}

export function RequesterActions({ id, deadline, onDone }: Props) {
  const { t } = useTranslation();
  const { session } = useSession();
  const [newDeadline, setNewDeadline] = useState(
    localInputValue(new Date(Date.parse(deadline) + 3_600_000).toISOString()),
  );
  const [information, setInformation] = useState("");
  const [outcome, setOutcome] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);

  async function run(action: Action, body: object, after?: () => void) {
    const result = await act(id, action, body, session.csrfToken);
    if (result.ok) {
      setProblem(null);
      onDone(result.value);
      after?.();
    } else setProblem(result.problem);
  }

  return (
    <section className="requester-actions" aria-labelledby="requester-heading">
      <h2 id="requester-heading">{t("consultations.requesterActions")}</h2>
      {problem ? <ProblemAlert problem={problem} /> : null}
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void run("extend", { responseDeadline: new Date(newDeadline).toISOString(), reason: "" });
        }}
      >
        <div className="field">
          <label htmlFor="new-deadline">{t("consultations.newDeadline")}</label>
          <input
            id="new-deadline"
            type="datetime-local"
            value={newDeadline}
            onChange={(e) => setNewDeadline(e.target.value)}
          />
        </div>
        <button type="submit" className="button button-secondary">
          {t("consultations.extend")}
        </button>
      </form>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void run("information", { text: information }, () => setInformation(""));
        }}
      >
        <div className="field">
          <label htmlFor="more-information">{t("consultations.addInformation")}</label>
          <textarea
            id="more-information"
            rows={3}
            required
            value={information}
            onChange={(e) => setInformation(e.target.value)}
          />
        </div>
        <button type="submit" className="button button-secondary">
          {t("consultations.send")}
        </button>
      </form>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void run("close", { outcome });
        }}
      >
        <div className="field">
          <label htmlFor="outcome">{t("consultations.outcome")}</label>
          <textarea
            id="outcome"
            rows={3}
            required
            value={outcome}
            onChange={(e) => setOutcome(e.target.value)}
          />
        </div>
        <button type="submit" className="button">
          {t("consultations.close")}
        </button>
      </form>
    </section>
  );
}
