// Turns an outcome into a follow-up commitment: statement, owner nations, and a due date or cadence.
// Its marking starts at the outcome's; the server refuses anything lower.

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { navigate } from "../app/router.ts";
import { FormPanel } from "../bodies/FormPanel.tsx";
import type { Body } from "../bodies/model.ts";
import { useWrite } from "../bodies/useWrite.ts";
import type { Outcome } from "../meetings/model.ts";

export function CreateCommitmentForm({ body, outcome }: { body: Body; outcome: Outcome }) {
  const { t } = useTranslation();
  const { send, problem, busy, errorOf } = useWrite();
  const [statement, setStatement] = useState({ en: outcome.textEn, ko: outcome.textKo });
  const [owners, setOwners] = useState<string[]>([...body.memberNations]);
  const [dueOn, setDueOn] = useState("");
  const id = `commit-${outcome.id}`;

  async function submit() {
    const created = await send<{ id: string }>("POST", "/commitments", {
      bodyId: body.id,
      sourceOutcomeId: outcome.id,
      statementEn: statement.en,
      statementKo: statement.ko,
      ownerNations: owners,
      dueOn,
    });
    if (created) navigate(`/commitments/${encodeURIComponent(created.id)}`);
  }

  return (
    <FormPanel title={t("forms.createCommitment")} problem={problem} onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-en`}>{t("forms.statementEn")}</label>
        <input
          id={`${id}-en`}
          lang="en"
          required
          value={statement.en}
          onChange={(e) => setStatement({ ...statement, en: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-ko`}>{t("forms.statementKo")}</label>
        <input
          id={`${id}-ko`}
          lang="ko"
          required
          value={statement.ko}
          onChange={(e) => setStatement({ ...statement, ko: e.target.value })}
        />
      </div>
      <fieldset className="field">
        <legend>{t("commitments.owner")}</legend>
        {body.memberNations.map((nation) => (
          <label key={nation} className="checkbox">
            <input
              type="checkbox"
              checked={owners.includes(nation)}
              onChange={(e) =>
                setOwners(e.target.checked ? [...owners, nation].sort() : owners.filter((n) => n !== nation))
              }
            />{" "}
            {nation}
          </label>
        ))}
      </fieldset>
      <div className={errorOf("dueOn") ? "field field-invalid" : "field"}>
        <label htmlFor={`${id}-due`}>{t("commitments.due")}</label>
        {errorOf("dueOn") ? <p className="field-error">{errorOf("dueOn")}</p> : null}
        <input
          id={`${id}-due`}
          type="date"
          required
          value={dueOn}
          onChange={(e) => setDueOn(e.target.value)}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          {t("forms.create")}
        </button>
      </div>
    </FormPanel>
  );
}
