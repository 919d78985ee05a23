// Schedules a session of a body (or records one already held), in the local time of where it meets.

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { seoulZone, washingtonZone } from "../app/clock.ts";
import { navigate } from "../app/router.ts";
import { FormPanel } from "../bodies/FormPanel.tsx";
import { MarkingFields } from "../bodies/MarkingFields.tsx";
import type { Body } from "../bodies/model.ts";
import { useWrite } from "../bodies/useWrite.ts";
import type { Person } from "../directory/model.ts";
import { PersonOptions } from "../directory/PersonOptions.tsx";
import { sessionPage } from "./model.ts";
import { wallClockToUtc } from "./zones.ts";

type Props = { body: Body; people: Person[] };

export function ScheduleSessionForm({ body, people }: Props) {
  const { t } = useTranslation();
  const { send, problem, busy, errorOf } = useWrite();
  const [form, setForm] = useState({
    titleEn: "",
    titleKo: "",
    start: "",
    hours: "2",
    timeZone: seoulZone,
    placeEn: "",
    placeKo: "",
    level: "",
  });
  const [participantIds, setParticipantIds] = useState<string[]>([]);
  const [held, setHeld] = useState(false);
  const [marking, setMarking] = useState({
    classification: "OFFICIAL",
    releasableTo: [...body.memberNations],
  });
  const text = (key: keyof typeof form, label: string) => (
    <div className={errorOf(key) ? "field field-invalid" : "field"}>
      <label htmlFor={`schedule-${key}`}>{label}</label>
      {errorOf(key) ? <p className="field-error">{errorOf(key)}</p> : null}
      <input
        id={`schedule-${key}`}
        required
        value={form[key]}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
      />
    </div>
  );

  async function submit() {
    const startsAt = wallClockToUtc(form.start, form.timeZone);
    if (!startsAt) return;
    const endsAt = new Date(Date.parse(startsAt) + Number(form.hours) * 3_600_000).toISOString();
    const { start: _start, hours: _hours, ...rest } = form;
    const created = await send<{ id: string }>("POST", `/bodies/${encodeURIComponent(body.id)}/sessions`, {
      ...rest,
      startsAt,
      endsAt,
      participantIds,
      marking,
      held,
    });
    if (created) navigate(sessionPage(body.id, created.id));
  }

  return (
    <FormPanel title={t("forms.scheduleSession")} problem={problem} onSubmit={submit}>
      {text("titleEn", t("forms.titleEn"))}
      {text("titleKo", t("forms.titleKo"))}
      <div className={errorOf("startsAt") ? "field field-invalid" : "field"}>
        <label htmlFor="schedule-start">{t("forms.start")}</label>
        {errorOf("startsAt") ? <p className="field-error">{errorOf("startsAt")}</p> : null}
        <input
          id="schedule-start"
          type="datetime-local"
          required
          value={form.start}
          onChange={(e) => setForm({ ...form, start: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="schedule-zone">{t("forms.timeZone")}</label>
        <select
          id="schedule-zone"
          value={form.timeZone}
          onChange={(e) => setForm({ ...form, timeZone: e.target.value })}
        >
          <option value={seoulZone}>
            {t("clock.seoul")} ({seoulZone})
          </option>
          <option value={washingtonZone}>
            {t("clock.washington")} ({washingtonZone})
          </option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="schedule-hours">{t("forms.hours")}</label>
        <input
          id="schedule-hours"
          type="number"
          min="1"
          max="72"
          value={form.hours}
          onChange={(e) => setForm({ ...form, hours: e.target.value })}
        />
      </div>
      {text("placeEn", t("forms.placeEn"))}
      {text("placeKo", t("forms.placeKo"))}
      {text("level", t("sessions.level"))}
      <div className="field">
        <label htmlFor="schedule-participants">{t("sessions.participants")}</label>
        <select
          id="schedule-participants"
          multiple
          value={participantIds}
          onChange={(e) => setParticipantIds(Array.from(e.target.selectedOptions, (o) => o.value))}
        >
          <PersonOptions people={people.filter((p) => body.memberNations.includes(p.nation))} />
        </select>
      </div>
      <MarkingFields
        id="schedule-marking"
        ceiling={body.classification}
        members={body.memberNations}
        value={marking}
        onChange={setMarking}
        error={errorOf("classification") ?? errorOf("releasableTo")}
      />
      <label className="checkbox">
        <input type="checkbox" checked={held} onChange={(e) => setHeld(e.target.checked)} />{" "}
        {t("forms.alreadyHeld")}
      </label>
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          {t("forms.schedule")}
        </button>
      </div>
    </FormPanel>
  );
}
