// Personal API tokens: create one (shown once), see when each expires or was last used, revoke.
import { type FormEvent, useState } from "react";
import { callApi } from "./accessApi.ts";
import type { Items, TokenView } from "./securityTypes.ts";
import { capitalTimes, useAccessText, useLoad } from "./useAccess.ts";

type NewToken = { id: string; token: string; expiresAt: string };

export function TokensSection({ csrfToken, language }: { csrfToken: string; language: string }) {
  const t = useAccessText();
  const { outcome, reload } = useLoad<Items<TokenView>>("/auth/tokens");
  const [name, setName] = useState("");
  const [days, setDays] = useState(30);
  const [write, setWrite] = useState(false);
  const [issued, setIssued] = useState<NewToken | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function create(event: FormEvent) {
    event.preventDefault();
    const scopes = write ? ["read", "write"] : ["read"];
    const result = await callApi<NewToken>("POST", "/auth/tokens", csrfToken, { name, days, scopes });
    if (!result.ok) return setProblem(result.detail);
    setIssued(result.value);
    setName("");
    setProblem(null);
    reload();
  }

  async function revoke(id: string) {
    const result = await callApi("DELETE", `/auth/tokens/${encodeURIComponent(id)}`, csrfToken);
    if (!result.ok) return setProblem(result.detail);
    reload();
  }

  const live = outcome?.ok ? outcome.value.items.filter((token) => token.revokedAt === null) : [];
  return (
    <section aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">{t("tokens.heading")}</h2>
      {problem ? (
        <p role="alert" className="alert alert-error">
          {problem}
        </p>
      ) : null}
      {issued ? (
        <div className="alert">
          <p>{t("tokens.shownOnce")}</p>
          <code data-testid="new-token">{issued.token}</code>
        </div>
      ) : null}
      <ul>
        {live.map((token) => (
          <li key={token.id}>
            <strong>{token.name}</strong> ({token.scopes.join(", ")}) —{" "}
            {t("tokens.expires", { when: t("times", capitalTimes(token.expiresAt, language)) })}{" "}
            <button type="button" className="button button-secondary" onClick={() => revoke(token.id)}>
              {t("tokens.revoke", { name: token.name })}
            </button>
          </li>
        ))}
        {live.length === 0 ? <li>{t("tokens.none")}</li> : null}
      </ul>
      <form className="form" onSubmit={create}>
        <div className="field">
          <label htmlFor="token-name">{t("tokens.name")}</label>
          <input
            id="token-name"
            value={name}
            maxLength={100}
            onChange={(e) => setName(e.target.value)}
            required
          />
        </div>
        <div className="field">
          <label htmlFor="token-days">{t("tokens.days")}</label>
          <input
            id="token-days"
            type="number"
            min={1}
            max={366}
            value={days}
            onChange={(e) => setDays(Number(e.target.value))}
          />
        </div>
        <label>
          <input type="checkbox" checked={write} onChange={(e) => setWrite(e.target.checked)} />{" "}
          {t("tokens.write")}
        </label>
        <button type="submit" className="button">
          {t("tokens.create")}
        </button>
      </form>
    </section>
  );
}
