// Everything a signed-in official sees: the session shared by context, the layout and the routes.
import { useMemo } from "react";
import type { Session } from "../access/model.ts";
import { signOut } from "../access/sessionApi.ts";
import { Layout } from "./Layout.tsx";
import { AppRoutes } from "./Routes.tsx";
import { navigate } from "./router.ts";
import { SessionContext, type SessionContextValue } from "./session.ts";

type SignedInAppProps = {
  session: Session;
  version: string | null;
  onExpired: () => void;
  onSignedOut: () => void;
};

export function SignedInApp({ session, version, onExpired, onSignedOut }: SignedInAppProps) {
  const context = useMemo<SessionContextValue>(
    () => ({
      session,
      expire: onExpired,
      signOut: async () => {
        const result = await signOut(session);
        // 401 means the server had already ended the session: the user is signed out either way.
        if (!result.ok && result.problem.status !== 401) return result.problem;
        navigate("/");
        onSignedOut();
        return null;
      },
    }),
    [session, onExpired, onSignedOut],
  );

  return (
    <SessionContext value={context}>
      <Layout version={version}>
        <AppRoutes />
      </Layout>
    </SessionContext>
  );
}
