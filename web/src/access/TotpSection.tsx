// Authenticator-app (TOTP) enrolment: the otpauth:// URI as text, a code to confirm, recovery codes once.
import { type FormEvent, useState } from "react";
import { callApi } from "./accessApi.ts";
import type { SecondFactors } from "./securityTypes.ts";
import { useAccessText } from "./useAccess.ts";

type Props = { csrfToken: string; factors: SecondFactors; onChange: () => void };
type Enrolment = { secret: string; otpauthUri: string };

export function TotpSection({ csrfToken, factors, onChange }: Props) {
  const t = useAccessText();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [code, setCode] = useState("");
  const [password, setPassword] = useState("");
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function start() {
    const result = await callApi<Enrolment>("POST", "/auth/totp", csrfToken);
    if (result.ok) setEnrolment(result.value);
    else setProblem(result.detail);
  }

  async function confirm(event: FormEvent) {
    event.preventDefault();
    const result = await callApi<{ recoveryCodes: string[] }>("POST", "/auth/totp/confirm", csrfToken, {
      code,
    });
    if (!result.ok) return setProblem(result.detail);
    setEnrolment(null);
    setProblem(null);
    setRecoveryCodes(result.value.recoveryCodes);
    onChange();
  }

  async function withPassword(event: FormEvent, action: "codes" | "off") {
    event.preventDefault();
    const path = action === "codes" ? "/auth/recovery-codes" : "/auth/totp/disable";
    const result = await callApi<{ recoveryCodes: string[] } | null>("POST", path, csrfToken, { password });
    if (!result.ok) return setProblem(result.detail);
    setPassword("");
    setProblem(null);
    setRecoveryCodes(result.value?.recoveryCodes ?? null);
    onChange();
  }

  return (
    <section aria-labelledby="totp-heading">
      <h2 id="totp-heading">{t("totp.heading")}</h2>
      {problem ? (
        <p role="alert" className="alert alert-error">
          {problem}
        </p>
      ) : null}
      {recoveryCodes ? (
        <div className="alert">
          <p>{t("totp.recoveryCodesOnce")}</p>
          <ul className="recovery-codes">
            {recoveryCodes.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {factors.totp ? (
        <>
          <p>{t("totp.on", { count: factors.recoveryCodesLeft })}</p>
          <form className="form" onSubmit={(e) => withPassword(e, "codes")}>
            <div className="field">
              <label htmlFor="totp-password">{t("totp.password")}</label>
              <input
                id="totp-password"
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                required
              />
            </div>
            <button type="submit" className="button">
              {t("totp.newCodes")}
            </button>
            <button type="button" className="button button-secondary" onClick={(e) => withPassword(e, "off")}>
              {t("totp.turnOff")}
            </button>
          </form>
        </>
      ) : enrolment ? (
        <form className="form" onSubmit={confirm}>
          <p>{t("totp.scan")}</p>
          <p>
            <code data-testid="otpauth-uri" className="otpauth-uri">
              {enrolment.otpauthUri}
            </code>
          </p>
          <p>
            {t("totp.secret")} <code data-testid="totp-secret">{enrolment.secret}</code>
          </p>
          <div className="field">
            <label htmlFor="totp-code">{t("totp.code")}</label>
            <input
              id="totp-code"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9 ]{6,7}"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              required
            />
          </div>
          <button type="submit" className="button">
            {t("totp.confirm")}
          </button>
        </form>
      ) : (
        <>
          <p>{factors.secondFactorRequired ? t("totp.required") : t("totp.off")}</p>
          <button type="button" className="button" onClick={start}>
            {t("totp.start")}
          </button>
        </>
      )}
    </section>
  );
}
