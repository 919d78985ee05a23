// The whole app: find out who is signed in, then show the sign-in page or the signed-in layout.
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Meta, Session } from "../access/model.ts";
import { SignInPage } from "../access/SignInPage.tsx";
import { fetchMeta, fetchSession } from "../access/sessionApi.ts";
import { PublicReadoutsPage } from "../readouts/PublicReadoutsPage.tsx";
import { ProblemAlert } from "./ProblemAlert.tsx";
import type { Problem } from "./problem.ts";
import { useLocation } from "./router.ts";
import { SignedInApp } from "./SignedInApp.tsx";

type Access =
  | { state: "checking" }
  | { state: "unreachable"; problem: Problem }
  | { state: "signedOut"; expired: boolean }
  | { state: "signedIn"; session: Session };

export function App() {
  const { t } = useTranslation();
  const [access, setAccess] = useState<Access>({ state: "checking" });
  const [meta, setMeta] = useState<Meta | null>(null);

  const checkSession = useCallback(() => {
    setAccess({ state: "checking" });
    void fetchSession().then((result) => {
      if (result.ok) setAccess({ state: "signedIn", session: result.value });
      else if (result.problem.status === 401) setAccess({ state: "signedOut", expired: false });
      else setAccess({ state: "unreachable", problem: result.problem });
    });
  }, []);

  useEffect(() => {
    void fetchMeta().then((result) => setMeta(result.ok ? result.value : null));
    checkSession();
  }, [checkSession]);

  const expire = useCallback(() => setAccess({ state: "signedOut", expired: true }), []);
  const signedOut = useCallback(() => setAccess({ state: "signedOut", expired: false }), []);
  const { path } = useLocation();

  // Published readouts are public: the page shows without signing in.
  if (path === "/readouts") return <PublicReadoutsPage />;

  switch (access.state) {
    case "checking":
      return (
        <main className="page">
          <p role="status">{t("app.loading")}</p>
        </main>
      );
    case "unreachable":
      return (
        <main className="page">
          <ProblemAlert problem={access.problem} retry={checkSession} />
        </main>
      );
    case "signedOut":
      return (
        <SignInPage
          meta={meta}
          expired={access.expired}
          onSignedIn={(session) => setAccess({ state: "signedIn", session })}
        />
      );
    case "signedIn":
      return (
        <SignedInApp
          session={access.session}
          version={meta?.version ?? null}
          onExpired={expire}
          onSignedOut={signedOut}
        />
      );
  }
}
