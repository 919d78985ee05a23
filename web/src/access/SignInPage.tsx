// The sign-in page: username and password (and a one-time code when the server asks for one).
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../app/LanguageSwitch.tsx";
import { DemoBanner } from "../app/Layout.tsx";
import { PageHeading } from "../app/PageHeading.tsx";
import { fieldOf, type Problem } from "../app/problem.ts";
import type { Meta, Session } from "./model.ts";
import { signIn } from "./sessionApi.ts";
import "./sign-in.css";
import { PasskeySignIn } from "./PasskeySignIn.tsx";

type SignInPageProps = { meta: Meta | null; expired: boolean; onSignedIn: (session: Session) => void };

/** The server asks for a second factor by naming the "code" field in its problem. */
function asksForCode(problem: Problem): boolean {
  return (problem.errors ?? []).some((error) => fieldOf(error.path) === "code");
}

function failureKey(problem: Problem): string {
  if (asksForCode(problem)) return "signIn.codeNeeded";
  if (problem.status === 0) return "problem.network";
  if (problem.status === 401 || problem.status === 400 || problem.status === 422)
    return "signIn.badCredentials";
  return "problem.generic";
}

export function SignInPage({ meta, expired, onSignedIn }: SignInPageProps) {
  const { t } = useTranslation();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const [needsCode, setNeedsCode] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    const result = await signIn(needsCode ? { username, password, code } : { username, password });
    setBusy(false);
    if (result.ok) {
      onSignedIn(result.value);
      return;
    }
    setProblem(result.problem);
    if (asksForCode(result.problem)) setNeedsCode(true);
  }

  return (
    <>
      {meta?.demo ? <DemoBanner /> : null}
      <main id="main" className="sign-in">
        <div className="sign-in-top">
          <p className="sign-in-brand">
            {t("app.name")} <span className="brand-tagline">{t("app.tagline")}</span>
          </p>
          <LanguageSwitch />
        </div>
        <div className="sign-in-card">
          <PageHeading title={t("signIn.title")} />
          {meta?.demo ? <p className="notice notice-demo">{t("signIn.demoNotice")}</p> : null}
          {expired && !problem ? <p className="notice">{t("signIn.expired")}</p> : null}
          <div role="alert" className={problem ? "alert alert-error" : "alert-empty"}>
            {problem ? <p>{t(failureKey(problem), { status: problem.status })}</p> : null}
            {problem?.detail && problem.status !== 401 ? (
              <p className="alert-detail">{problem.detail}</p>
            ) : null}
          </div>
          <p>{t("signIn.intro")}</p>
          <form className="form" onSubmit={(event) => void submit(event)}>
            <div className="field">
              <label htmlFor="username">{t("signIn.username")}</label>
              <input
                id="username"
                name="username"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                required
                value={username}
                onChange={(event) => setUsername(event.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="password">{t("signIn.password")}</label>
              <input
                id="password"
                name="password"
                type="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(event) => setPassword(event.target.value)}
              />
            </div>
            {needsCode ? (
              <div className="field">
                <label htmlFor="code">{t("signIn.code")}</label>
                <p id="code-hint" className="field-hint">
                  {t("signIn.codeHint")}
                </p>
                <input
                  id="code"
                  name="code"
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  aria-describedby="code-hint"
                  value={code}
                  onChange={(event) => setCode(event.target.value)}
                />
              </div>
            ) : null}
            <button type="submit" className="button button-wide" disabled={busy}>
              {busy ? t("signIn.submitting") : t("signIn.submit")}
            </button>
          </form>
          <PasskeySignIn onSignedIn={onSignedIn} />
        </div>
      </main>
    </>
  );
}
