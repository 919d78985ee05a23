// Creating an account: profile, nation, clearance and a first password the server checks against its rules.
import { type FormEvent, useState } from "react";
import { callApi } from "../access/accessApi.ts";
import { useAccessText, useLoad } from "../access/useAccess.ts";

const zones: Record<string, string> = { KOR: "Asia/Seoul", USA: "America/New_York" };

type Props = { csrfToken: string; clearances: string[]; onCreated: () => void };

export function CreateAccountForm({ csrfToken, clearances, onCreated }: Props) {
  const t = useAccessText();
  const [form, setForm] = useState({
    username: "",
    displayName: "",
    nation: "KOR",
    organizationId: "",
    clearance: "OFFICIAL",
    password: "",
  });
  const organizations = useLoad<{ items: { id: string; acronym: string; nameEn: string; nameKo: string }[] }>(
    `/organizations?nation=${form.nation}`,
  ).outcome;
  const [problem, setProblem] = useState<string | null>(null);
  const field = (key: keyof typeof form) => ({
    id: `new-${key}`,
    value: form[key],
    // A new nation has other organizations: the chosen one no longer applies.
    onChange: (e: { target: { value: string } }) =>
      setForm({ ...form, [key]: e.target.value, ...(key === "nation" ? { organizationId: "" } : {}) }),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const organizationId = form.organizationId || null;
    const body = { ...form, organizationId, personId: null, timeZone: zones[form.nation] ?? "UTC" };
    const result = await callApi("POST", "/users", csrfToken, body);
    if (!result.ok) return setProblem(result.detail);
    setProblem(null);
    setForm({ ...form, username: "", displayName: "", password: "" });
    onCreated();
  }

  return (
    <form className="form" onSubmit={submit} aria-labelledby="create-heading">
      <h2 id="create-heading">{t("admin.create")}</h2>
      {problem ? (
        <p role="alert" className="alert alert-error">
          {problem}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="new-username">{t("admin.username")}</label>
        <input {...field("username")} required pattern="[a-z0-9][a-z0-9._\-]{1,62}" />
      </div>
      <div className="field">
        <label htmlFor="new-displayName">{t("admin.displayName")}</label>
        <input {...field("displayName")} required />
      </div>
      <div className="field">
        <label htmlFor="new-nation">{t("admin.nation")}</label>
        <select {...field("nation")}>
          <option value="KOR">KOR</option>
          <option value="USA">USA</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="new-organizationId">{t("admin.organization")}</label>
        <select {...field("organizationId")}>
          <option value="">—</option>
          {(organizations?.ok ? organizations.value.items : []).map((o) => (
            <option key={o.id} value={o.id}>
              {`${o.acronym} — ${o.nameEn} / ${o.nameKo}`}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="new-clearance">{t("admin.clearance")}</label>
        <select {...field("clearance")}>
          {clearances.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="new-password">{t("admin.password")}</label>
        <input {...field("password")} type="password" autoComplete="new-password" required minLength={12} />
      </div>
      <p className="hint">{t("admin.passwordRule")}</p>
      <button type="submit" className="button">
        {t("admin.createButton")}
      </button>
    </form>
  );
}
