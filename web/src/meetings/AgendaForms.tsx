// Adding an agenda item to a session, and recording an outcome under one: each with its own marking.

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormPanel } from "../bodies/FormPanel.tsx";
import { MarkingFields } from "../bodies/MarkingFields.tsx";
import type { Body } from "../bodies/model.ts";
import { useWrite } from "../bodies/useWrite.ts";
import type { Person } from "../directory/model.ts";
import { PersonOptions } from "../directory/PersonOptions.tsx";
import { sessionApi } from "./model.ts";

type Common = { body: Body; sessionId: string; onDone: () => void };

function BilingualFields({
  id,
  en,
  ko,
  onChange,
  labels,
}: {
  id: string;
  en: string;
  ko: string;
  onChange: (en: string, ko: string) => void;
  labels: [string, string];
}) {
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-en`}>{labels[0]}</label>
        <input id={`${id}-en`} lang="en" required value={en} onChange={(e) => onChange(e.target.value, ko)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-ko`}>{labels[1]}</label>
        <input id={`${id}-ko`} lang="ko" required value={ko} onChange={(e) => onChange(en, e.target.value)} />
      </div>
    </>
  );
}

export function AddAgendaItemForm({ body, sessionId, people, onDone }: Common & { people: Person[] }) {
  const { t } = useTranslation();
  const { send, problem, busy, errorOf } = useWrite();
  const [title, setTitle] = useState({ en: "", ko: "" });
  const [owner, setOwner] = useState("");
  const [marking, setMarking] = useState({
    classification: body.classification,
    releasableTo: [...body.memberNations],
  });
  async function submit() {
    const added = await send("POST", `${sessionApi(body.id, sessionId)}/agenda`, {
      titleEn: title.en,
      titleKo: title.ko,
      ownerPersonId: owner,
      marking,
    });
    if (added) {
      setTitle({ en: "", ko: "" });
      onDone();
    }
  }
  return (
    <FormPanel title={t("forms.addAgendaItem")} problem={problem} onSubmit={submit}>
      <BilingualFields
        id="agenda-title"
        en={title.en}
        ko={title.ko}
        onChange={(en, ko) => setTitle({ en, ko })}
        labels={[t("forms.titleEn"), t("forms.titleKo")]}
      />
      <div className="field">
        <label htmlFor="agenda-owner">{t("forms.owner")}</label>
        <select id="agenda-owner" required value={owner} onChange={(e) => setOwner(e.target.value)}>
          <option value="">—</option>
          <PersonOptions people={people} />
        </select>
      </div>
      <MarkingFields
        id="agenda-marking"
        ceiling={body.classification}
        members={body.memberNations}
        value={marking}
        onChange={setMarking}
        error={errorOf("classification") ?? errorOf("releasableTo")}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          {t("forms.add")}
        </button>
      </div>
    </FormPanel>
  );
}

export function RecordOutcomeForm({
  body,
  sessionId,
  agendaItemId,
  onDone,
}: Common & { agendaItemId: string }) {
  const { t } = useTranslation();
  const { send, problem, busy, errorOf } = useWrite();
  const [text, setText] = useState({ en: "", ko: "" });
  const [marking, setMarking] = useState({
    classification: body.classification,
    releasableTo: [...body.memberNations],
  });
  async function submit() {
    const recorded = await send("POST", `${sessionApi(body.id, sessionId)}/outcomes`, {
      agendaItemId,
      textEn: text.en,
      textKo: text.ko,
      marking,
    });
    if (recorded) {
      setText({ en: "", ko: "" });
      onDone();
    }
  }
  return (
    <FormPanel title={t("forms.recordOutcome")} problem={problem} onSubmit={submit}>
      <BilingualFields
        id={`outcome-${agendaItemId}`}
        en={text.en}
        ko={text.ko}
        onChange={(en, ko) => setText({ en, ko })}
        labels={[t("forms.textEn"), t("forms.textKo")]}
      />
      <MarkingFields
        id={`outcome-marking-${agendaItemId}`}
        ceiling={body.classification}
        members={body.memberNations}
        value={marking}
        onChange={setMarking}
        error={errorOf("classification") ?? errorOf("releasableTo")}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          {t("forms.record")}
        </button>
      </div>
    </FormPanel>
  );
}
