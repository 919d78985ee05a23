// Your live sessions, with the one you are using marked; any other can be ended from here.
import { useState } from "react";
import { callApi } from "./accessApi.ts";
import type { Items, SessionView } from "./securityTypes.ts";
import { capitalTimes, useAccessText, useLoad } from "./useAccess.ts";

export function SessionsSection({ csrfToken, language }: { csrfToken: string; language: string }) {
  const t = useAccessText();
  const { outcome, reload } = useLoad<Items<SessionView>>("/auth/sessions");
  const [problem, setProblem] = useState<string | null>(null);

  async function end(id: string) {
    const result = await callApi("DELETE", `/auth/sessions/${encodeURIComponent(id)}`, csrfToken);
    if (!result.ok) return setProblem(result.detail);
    reload();
  }

  return (
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t("sessions.heading")}</h2>
      {problem ? (
        <p role="alert" className="alert alert-error">
          {problem}
        </p>
      ) : null}
      {outcome?.ok ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("sessions.started")}</th>
              <th scope="col">{t("sessions.lastSeen")}</th>
              <th scope="col">{t("sessions.device")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("sessions.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {outcome.value.items.map((s) => (
              <tr key={s.id}>
                <td>{t("times", capitalTimes(s.createdAt, language))}</td>
                <td>{t("times", capitalTimes(s.lastSeenAt, language))}</td>
                <td>
                  {s.userAgent ?? "—"} {s.address ? `(${s.address})` : ""}
                </td>
                <td>
                  {s.current ? (
                    <strong>{t("sessions.current")}</strong>
                  ) : (
                    <button type="button" className="button button-secondary" onClick={() => end(s.id)}>
                      {t("sessions.end")}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
