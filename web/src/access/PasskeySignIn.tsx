// "Sign in with a passkey" for the sign-in page: the browser offers this site's passkeys, no username first.
import { useState } from "react";
import { callApi } from "./accessApi.ts";
import type { SignedIn } from "./securityTypes.ts";
import { useAccessText } from "./useAccess.ts";

/** Asks the browser for an assertion over the server's challenge; null when the person cancels. */
async function assertPasskey(options: PublicKeyCredentialRequestOptionsJSON) {
  const assertion = await navigator.credentials
    .get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) })
    .catch(() => null);
  return assertion instanceof PublicKeyCredential ? assertion.toJSON() : null;
}

export function PasskeySignIn({ onSignedIn }: { onSignedIn: (session: SignedIn) => void }) {
  const t = useAccessText();
  const [problem, setProblem] = useState<string | null>(null);
  if (typeof PublicKeyCredential === "undefined") return null;

  async function signIn() {
    const options = await callApi<PublicKeyCredentialRequestOptionsJSON>(
      "POST",
      "/auth/passkey/options",
      undefined,
      {},
    );
    if (!options.ok) return setProblem(options.detail);
    const response = await assertPasskey(options.value);
    if (!response) return setProblem(t("passkeys.cancelled"));
    const result = await callApi<SignedIn>("POST", "/auth/passkey/login", undefined, { response });
    if (!result.ok) return setProblem(result.detail);
    onSignedIn(result.value);
  }

  return (
    <div className="passkey-sign-in">
      {problem ? (
        <p role="alert" className="alert alert-error">
          {problem}
        </p>
      ) : null}
      <button type="button" className="button button-secondary button-wide" onClick={signIn}>
        {t("passkeys.signIn")}
      </button>
    </div>
  );
}
