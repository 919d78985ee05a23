// Passkeys: register one with this device (WebAuthn through the browser), list and remove them.
import { type FormEvent, useState } from "react";
import { callApi } from "./accessApi.ts";
import type { Items, PasskeyView } from "./securityTypes.ts";
import { capitalTimes, useAccessText, useLoad } from "./useAccess.ts";

type Props = { csrfToken: string; language: string; onChange: () => void };

/** Asks the browser for a new passkey from the server's options; null when the person cancels. */
async function createPasskey(options: PublicKeyCredentialCreationOptionsJSON) {
  const credential = await navigator.credentials
    .create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options) })
    .catch(() => null);
  return credential instanceof PublicKeyCredential ? credential.toJSON() : null;
}

export function PasskeySection({ csrfToken, language, onChange }: Props) {
  const t = useAccessText();
  const { outcome, reload } = useLoad<Items<PasskeyView>>("/auth/passkeys");
  const [name, setName] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  async function add(event: FormEvent) {
    event.preventDefault();
    const options = await callApi<PublicKeyCredentialCreationOptionsJSON>(
      "POST",
      "/auth/passkeys/options",
      csrfToken,
      {},
    );
    if (!options.ok) return setProblem(options.detail);
    const response = await createPasskey(options.value);
    if (!response) return setProblem(t("passkeys.cancelled"));
    const saved = await callApi("POST", "/auth/passkeys", csrfToken, { name, response });
    if (!saved.ok) return setProblem(saved.detail);
    setName("");
    setProblem(null);
    reload();
    onChange();
  }

  async function remove(id: string) {
    const result = await callApi("DELETE", `/auth/passkeys/${encodeURIComponent(id)}`, csrfToken);
    if (!result.ok) return setProblem(result.detail);
    reload();
    onChange();
  }

  return (
    <section aria-labelledby="passkeys-heading">
      <h2 id="passkeys-heading">{t("passkeys.heading")}</h2>
      {problem ? (
        <p role="alert" className="alert alert-error">
          {problem}
        </p>
      ) : null}
      {outcome?.ok ? (
        <ul>
          {outcome.value.items.map((p) => (
            <li key={p.id}>
              <strong>{p.name}</strong> — {t("times", capitalTimes(p.createdAt, language))}{" "}
              <button type="button" className="button button-secondary" onClick={() => remove(p.id)}>
                {t("passkeys.remove", { name: p.name })}
              </button>
            </li>
          ))}
          {outcome.value.items.length === 0 ? <li>{t("passkeys.none")}</li> : null}
        </ul>
      ) : null}
      <form className="form" onSubmit={add}>
        <div className="field">
          <label htmlFor="passkey-name">{t("passkeys.name")}</label>
          <input
            id="passkey-name"
            value={name}
            maxLength={100}
            onChange={(e) => setName(e.target.value)}
            required
          />
        </div>
        <button type="submit" className="button">
          {t("passkeys.add")}
        </button>
      </form>
    </section>
  );
}
