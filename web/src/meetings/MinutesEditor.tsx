// Edits one agenda item's minutes. If someone else saved first (409), their version is fetched and
// shown beside the reader's own text, which is kept, so nothing typed is lost.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { getJson } from "../app/api.ts";
import { ProblemAlert } from "../app/ProblemAlert.tsx";
import type { Problem } from "../app/problem.ts";
import { useSession } from "../app/session.ts";
import { type AgendaItem, type MeetingDetail, sessionApi } from "./model.ts";
import { saveMinutes } from "./sessionApi.ts";

type Props = { bodyId: string; sessionId: string; item: AgendaItem; onSaved: () => void };

export function MinutesEditor({ bodyId, sessionId, item, onSaved }: Props) {
  const { t } = useTranslation();
  const { session } = useSession();
  const [minutesEn, setMinutesEn] = useState(item.minutesEn);
  const [minutesKo, setMinutesKo] = useState(item.minutesKo);
  const [version, setVersion] = useState(item.minutesVersion);
  const [theirs, setTheirs] = useState<AgendaItem | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);

  async function save() {
    setSaving(true);
    setProblem(null);
    const result = await saveMinutes(
      session,
      { bodyId, sessionId, itemId: item.id },
      { minutesEn, minutesKo, version },
    );
    setSaving(false);
    if (result.ok) {
      setTheirs(null);
      onSaved();
      return;
    }
    if (result.problem.status === 409) {
      const fresh = await getJson<MeetingDetail>(sessionApi(bodyId, sessionId));
      const current = fresh.ok ? fresh.value.agenda.find((i) => i.id === item.id) : undefined;
      if (current) {
        setTheirs(current);
        setVersion(current.minutesVersion);
      }
    }
    setProblem(result.problem);
  }

  return (
    <form
      className="form minutes-editor"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {theirs ? (
        <div className="alert" role="status">
          <p>{t("sessions.conflict")}</p>
          <p lang="en">{theirs.minutesEn}</p>
          <p lang="ko">{theirs.minutesKo}</p>
        </div>
      ) : problem ? (
        <ProblemAlert problem={problem} />
      ) : null}
      <div className="field">
        <label htmlFor={`minutes-en-${item.id}`}>{t("sessions.minutesEn")}</label>
        <textarea
          id={`minutes-en-${item.id}`}
          lang="en"
          rows={4}
          value={minutesEn}
          onChange={(e) => setMinutesEn(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`minutes-ko-${item.id}`}>{t("sessions.minutesKo")}</label>
        <textarea
          id={`minutes-ko-${item.id}`}
          lang="ko"
          rows={4}
          value={minutesKo}
          onChange={(e) => setMinutesKo(e.target.value)}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={saving}>
          {theirs ? t("sessions.saveOverTheirs") : t("sessions.saveMinutes")}
        </button>
      </div>
    </form>
  );
}
